import Foundation

/// Reads GEXF 1.1–1.3 (Gephi, NetworkX) into an attributed graph.
///
/// Node `label` becomes the `label` attribute (the entity name), edge `weight` the `weight`
/// attribute; `<attvalue>`s are typed by their `<attribute>` declarations (defaults fill in missing
/// values); Diplograph's `<diplograph:graphattribute>` elements in `<meta>` become graph
/// attributes. Dynamic attributes (`start`/`end`), spells and viz data are ignored. The document is
/// streamed through libxml2 (`XMLStream`): memory follows the graph, not the file.
struct GEXFReader {
    let file: String

    init(file: String) {
        self.file = file
    }

    /// Parses the GEXF file at `path`.
    /// - Throws: `NetworkLoadError` with every problem found.
    func read(path: String) throws -> AttributedGraph {
        let handler = GEXFHandler(file: file)
        try XMLStream.parse(path: path, file: file, root: "gexf", handler: handler)
        return try handler.finish()
    }

    /// Parses GEXF `data`.
    /// - Throws: `NetworkLoadError` with every problem found.
    func read(_ data: Data) throws -> AttributedGraph {
        let handler = GEXFHandler(file: file)
        try XMLStream.parse(data, file: file, root: "gexf", handler: handler)
        return try handler.finish()
    }
}

/// Builds the graph from GEXF's elements as they stream by.
private final class GEXFHandler: XMLStreamHandler {
    private struct Declared {
        var name: String
        var type: AttributeKeys.ValueType
        var defaultText: String?
    }

    /// An `<attvalue>`, kept until its node or edge ends.
    private struct RawValue {
        var id: String
        var value: String?
        var location: SourceLocation
    }

    private enum Role {
        case root, meta, graphAttribute(name: String, type: AttributeKeys.ValueType?, location: SourceLocation)
        case graph, attributes(String), attribute(domain: String, id: String?), attributeDefault(domain: String, id: String)
        case nodes, edges, node, edge, attvalues, ignored
    }

