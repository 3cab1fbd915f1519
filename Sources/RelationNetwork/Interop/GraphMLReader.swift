import Foundation

/// Reads GraphML (from Diplograph, NetworkX, igraph, Gephi, yEd) into an attributed graph.
///
/// Keys are typed by `attr.type`; keys without `attr.name` (yEd's graphics) are skipped; key
/// defaults fill in missing data; nested graphs, ports and hyperedges are ignored. The document is
/// streamed through libxml2 (`XMLStream`): memory follows the graph, not the file. Every problem
/// is reported with its line and column.
struct GraphMLReader {
    let file: String

    init(file: String) {
        self.file = file
    }

    /// Parses the GraphML file at `path`.
    /// - Throws: `NetworkLoadError` with every problem found.
    func read(path: String) throws -> AttributedGraph {
        let handler = GraphMLHandler(file: file)
        try XMLStream.parse(path: path, file: file, root: "graphml", handler: handler)
        return try handler.finish()
    }

    /// Parses GraphML `data`.
    /// - Throws: `NetworkLoadError` with every problem found.
    func read(_ data: Data) throws -> AttributedGraph {
        let handler = GraphMLHandler(file: file)
        try XMLStream.parse(data, file: file, root: "graphml", handler: handler)
        return try handler.finish()
    }
}

/// Builds the graph from GraphML's elements as they stream by.
private final class GraphMLHandler: XMLStreamHandler {
    private struct Key {
        var domain: String
        var name: String
        var type: AttributeKeys.ValueType
        var defaultText: String?
    }

    /// A `<data>` element, kept until its owner ends.
    private struct RawData {
        var key: String
        var text: String
        var location: SourceLocation
    }

    /// Who owns the `<data>` being read.
    private enum Owner {
        case graph
        case node(Int)
        case edge(Int)
    }

    /// The field path of an element (`graph`, `nodes[3]`, `edges[7]`), spelled out only when a
    /// message needs it (not once per element).
    private enum FieldPath {
        case graph, node(Int), edge(Int)

        var text: String {
            switch self {
            case .graph: "graph"
            case let .node(index): "nodes[\(index)]"
            case let .edge(index): "edges[\(index)]"
            }
        }
    }

    /// What an open element is to the reader.
    private enum Role {
        case root, key(String?), keyDefault(String), graph, node, edge, data, ignored
    }

    let file: String
    private var stack: [Role] = []
    private var keys: [String: Key] = [:]
    /// Ids of keys without `attr.name` (yEd's graphics): their data are skipped.
    private var namelessKeys: Set<String> = []
    /// Keys with a usable default, per domain, sorted by name (rebuilt when a key is added).
    private var defaultsCache: [String: [(name: String, value: AttributeValue)]] = [:]
    private var graph: AttributedGraph?
    private var sawGraph = false
    private var rootLocation: SourceLocation?
    private var owner: Owner?
    private var ownerLocation: SourceLocation?
    private var pending: [RawData] = []
    private var text: [UInt8] = []
    private var capturing = false
    private var dataKey: String?
    private var dataLocation: SourceLocation?
    /// Owners whose data name keys declared later (GraphML wants keys first); resolved at the end.
    private var deferred: [(owner: Owner, field: FieldPath, data: [RawData], location: SourceLocation)] = []
    /// The graph's own `<data>` (resolved when the graph ends).
    private var graphPending: [RawData] = []
    private var ownerField = FieldPath.graph
    private var nodeCount = 0
    private var edgeCount = 0
    // Problems by part, reported in this order (keys, graph data, nodes, edges).
    private var keyErrors: [Diagnostic] = []
    private var graphErrors: [Diagnostic] = []
    private var nodeErrors: [Diagnostic] = []
    private var edgeErrors: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    func finish() throws -> AttributedGraph {
        guard var graph else {
            throw NetworkLoadError(diagnostics: [
                Diagnostic(
                    .error, at: rootLocation ?? SourceLocation(file: file, line: 1, column: 1), field: "graph",
                    "the file has no <graph> element")
            ])
        }
        for item in deferred {
            let attributes = resolve(item.data, owner: item.owner, field: item.field, at: item.location, allowDeferral: false)
            switch item.owner {
            case .graph: graph.attributes = attributes ?? []
            case let .node(index): graph.nodes[index].attributes = attributes ?? []
            case let .edge(index): graph.edges[index].attributes = attributes ?? []
            }
        }
        self.graph = nil
        let errors = keyErrors + graphErrors + nodeErrors + edgeErrors
        guard errors.isEmpty else { throw NetworkLoadError(diagnostics: errors) }
        return graph
    }

