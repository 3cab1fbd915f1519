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

    /// One edge of a DOT text: the `id` attributes of its tail and head nodes and some of its own.
    struct EdgeInfo: Equatable {
        var tail: String
        var head: String
        var attributes: [String: String]
    }

    /// Parses `dot` and lists its edges (tail nodes in file order) with attributes `names`.
    static func edges(of dot: String, attributes names: [String]) throws -> [EdgeInfo] {
        try GraphvizContext.shared.withContext { session in
            guard let graph = agmemread(dot) else {
                throw RenderingError.graphFailed(operation: "read DOT", message: session.messages)
            }
            defer { _ = agclose(graph) }
            func value(_ object: UnsafeMutableRawPointer, _ name: String) -> String {
                withMutableCString(name) { agget(object, $0) }.map { String(cString: $0) } ?? ""
            }
            var result: [EdgeInfo] = []
            var node = agfstnode(graph)
            while let current = node {
                var edge = agfstout(graph, current)
                while let e = edge {
                    let tail = value(UnsafeMutableRawPointer(current), "id")
                    let head = e.pointee.node.map { value(UnsafeMutableRawPointer($0), "id") } ?? ""  // an out-edge holds its head
                    var attributes: [String: String] = [:]
                    for name in names { attributes[name] = value(UnsafeMutableRawPointer(e), name) }
                    result.append(EdgeInfo(tail: tail, head: head, attributes: attributes))
                    edge = agnxtout(graph, e)
                }
                node = agnxtnode(graph, current)
            }
            return result
        }
    }
}
