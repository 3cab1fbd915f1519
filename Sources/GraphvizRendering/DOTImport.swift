import CGraphviz
import Foundation
import GraphAlgorithms
import RelationNetwork

/// Reads Graphviz DOT files (through cgraph's `agmemread`) as attributed graphs and networks.
///
/// What a DOT file gives: node names become entity ids; node attributes become entity fields or
/// free attributes (`kind`, `name` or `label` → name; an unset `label` is ignored); edges become
/// relations in file order (`layer`, `strength` or `weight`, `sign`, `since`, `until`, `note`; an
/// edge `key` becomes the relation id when keys are unique); the graph's `label` becomes the title.
/// Subgraphs and clusters are flattened; layout attributes of edges are dropped (with a warning).
/// All Graphviz calls run under `GraphvizContext`'s lock, and Graphviz's own error messages become
/// a `NetworkLoadError` naming the file (and the line and column, for syntax errors). Reading is
/// linear in the size of the text (see `DOTText`).
public enum DOTImport {
    /// Parses DOT `text` (the first graph in it).
    /// - Parameters:
    ///   - text: DOT source text.
    ///   - file: the name used in error messages.
    /// - Throws: `NetworkLoadError` with Graphviz's message, located at the line it names (mapped
    ///   back to the file's lines) and the column of the token it quotes.
    public static func graph(fromDOT text: String, file: String) throws -> AttributedGraph {
        let prepared = DOTText(text)
        return try GraphvizContext.shared.withContext { session in
            // cgraph's lexer keeps what an earlier read left unconsumed (e.g. a final newline) and
            // counts lines across reads: drain it with an empty graph, then restart the count, so
            // messages name this text's lines.
            if let drained = agmemread("graph{}") { _ = agclose(drained) }
            _ = agreseterrors()
            agreadline(1)
            let graph = prepared.bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { agmemread($0.baseAddress) }
            }
            let worstLevel = agreseterrors()
            guard let graph, worstLevel < Int32(AGERR.rawValue) else {
                if let graph { _ = agclose(graph) }
                throw error(message: graphvizMessage(session), file: file, empty: graph == nil, text: prepared)
            }
            defer { _ = agclose(graph) }
            return attributedGraph(graph, file: file)
        }
    }

    /// Reads the DOT file at `path`.
    /// - Throws: `NetworkLoadError` naming `displayPath` (default `path`).
    public static func read(path: String, displayPath: String? = nil) throws -> AttributedGraph {
        let shown = displayPath ?? path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw located(shown, line: 1, "cannot read the file (missing or unreadable)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw located(shown, line: 1, "the file is not UTF-8 text")
        }
        return try graph(fromDOT: text, file: shown)
    }

    /// Reads the DOT file at `path` as a validated, non-curated network (see
    /// `NetworkDocument.importing` for the rules).
    public static func network(
        path: String, displayPath: String? = nil, options: GraphImportOptions = GraphImportOptions()
    ) throws -> (document: NetworkDocument, warnings: [Diagnostic]) {
        let shown = displayPath ?? path
        var graph = try read(path: path, displayPath: shown)
        graph.attributes = graph.attributes.compactMap { attribute in
            switch attribute.name {
            case "label" where graph.attributes[named: "title"] == nil:
                AttributedGraph.Attribute("title", attribute.value, at: attribute.location)
            case "title": attribute
            default: nil
            }
        }
        return try NetworkDocument.importing(graph, file: shown, options: options)
    }

    /// Graphviz's message for the failed call (captured fragments, else `aglasterr`).
    private static func graphvizMessage(_ session: GraphvizSession) -> String {
        let captured = session.messages
        if !captured.isEmpty { return captured }
        guard let last = aglasterr() else { return "" }
        defer { free(last) }
        return String(cString: last).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Graphviz's message located at its line (mapped to the file's) and at the column of the
    /// token it is `near`, with that token cut to `MessageToken.limit` characters.
    private static func error(message: String, file: String, empty: Bool, text: DOTText) -> NetworkLoadError {
        var message = message
        for prefix in ["Error: ", "Warning: "] where message.hasPrefix(prefix) { message.removeFirst(prefix.count) }
        if message.isEmpty {
            message = empty ? "no graph found (expected `graph` or `digraph { … }`)" : "Graphviz reported an error"
        }
        var line = 1
        var column = 1
        if let match = message.firstMatch(of: /line (\d+)/), let lexerLine = Int(match.1) {
            line = text.realLine(lexerLine)
            message.replaceSubrange(match.range, with: "line \(line)")
        }
        if let near = message.range(of: "near '"), let close = message.range(of: "'", options: .backwards),
            close.lowerBound > near.upperBound
        {
            let token = String(message[near.upperBound..<close.lowerBound])
            column = text.column(of: token, onLine: line)
            message.replaceSubrange(near.upperBound..<close.lowerBound, with: MessageToken.shown(token))
        }
        return located(file, line: line, column: column, "DOT: " + message)
    }

    private static func located(_ file: String, line: Int, column: Int = 1, _ message: String) -> NetworkLoadError {
        NetworkLoadError(diagnostics: [
            Diagnostic(.error, at: SourceLocation(file: file, line: line, column: column), field: nil, message)
        ])
    }

    /// The attributes of a graph, node or edge that are set (not empty, not the `\N` label default).
    private static func attributes(
        of object: UnsafeMutableRawPointer, in graph: UnsafeMutablePointer<Agraph_t>, kind: Int32, skipping: Set<String> = []
    ) -> [AttributedGraph.Attribute] {
        var result: [AttributedGraph.Attribute] = []
        var symbol = agnxtattr(graph, kind, nil)
        while let current = symbol {
            defer { symbol = agnxtattr(graph, kind, current) }
            guard let cName = current.pointee.name, let cValue = agxget(object, current) else { continue }
            let name = String(cString: cName)
            let value = String(cString: cValue)
            guard !value.isEmpty, !skipping.contains(name), !(name == "label" && value == "\\N") else { continue }
            result.append(AttributedGraph.Attribute(name, .string(value)))
        }
        return result
    }

    private static func attributedGraph(_ graph: UnsafeMutablePointer<Agraph_t>, file: String) -> AttributedGraph {
        var result = AttributedGraph(
            isDirected: agisdirected(graph) != 0,
            attributes: attributes(of: UnsafeMutableRawPointer(graph), in: graph, kind: Int32(AGRAPH)),
            location: SourceLocation(file: file, line: 1, column: 1))
        var edges: [(sequence: UInt32, edge: AttributedGraph.Edge)] = []
        var node = agfstnode(graph)
        while let current = node {
            let tail = agnameof(current).map { String(cString: $0) } ?? ""
            result.nodes.append(AttributedGraph.Node(
                id: tail, attributes: attributes(of: UnsafeMutableRawPointer(current), in: graph, kind: Int32(AGNODE))))
            var edge = agfstout(graph, current)
            while let out = edge {
                let head = out.pointee.node.flatMap { agnameof($0) }.map { String(cString: $0) } ?? tail
                let key = agnameof(out).map { String(cString: $0) }
                edges.append((
                    out.pointee.base.tag.seq,
                    AttributedGraph.Edge(
                        id: key, source: tail, target: head,
                        attributes: attributes(of: UnsafeMutableRawPointer(out), in: graph, kind: Int32(AGEDGE), skipping: ["key"]))
                ))
                edge = agnxtout(graph, out)
            }
            node = agnxtnode(graph, current)
        }
        result.edges = edges.sorted { $0.sequence < $1.sequence }.map(\.edge)
        return result
    }
}
