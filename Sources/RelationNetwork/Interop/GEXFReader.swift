import Foundation

/// Reads GEXF 1.1–1.3 (Gephi, NetworkX) into an attributed graph.
///
/// Node `label` becomes the `label` attribute (the entity name), edge `weight` the `weight`
/// attribute; `<attvalue>`s are typed by their `<attribute>` declarations (defaults fill in missing
/// values); Diplograph's `<diplograph:graphattribute>` elements in `<meta>` become graph
/// attributes. Dynamic attributes (`start`/`end`), spells and viz data are ignored.
struct GEXFReader {
    let file: String
    private var errors: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    private struct Declared {
        var name: String
        var type: AttributeKeys.ValueType
        var defaultText: String?
    }

    /// Parses GEXF `data`.
    /// - Throws: `NetworkLoadError` with every problem found.
    mutating func read(_ data: Data) throws -> AttributedGraph {
        let root = try XMLTree.parse(data, file: file, root: "gexf")
        guard let graphElement = root.child(named: "graph") else {
            throw NetworkLoadError(diagnostics: [
                Diagnostic(.error, at: root.location(in: file), field: "graph", "the file has no <graph> element")
            ])
        }
        var graph = AttributedGraph(
            isDirected: graphElement.attributes["defaultedgetype"] != "undirected", location: graphElement.location(in: file))
        for element in root.child(named: "meta")?.children(named: "graphattribute") ?? [] {
            guard let name = required("title", of: element, field: "meta") else { continue }
            let type = valueType(element.attributes["type"] ?? "string", at: element, field: "graph.\(name)")
            if let type, let value = typed(element.text, type, at: element, field: "graph.\(name)") {
                graph.attributes.append(AttributedGraph.Attribute(name, value, at: element.location(in: file)))
            }
        }
        var declared: [String: [String: Declared]] = [:]
        for block in graphElement.children(named: "attributes") {
            let domain = block.attributes["class"] ?? "node"
            for element in block.children(named: "attribute") {
                guard let id = required("id", of: element, field: "attributes"),
                    let type = valueType(element.attributes["type"] ?? "string", at: element, field: "attributes[\(id)]")
                else { continue }
                declared[domain, default: [:]][id] = Declared(
                    name: element.attributes["title"] ?? id, type: type, defaultText: element.child(named: "default")?.text)
            }
        }
        let nodeElements = graphElement.child(named: "nodes")?.children(named: "node") ?? []
        for (index, element) in nodeElements.enumerated() {
            let field = "nodes[\(index)]"
            guard let id = required("id", of: element, field: field) else { continue }
            var attributes = values(of: element, declared["node"] ?? [:], field: field)
            if let label = element.attributes["label"] {
                attributes.insert(AttributedGraph.Attribute("label", .string(label), at: element.location(in: file)), at: 0)
            }
            graph.nodes.append(AttributedGraph.Node(id: id, attributes: attributes, location: element.location(in: file)))
        }
        let edgeElements = graphElement.child(named: "edges")?.children(named: "edge") ?? []
        for (index, element) in edgeElements.enumerated() {
            let field = "edges[\(index)]"
            let source = required("source", of: element, field: field)
            let target = required("target", of: element, field: field)
            guard let source, let target else { continue }
            var attributes = values(of: element, declared["edge"] ?? [:], field: field)
            if let weight = element.attributes["weight"] {
                if let value = typed(weight, .double, at: element, field: field + ".weight") {
                    attributes.append(AttributedGraph.Attribute("weight", value, at: element.location(in: file)))
                }
            }
            if let label = element.attributes["label"] {
                attributes.append(AttributedGraph.Attribute("label", .string(label), at: element.location(in: file)))
            }
            graph.edges.append(AttributedGraph.Edge(
                id: element.attributes["id"], source: source, target: target, attributes: attributes,
                location: element.location(in: file)))
        }
        guard errors.isEmpty else { throw NetworkLoadError(diagnostics: errors) }
        return graph
    }

    private mutating func values(
        of element: XMLElementNode, _ declared: [String: Declared], field: String
    ) -> [AttributedGraph.Attribute] {
        var result: [AttributedGraph.Attribute] = []
        for value in element.child(named: "attvalues")?.children(named: "attvalue") ?? [] {
            guard let id = value.attributes["for"] ?? value.attributes["id"] else {
                errors.append(Diagnostic(.error, at: value.location(in: file), field: field, "<attvalue> has no 'for' attribute"))
                continue
            }
            guard let declaration = declared[id] else {
                errors.append(Diagnostic(.error, at: value.location(in: file), field: field, "<attvalue> refers to the undeclared attribute '\(id)'"))
                continue
            }
            guard let text = required("value", of: value, field: "\(field).\(declaration.name)"),
                let typedValue = typed(text, declaration.type, at: value, field: "\(field).\(declaration.name)")
            else { continue }
            result.append(AttributedGraph.Attribute(declaration.name, typedValue, at: value.location(in: file)))
        }
        for declaration in declared.values.sorted(by: { $0.name < $1.name }) where result[named: declaration.name] == nil {
            if let text = declaration.defaultText, let value = AttributeKeys.value(text, as: declaration.type) {
                result.append(AttributedGraph.Attribute(declaration.name, value, at: element.location(in: file)))
            }
        }
        return result
    }

    private mutating func typed(
        _ text: String, _ type: AttributeKeys.ValueType, at element: XMLElementNode, field: String
    ) -> AttributeValue? {
        guard let value = AttributeKeys.value(text, as: type) else {
            errors.append(Diagnostic(.error, at: element.location(in: file), field: field, "'\(text)' is not a valid \(type.rawValue)"))
            return nil
        }
        return value
    }

    private mutating func valueType(_ name: String, at element: XMLElementNode, field: String) -> AttributeKeys.ValueType? {
        switch name.lowercased() {
        case "boolean": return .boolean
        case "integer", "long", "short", "byte": return .integer
        case "double", "float", "bigdecimal": return .double
        case "string", "liststring", "anyuri", "char", "date", "listboolean", "listinteger", "listdouble", "listlong",
            "listfloat":
            return .string
        default:
            errors.append(Diagnostic(.error, at: element.location(in: file), field: field, "unknown attribute type '\(name)'"))
            return nil
        }
    }

    private mutating func required(_ name: String, of element: XMLElementNode, field: String) -> String? {
        guard let value = element.attributes[name] else {
            errors.append(Diagnostic(.error, at: element.location(in: file), field: field, "<\(element.name)> has no '\(name)' attribute"))
            return nil
        }
        return value
    }
}
