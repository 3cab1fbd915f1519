import CGraphviz
@testable import GraphvizRendering

/// Reads DOT text back with cgraph (`agmemread`), to check what a written diagram contains.
enum DOTReader {
    /// What a DOT text holds: node and edge counts, and one attribute of every node by node name.
    struct Summary: Equatable {
        var nodeCount: Int
        var edgeCount: Int
        var attribute: [String: String]
    }

    /// Parses `dot` and reads attribute `name` of every node.
    /// - Throws: `RenderingError.graphFailed` with Graphviz's message when the text does not parse.
    static func summary(of dot: String, attribute name: String) throws -> Summary {
        try GraphvizContext.shared.withContext { session in
            guard let graph = agmemread(dot) else {
                throw RenderingError.graphFailed(operation: "read DOT", message: session.messages)
            }
            defer { _ = agclose(graph) }
            var values: [String: String] = [:]
            var node = agfstnode(graph)
            while let current = node {
                if let nodeName = agnameof(UnsafeMutableRawPointer(current)) {
                    let value = withMutableCString(name) { agget(UnsafeMutableRawPointer(current), $0) }
                    values[String(cString: nodeName)] = value.map { String(cString: $0) }
                }
                node = agnxtnode(graph, current)
            }
            return Summary(nodeCount: Int(agnnodes(graph)), edgeCount: Int(agnedges(graph)), attribute: values)
        }
    }
}