    func startElement(_ name: String, attributes: XMLAttributes, at location: SourceLocation) {
        let parent = stack.last
        let role: Role
        switch (parent, name) {
        case (nil, _):
            rootLocation = location
            role = .root
        case (.root, "key"):
            role = .key(readKey(attributes, at: location))
        case (.key(let id?), "default"):
            role = .keyDefault(id)
        case (.root, "graph") where !sawGraph:
            sawGraph = true
            var created = AttributedGraph(isDirected: attributes["edgedefault"] != "undirected", location: location)
            created.nodes.reserveCapacity(1024)
            graph = created
            owner = .graph
            ownerField = .graph
            ownerLocation = location
            role = .graph
        case (.graph, "node"):
            let field = FieldPath.node(nodeCount)
            nodeCount += 1
            if let id = required("id", attributes, name, at: location, field: field, into: &nodeErrors) {
                graph?.nodes.append(AttributedGraph.Node(id: id, location: location))
                owner = .node((graph?.nodes.count ?? 1) - 1)
            } else {
                owner = nil
            }
            ownerField = field
            ownerLocation = location
            role = .node
        case (.graph, "edge"):
            let field = FieldPath.edge(edgeCount)
            edgeCount += 1
            let source = required("source", attributes, name, at: location, field: field, into: &edgeErrors)
            let target = required("target", attributes, name, at: location, field: field, into: &edgeErrors)
            if let source, let target {
                graph?.edges.append(AttributedGraph.Edge(id: attributes["id"], source: source, target: target, location: location))
                owner = .edge((graph?.edges.count ?? 1) - 1)
            } else {
                owner = nil
            }
            ownerField = field
            ownerLocation = location
            role = .edge
        case (.graph, "data"), (.node, "data"), (.edge, "data"):
            dataKey = attributes["key"]
            if dataKey == nil, let owner {
                report([Diagnostic(.error, at: location, field: ownerField.text, "<data> has no 'key' attribute")], for: owner)
            }
            dataLocation = location
            role = .data
        default:
            role = .ignored
        }
        stack.append(role)
        if case .keyDefault = role { beginText() } else if case .data = role { beginText() } else { capturing = false }
    }

    func endElement() {
        guard let role = stack.popLast() else { return }
        switch role {
        case let .keyDefault(id):
            if keys[id] != nil, keys[id]?.defaultText == nil {
                keys[id]?.defaultText = String(decoding: text, as: UTF8.self)
                defaultsCache = [:]
            }
        case .data:
            if let key = dataKey, let location = dataLocation, let owner {
                let datum = RawData(key: key, text: String(decoding: text, as: UTF8.self), location: location)
                if case .graph = owner { graphPending.append(datum) } else { pending.append(datum) }
            }
            dataKey = nil
        case .graph:
            pending = graphPending
            finishOwner()
            owner = nil
        case .node, .edge:
            finishOwner()
            owner = .graph
            ownerField = .graph
            ownerLocation = graph?.location
        default:
            break
        }
        capturing = false
        // Text directly inside a <data> or <default> resumes after a child element ends.
        if let top = stack.last {
            switch top {
            case .keyDefault, .data: capturing = true
            default: break
            }
        }
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        if capturing { text.append(contentsOf: bytes) }
    }

    private func beginText() {
        text.removeAll(keepingCapacity: true)
        capturing = true
    }

    /// Resolves the data of the element that just ended (the graph's own data resolve at its end,
    /// after its nodes and edges, which is where they are reported too).
    private func finishOwner() {
        defer { pending.removeAll(keepingCapacity: true) }
        guard let owner, let location = ownerLocation else { return }
        guard let attributes = resolve(pending, owner: owner, field: ownerField, at: location, allowDeferral: true) else {
            deferred.append((owner, ownerField, pending, location))
            return
        }
        switch owner {
        case .graph: graph?.attributes = attributes
        case let .node(index): graph?.nodes[index].attributes = attributes
        case let .edge(index): graph?.edges[index].attributes = attributes
        }
    }

