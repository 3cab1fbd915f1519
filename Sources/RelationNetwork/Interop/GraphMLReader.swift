import Foundation

/// Reads GraphML (from Diplograph, NetworkX, igraph, Gephi, yEd) into an attributed graph.
///
/// Keys are typed by `attr.type`; keys without `attr.name` (yEd's graphics) are skipped; key
/// defaults fill in missing data; nested graphs, ports and hyperedges are ignored. Every problem is
/// reported with its line and column.
struct GraphMLReader {
    let file: String
    private var errors: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    private struct Key {
        var domain: String
        var name: String
        var type: AttributeKeys.ValueType
        var defaultText: String?
    }

    /// Parses GraphML `data`.
    /// - Throws: `NetworkLoadError` with every problem found.
    mutating func read(_ data: Data) throws -> AttributedGraph {
        let root = try XMLTree.parse(data, file: file, root: "graphml")
        let keys = readKeys(root)
        guard let graphElement = root.child(named: "graph") else {
            throw NetworkLoadError(diagnostics: [
                Diagnostic(.error, at: root.location(in: file), field: "graph", "the file has no <graph> element")
            ])
        }
        var graph = AttributedGraph(
            isDirected: graphElement.attributes["edgedefault"] != "undirected", location: graphElement.location(in: file))
        graph.attributes = attributes(of: graphElement, domain: "graph", keys: keys, field: "graph")
        for (index, element) in graphElement.children(named: "node").enumerated() {
            let field = "nodes[\(index)]"
            guard let id = required("id", of: element, field: field) else { continue }
            graph.nodes.append(AttributedGraph.Node(
                id: id, attributes: attributes(of: element, domain: "node", keys: keys, field: field),
                location: element.location(in: file)))
        }
        for (index, element) in graphElement.children(named: "edge").enumerated() {
            let field = "edges[\(index)]"
            let source = required("source", of: element, field: field)
            let target = required("target", of: element, field: field)
            guard let source, let target else { continue }
            graph.edges.append(AttributedGraph.Edge(
                id: element.attributes["id"], source: source, target: target,
                attributes: attributes(of: element, domain: "edge", keys: keys, field: field),
                location: element.location(in: file)))
        }
        guard errors.isEmpty else { throw NetworkLoadError(diagnostics: errors) }
        return graph
    }

    private mutating func required(_ name: String, of element: XMLElementNode, field: String) -> String? {
        guard let value = element.attributes[name] else {
            errors.append(Diagnostic(.error, at: element.location(in: file), field: field, "<\(element.name)> has no '\(name)' attribute"))
            return nil
        }
        return value
    }

    /// Ids of keys without `attr.name` (yEd's graphics): their data are skipped.
    private var namelessKeys: Set<String> = []

    private mutating func readKeys(_ root: XMLElementNode) -> [String: Key] {
        var keys: [String: Key] = [:]
        for element in root.children(named: "key") {
            guard let id = required("id", of: element, field: "key") else { continue }
            guard let name = element.attributes["attr.name"] else {
                namelessKeys.insert(id)
                continue
            }
            let typeName = element.attributes["attr.type"] ?? "string"
            let type: AttributeKeys.ValueType
            switch typeName {
            case "boolean": type = .boolean
            case "int", "long": type = .integer
            case "float", "double": type = .double
            case "string": type = .string
            default:
                errors.append(Diagnostic(
                    .error, at: element.location(in: file), field: "key '\(id)'",
                    "unknown attr.type '\(typeName)' (expected boolean, int, long, float, double or string)"))
                continue
            }
            keys[id] = Key(
                domain: element.attributes["for"] ?? "all", name: name, type: type,
                defaultText: element.child(named: "default")?.text)
        }
        return keys
    }

    private mutating func attributes(
        of element: XMLElementNode, domain: String, keys: [String: Key], field: String
    ) -> [AttributedGraph.Attribute] {
        var result: [AttributedGraph.Attribute] = []
        for data in element.children(named: "data") {
            guard let keyID = required("key", of: data, field: field) else { continue }
            guard let key = keys[keyID] else {
                if !namelessKeys.contains(keyID) {
                    errors.append(Diagnostic(
                        .error, at: data.location(in: file), field: field, "<data> refers to the undeclared key '\(keyID)'"))
                }
                continue
            }
            guard key.domain == domain || key.domain == "all" else {
                errors.append(Diagnostic(
                    .error, at: data.location(in: file), field: "\(field).\(key.name)",
                    "key '\(keyID)' is declared for \(key.domain), not \(domain)"))
                continue
            }
            guard let value = AttributeKeys.value(data.text, as: key.type) else {
                errors.append(Diagnostic(
                    .error, at: data.location(in: file), field: "\(field).\(key.name)",
                    "'\(data.text)' is not a valid \(key.type.rawValue) (key '\(keyID)')"))
                continue
            }
            result.append(AttributedGraph.Attribute(key.name, value, at: data.location(in: file)))
        }
        for key in keys.values.sorted(by: { $0.name < $1.name })
        where (key.domain == domain || key.domain == "all") && result[named: key.name] == nil {
            if let text = key.defaultText, let value = AttributeKeys.value(text, as: key.type) {
                result.append(AttributedGraph.Attribute(key.name, value, at: element.location(in: file)))
            }
        }
        return result
    }
}