    let file: String
    private var stack: [Role] = []
    private var errors: [Diagnostic] = []
    private var graph: AttributedGraph?
    private var rootLocation: SourceLocation?
    private var sawMeta = false
    private var sawGraph = false
    private var sawNodes = false
    private var sawEdges = false
    private var sawAttvalues = false
    private var declared: [String: [String: Declared]] = [:]
    private var sawDefault: Set<String> = []
    private var text: [UInt8] = []
    private var capturing = false
    private var nodeCount = 0
    private var edgeCount = 0
    /// The node or edge being read: its field name, location, values and the attributes of its tag.
    private var current: (isNode: Bool, field: String, location: SourceLocation, label: String?, weight: String?)?
    private var currentAccepted = false
    private var values: [RawValue] = []
    /// Nodes and edges whose values name attributes not declared yet (GEXF allows `<attributes>`
    /// after `<nodes>`), resolved when the document ends.
    private var deferred: [Element] = []
    /// Attributes declared after elements of their class were read: their defaults are filled in
    /// at the end for those elements.
    private var lateDeclarations: [(domain: String, id: String)] = []
    /// Graph attributes from `<meta>` (which comes before `<graph>`).
    private var metaAttributes: [AttributedGraph.Attribute] = []

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
        for element in deferred { apply(attributes(of: element), to: element, in: &graph) }
        fillLateDefaults(in: &graph)
        self.graph = nil
        graph.attributes = metaAttributes + graph.attributes
        // In file order: problems of deferred elements are found at the end.
        guard errors.isEmpty else { throw NetworkLoadError(diagnostics: errors.sorted { $0.location < $1.location }) }
        return graph
    }

    func startElement(_ name: String, attributes: XMLAttributes, at location: SourceLocation) {
        let role: Role
        switch (stack.last, name) {
        case (nil, _):
            rootLocation = location
            role = .root
        case (.root, "meta") where !sawMeta:
            sawMeta = true
            role = .meta
        case (.meta, "graphattribute"):
            if let title = required("title", attributes, name, at: location, field: "meta") {
                let type = valueType(attributes["type"] ?? "string", at: location, field: "graph.\(title)")
                role = .graphAttribute(name: title, type: type, location: location)
            } else {
                role = .ignored
            }
        case (.root, "graph") where !sawGraph:
            sawGraph = true
            graph = AttributedGraph(isDirected: attributes["defaultedgetype"] != "undirected", location: location)
            role = .graph
        case (.graph, "attributes"):
            role = .attributes(attributes["class"] ?? "node")
        case (.attributes(let domain), "attribute"):
            var id = required("id", attributes, name, at: location, field: "attributes")
            if let known = id,
                let type = valueType(attributes["type"] ?? "string", at: location, field: "attributes[\(known)]")
            {
                declared[domain, default: [:]][known] = Declared(name: attributes["title"] ?? known, type: type)
                if (domain == "node" && nodeCount > 0) || (domain == "edge" && edgeCount > 0) {
                    lateDeclarations.append((domain, known))
                }
            } else {
                id = nil
            }
            role = .attribute(domain: domain, id: id)
        case (.attribute(let domain, let id?), "default") where !sawDefault.contains(domain + "\u{0}" + id):
            sawDefault.insert(domain + "\u{0}" + id)
            role = .attributeDefault(domain: domain, id: id)
        case (.graph, "nodes") where !sawNodes:
            sawNodes = true
            role = .nodes
        case (.graph, "edges") where !sawEdges:
            sawEdges = true
            role = .edges
        case (.nodes, "node"):
            let field = "nodes[\(nodeCount)]"
            nodeCount += 1
            beginElement(isNode: true, field: field, attributes, at: location)
            role = .node
        case (.edges, "edge"):
            let field = "edges[\(edgeCount)]"
            edgeCount += 1
            beginElement(isNode: false, field: field, attributes, at: location)
            role = .edge
        case (.node, "attvalues") where !sawAttvalues, (.edge, "attvalues") where !sawAttvalues:
            sawAttvalues = true
            role = .attvalues
        case (.attvalues, "attvalue"):
            if currentAccepted, let current {
                if let id = attributes["for"] ?? attributes["id"] {
                    values.append(RawValue(id: id, value: attributes["value"], location: location))
                } else {
                    errors.append(Diagnostic(.error, at: location, field: current.field, "<attvalue> has no 'for' attribute"))
                }
            }
            role = .ignored
        default:
            role = .ignored
        }
        stack.append(role)
        switch role {
        case .graphAttribute, .attributeDefault:
            text.removeAll(keepingCapacity: true)
            capturing = true
        default:
            capturing = false
        }
    }

    func endElement() {
        guard let role = stack.popLast() else { return }
        switch role {
        case let .graphAttribute(name, type, location):
            if let type, let value = typed(String(decoding: text, as: UTF8.self), type, at: location, field: "graph.\(name)") {
                metaAttributes.append(AttributedGraph.Attribute(name, value, at: location))
            }
        case let .attributeDefault(domain, id):
            declared[domain]?[id]?.defaultText = String(decoding: text, as: UTF8.self)
        case .node, .edge:
            finishElement()
        default:
            break
        }
        capturing = false
        if let top = stack.last {
            switch top {
            case .graphAttribute, .attributeDefault: capturing = true
            default: break
            }
        }
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        if capturing { text.append(contentsOf: bytes) }
    }

    private func beginElement(isNode: Bool, field: String, _ attributes: XMLAttributes, at location: SourceLocation) {
        values.removeAll(keepingCapacity: true)
        sawAttvalues = false
        current = (isNode, field, location, attributes["label"], isNode ? nil : attributes["weight"])
        currentAccepted = false
        if isNode {
            guard let id = required("id", attributes, "node", at: location, field: field) else { return }
            graph?.nodes.append(AttributedGraph.Node(id: id, location: location))
        } else {
            let source = required("source", attributes, "edge", at: location, field: field)
            let target = required("target", attributes, "edge", at: location, field: field)
            guard let source, let target else { return }
            graph?.edges.append(AttributedGraph.Edge(id: attributes["id"], source: source, target: target, location: location))
        }
        currentAccepted = true
    }

    /// A node or edge read: where it is in the graph, its tag's label and weight and its values.
    private struct Element {
        var isNode: Bool
        var index: Int
        var field: String
        var location: SourceLocation
        var label: String?
        var weight: String?
        var values: [RawValue]
    }

    /// Resolves the node or edge that just ended, or defers it when a value names an attribute
    /// not declared yet.
    private func finishElement() {
        defer {
            current = nil
            currentAccepted = false
        }
        guard currentAccepted, let current else { return }
        let index = (current.isNode ? graph?.nodes.count : graph?.edges.count).map { $0 - 1 } ?? 0
        let element = Element(
            isNode: current.isNode, index: index, field: current.field, location: current.location, label: current.label,
            weight: current.weight, values: values)
        let declarations = declared[current.isNode ? "node" : "edge"] ?? [:]
        if values.contains(where: { declarations[$0.id] == nil }) {
            deferred.append(element)
            return
        }
        let attributes = attributes(of: element)
        if element.isNode { graph?.nodes[index].attributes = attributes } else { graph?.edges[index].attributes = attributes }
    }

    private func apply(_ attributes: [AttributedGraph.Attribute], to element: Element, in graph: inout AttributedGraph) {
        if element.isNode { graph.nodes[element.index].attributes = attributes } else { graph.edges[element.index].attributes = attributes }
    }

    /// The attributes of `element`: its values, the declared defaults, its label and weight.
    private func attributes(of element: Element) -> [AttributedGraph.Attribute] {
        let domain = element.isNode ? "node" : "edge"
        let declarations = declared[domain] ?? [:]
        var attributes: [AttributedGraph.Attribute] = []
        for raw in element.values {
            guard let declaration = declarations[raw.id] else {
                errors.append(Diagnostic(
                    .error, at: raw.location, field: element.field, "<attvalue> refers to the undeclared attribute '\(raw.id)'"))
                continue
            }
            let field = "\(element.field).\(declaration.name)"
            guard let text = raw.value else {
                errors.append(Diagnostic(.error, at: raw.location, field: field, "<attvalue> has no 'value' attribute"))
                continue
            }
            guard let value = typed(text, declaration.type, at: raw.location, field: field) else { continue }
            attributes.append(AttributedGraph.Attribute(declaration.name, value, at: raw.location))
        }
        for declaration in declarations.values.sorted(by: { $0.name < $1.name }) where attributes[named: declaration.name] == nil {
            if let text = declaration.defaultText, let value = AttributeKeys.value(text, as: declaration.type) {
                attributes.append(AttributedGraph.Attribute(declaration.name, value, at: element.location))
            }
        }
        if element.isNode {
            if let label = element.label {
                attributes.insert(AttributedGraph.Attribute("label", .string(label), at: element.location), at: 0)
            }
        } else {
            if let weight = element.weight,
                let value = typed(weight, .double, at: element.location, field: element.field + ".weight")
            {
                attributes.append(AttributedGraph.Attribute("weight", value, at: element.location))
            }
            if let label = element.label {
                attributes.append(AttributedGraph.Attribute("label", .string(label), at: element.location))
            }
        }
        return attributes
    }

    /// Gives the nodes and edges read before an attribute was declared that attribute's default
    /// where they have no value for it.
    private func fillLateDefaults(in graph: inout AttributedGraph) {
        for late in lateDeclarations {
            guard let declaration = declared[late.domain]?[late.id], let text = declaration.defaultText,
                let value = AttributeKeys.value(text, as: declaration.type)
            else { continue }
            if late.domain == "node" {
                for i in graph.nodes.indices where graph.nodes[i].attributes[named: declaration.name] == nil {
                    graph.nodes[i].attributes.append(AttributedGraph.Attribute(declaration.name, value, at: graph.nodes[i].location))
                }
            } else {
                for i in graph.edges.indices where graph.edges[i].attributes[named: declaration.name] == nil {
                    graph.edges[i].attributes.append(AttributedGraph.Attribute(declaration.name, value, at: graph.edges[i].location))
                }
            }
        }
    }

    private func typed(_ text: String, _ type: AttributeKeys.ValueType, at location: SourceLocation, field: String) -> AttributeValue? {
        guard let value = AttributeKeys.value(text, as: type) else {
            errors.append(Diagnostic(.error, at: location, field: field, "'\(text)' is not a valid \(type.rawValue)"))
            return nil
        }
        return value
    }

    private func valueType(_ name: String, at location: SourceLocation, field: String) -> AttributeKeys.ValueType? {
        switch name.lowercased() {
        case "boolean": return .boolean
        case "integer", "long", "short", "byte": return .integer
        case "double", "float", "bigdecimal": return .double
        case "string", "liststring", "anyuri", "char", "date", "listboolean", "listinteger", "listdouble", "listlong",
            "listfloat":
            return .string
        default:
            errors.append(Diagnostic(.error, at: location, field: field, "unknown attribute type '\(name)'"))
            return nil
        }
    }

    private func required(
        _ name: String, _ attributes: XMLAttributes, _ element: String, at location: SourceLocation, field: String
    ) -> String? {
        guard let value = attributes[name] else {
            errors.append(Diagnostic(.error, at: location, field: field, "<\(element)> has no '\(name)' attribute"))
            return nil
        }
        return value
    }
}