    private func readKey(_ attributes: XMLAttributes, at location: SourceLocation) -> String? {
        guard let id = required("id", attributes, "key", at: location, field: .graph, into: &keyErrors) else { return nil }
        guard let name = attributes["attr.name"] else {
            namelessKeys.insert(id)
            return nil
        }
        let typeName = attributes["attr.type"] ?? "string"
        let type: AttributeKeys.ValueType
        switch typeName {
        case "boolean": type = .boolean
        case "int", "long": type = .integer
        case "float", "double": type = .double
        case "string": type = .string
        default:
            keyErrors.append(Diagnostic(
                .error, at: location, field: "key '\(id)'",
                "unknown attr.type '\(typeName)' (expected boolean, int, long, float, double or string)"))
            return nil
        }
        keys[id] = Key(domain: attributes["for"] ?? "all", name: name, type: type, defaultText: nil)
        defaultsCache = [:]
        return id
    }

    private func required(
        _ name: String, _ attributes: XMLAttributes, _ element: String, at location: SourceLocation, field: FieldPath,
        into errors: inout [Diagnostic]
    ) -> String? {
        guard let value = attributes[name] else {
            errors.append(Diagnostic(.error, at: location, field: element == "key" ? "key" : field.text, "<\(element)> has no '\(name)' attribute"))
            return nil
        }
        return value
    }

    private func domain(of owner: Owner) -> String {
        switch owner {
        case .graph: "graph"
        case .node: "node"
        case .edge: "edge"
        }
    }

    private func report(_ problems: [Diagnostic], for owner: Owner) {
        switch owner {
        case .graph: graphErrors += problems
        case .node: nodeErrors += problems
        case .edge: edgeErrors += problems
        }
    }

    /// The attributes of an element from its data and the key defaults; `nil` when a datum names a
    /// key not declared yet and `allowDeferral` (the caller tries again at the end).
    private func resolve(
        _ data: [RawData], owner: Owner, field: FieldPath, at location: SourceLocation, allowDeferral: Bool
    ) -> [AttributedGraph.Attribute]? {
        if allowDeferral, data.contains(where: { keys[$0.key] == nil && !namelessKeys.contains($0.key) }) { return nil }
        let domain = domain(of: owner)
        var problems: [Diagnostic] = []
        var result: [AttributedGraph.Attribute] = []
        for datum in data {
            guard let key = keys[datum.key] else {
                if !namelessKeys.contains(datum.key) {
                    problems.append(Diagnostic(
                        .error, at: datum.location, field: field.text, "<data> refers to the undeclared key '\(datum.key)'"))
                }
                continue
            }
            guard key.domain == domain || key.domain == "all" else {
                problems.append(Diagnostic(
                    .error, at: datum.location, field: "\(field.text).\(key.name)",
                    "key '\(datum.key)' is declared for \(key.domain), not \(domain)"))
                continue
            }
            guard let value = AttributeKeys.value(datum.text, as: key.type) else {
                problems.append(Diagnostic(
                    .error, at: datum.location, field: "\(field.text).\(key.name)",
                    "'\(datum.text)' is not a valid \(key.type.rawValue) (key '\(datum.key)')"))
                continue
            }
            result.append(AttributedGraph.Attribute(key.name, value, at: datum.location))
        }
        for (name, value) in defaults(for: domain) where result[named: name] == nil {
            result.append(AttributedGraph.Attribute(name, value, at: location))
        }
        report(problems, for: owner)
        return result
    }

    private func defaults(for domain: String) -> [(name: String, value: AttributeValue)] {
        if let cached = defaultsCache[domain] { return cached }
        let list = keys.values.sorted { $0.name < $1.name }.compactMap { key -> (name: String, value: AttributeValue)? in
            guard key.domain == domain || key.domain == "all", let text = key.defaultText,
                let value = AttributeKeys.value(text, as: key.type)
            else { return nil }
            return (key.name, value)
        }
        defaultsCache[domain] = list
        return list
    }
}
