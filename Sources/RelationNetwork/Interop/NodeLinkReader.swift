import Yams

/// Reads node-link JSON (NetworkX `node_link_data`, D3) into an attributed graph.
///
/// Accepts `edges` (NetworkX ≥ 3.6) or `links` (older NetworkX, D3); node ids and edge keys may be
/// strings or numbers; `directed` defaults to false as in NetworkX. Problems are located by line
/// and column.
struct NodeLinkReader {
    let file: String
    private var errors: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    private func location(_ node: Node) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    /// Parses node-link JSON `text`.
    /// - Throws: `NetworkLoadError` with every problem found.
    mutating func read(_ text: String) throws -> AttributedGraph {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            let problem = (error as? YamlError).map(JSONTextError.init(yaml:))
                ?? JSONTextError(message: "malformed JSON: \(error)", line: 1, column: 1)
            throw NetworkLoadError(diagnostics: [
                Diagnostic(.error, at: SourceLocation(file: file, line: problem.line, column: problem.column), field: nil, problem.message)
            ])
        }
        guard let root, case let .mapping(top) = root else {
            throw NetworkLoadError(diagnostics: [
                Diagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1), field: nil,
                           "expected a JSON object with 'nodes' and 'edges' (or 'links')")
            ])
        }
        var graph = AttributedGraph(isDirected: false, location: location(root))
        if let directed = top["directed"] {
            if case .bool(let flag) = JSONValue(node: directed) {
                graph.isDirected = flag
            } else {
                errors.append(Diagnostic(.error, at: location(directed), field: "directed", "expected true or false"))
            }
        }
        if let data = top["graph"] {
            graph.attributes = attributes(data, field: "graph", skipping: [])
        }
        for (index, item) in items(top["nodes"], field: "nodes").enumerated() {
            let field = "nodes[\(index)]"
            guard case let .mapping(members) = item else {
                errors.append(Diagnostic(.error, at: location(item), field: field, "expected an object"))
                continue
            }
            guard let id = identifier(members["id"], in: item, field: field + ".id") else { continue }
            graph.nodes.append(AttributedGraph.Node(
                id: id, attributes: attributes(item, field: field, skipping: ["id"]), location: location(item)))
        }
        let edgesKey = top["edges"] != nil || top["links"] == nil ? "edges" : "links"
        for (index, item) in items(top[edgesKey], field: edgesKey).enumerated() {
            let field = "\(edgesKey)[\(index)]"
            guard case let .mapping(members) = item else {
                errors.append(Diagnostic(.error, at: location(item), field: field, "expected an object"))
                continue
            }
            let source = identifier(members["source"], in: item, field: field + ".source")
            let target = identifier(members["target"], in: item, field: field + ".target")
            guard let source, let target else { continue }
            let key = members["key"].flatMap { identifier($0, in: item, field: field + ".key") }
            graph.edges.append(AttributedGraph.Edge(
                id: key, source: source, target: target,
                attributes: attributes(item, field: field, skipping: ["source", "target", "key"]), location: location(item)))
        }
        guard errors.isEmpty else { throw NetworkLoadError(diagnostics: errors) }
        return graph
    }

    private mutating func items(_ node: Node?, field: String) -> [Node] {
        guard let node else {
            errors.append(Diagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1), field: field, "missing '\(field)' list"))
            return []
        }
        guard case let .sequence(items) = node else {
            errors.append(Diagnostic(.error, at: location(node), field: field, "expected a list"))
            return []
        }
        return Array(items)
    }

    /// A node id or edge key: a string, or a number written as text.
    private mutating func identifier(_ node: Node?, in item: Node, field: String) -> String? {
        guard let node else {
            errors.append(Diagnostic(.error, at: location(item), field: field, "missing"))
            return nil
        }
        switch JSONValue(node: node) {
        case let .string(text): return text
        case let .int(number): return String(number)
        case let .double(number): return JSONValue.numberText(number)
        default:
            errors.append(Diagnostic(.error, at: location(node), field: field, "expected a string or a number"))
            return nil
        }
    }

    private mutating func attributes(_ node: Node, field: String, skipping: Set<String>) -> [AttributedGraph.Attribute] {
        guard case let .mapping(members) = node else {
            errors.append(Diagnostic(.error, at: location(node), field: field, "expected an object"))
            return []
        }
        var result: [AttributedGraph.Attribute] = []
        for (keyNode, valueNode) in members {
            let name = keyNode.string ?? ""
            guard !skipping.contains(name) else { continue }
            let value: AttributeValue
            switch JSONValue(node: valueNode) {
            case .null: continue
            case let .bool(flag): value = .bool(flag)
            case let .int(number): value = .int(number)
            case let .double(number): value = .double(number)
            case let .string(text): value = .string(text)
            case let structured: value = .json(structured)
            }
            result.append(AttributedGraph.Attribute(name, value, at: location(valueNode)))
        }
        return result
    }
}
