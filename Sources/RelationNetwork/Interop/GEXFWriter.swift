import Foundation

/// Writes an attributed graph as GEXF 1.2 (Gephi; NetworkX `read_gexf`).
///
/// Node `label` is the `name` attribute, edge `weight` the `strength`; the other node and edge
/// attributes are typed `<attribute>`s. GEXF has no graph attributes, so those go into `<meta>` as
/// `<diplograph:graphattribute>` elements (ignored by other readers). Nodes and edges with `since`
/// or `until` dates make the graph dynamic (`mode="dynamic"`, `timeformat="date"`) with Gephi's
/// `start`/`end` (a partial date's first and last day) so Gephi's timeline works; the dates stay
/// attributes too. Deterministic output.
enum GEXFWriter {
    /// The namespace of the graph-attribute extension elements.
    static let extensionNamespace = "https://github.com/diplograph/gexf-graph-attributes"

    static func text(_ graph: AttributedGraph) throws -> String {
        var trimmed = graph
        for i in trimmed.nodes.indices { trimmed.nodes[i].attributes.removeAll { $0.name == labelSource(graph.nodes[i]) } }
        let keys = AttributeKeys(trimmed, domains: [.graph, .node, .edge])
        var xml = XMLLines()
        xml.open(#"<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:diplograph="\#(extensionNamespace)" version="1.2">"#)
        xml.open("<meta>")
        xml.line("<creator>Diplograph</creator>")
        if let title = graph.attributes[named: "title"] {
            xml.line("<description>\(try XMLText.content(title.value.text, field: "graph.title"))</description>")
        }
        for key in keys.keys(of: .graph) {
            guard let attribute = graph.attributes[named: key.name] else { continue }
            let name = try XMLText.attribute(key.name, field: "graph attribute name")
            let value = try XMLText.content(attribute.value.text, field: "graph.\(key.name)")
            xml.line(#"<diplograph:graphattribute title="\#(name)" type="\#(typeName(key.type))">\#(value)</diplograph:graphattribute>"#)
        }
        xml.close("</meta>")
        let isDynamic = graph.nodes.contains { spell($0.attributes) != nil } || graph.edges.contains { spell($0.attributes) != nil }
        let mode = isDynamic ? #"mode="dynamic" timeformat="date""# : #"mode="static""#
        xml.open(#"<graph \#(mode) defaultedgetype="\#(graph.isDirected ? "directed" : "undirected")">"#)
        for domain in [AttributeKeys.Domain.node, .edge] where !keys.keys(of: domain).isEmpty {
            xml.open(#"<attributes class="\#(domain.rawValue)" mode="static">"#)
            for key in keys.keys(of: domain) {
                let title = try XMLText.attribute(key.name, field: "\(domain.rawValue) attribute name")
                xml.line(#"<attribute id="\#(key.index)" title="\#(title)" type="\#(typeName(key.type))"/>"#)
            }
            xml.close("</attributes>")
        }
        xml.open("<nodes>")
        for (node, trimmedNode) in zip(graph.nodes, trimmed.nodes) {
            let label = labelSource(node).flatMap { node.attributes[named: $0]?.value.text } ?? node.id
            let id = try XMLText.attribute(node.id, field: "node id")
            let labelText = try XMLText.attribute(label, field: "node '\(node.id)'.name")
            let head = #"node id="\#(id)" label="\#(labelText)""# + (spell(node.attributes) ?? "")
            try element(head, "node", trimmedNode.attributes, .node, keys, owner: "node '\(node.id)'", into: &xml)
        }
        xml.close("</nodes>")
        xml.open("<edges>")
        for (index, edge) in graph.edges.enumerated() {
            let id = edge.id ?? String(index)
            var head = #"edge id="\#(try XMLText.attribute(id, field: "edge id"))" "#
            head += #"source="\#(try XMLText.attribute(edge.source, field: "edge source"))" "#
            head += #"target="\#(try XMLText.attribute(edge.target, field: "edge target"))""#
            if let strength = edge.attributes[named: "strength"], case let .double(value) = strength.value {
                head += #" weight="\#(value.description)""#
            }
            head += spell(edge.attributes) ?? ""
            try element(head, "edge", edge.attributes, .edge, keys, owner: "edge '\(id)'", into: &xml)
        }
        xml.close("</edges>")
        xml.close("</graph>")
        xml.close("</gexf>")
        return xml.text
    }

    /// Gephi's ` start="…" end="…"` from the `since`/`until` attributes (full dates: a partial
    /// date's first day as the start, last day as the end), or `nil` without valid dates.
    private static func spell(_ attributes: [AttributedGraph.Attribute]) -> String? {
        func day(_ ordinal: Int) -> String {
            let (year, month, day) = (ordinal / 10_000, ordinal / 100 % 100, ordinal % 100)
            return String(format: "%04d-%02d-%02d", year, month, day)
        }
        let start = attributes[named: "since"].flatMap { PartialDate($0.value.text) }.map { day($0.earliestDay) }
        let end = attributes[named: "until"].flatMap { PartialDate($0.value.text) }.map { day($0.latestDay) }
        guard start != nil || end != nil else { return nil }
        return (start.map { #" start="\#($0)""# } ?? "") + (end.map { #" end="\#($0)""# } ?? "")
    }

    /// The attribute written as the node's `label`: `name`, else `label`.
    private static func labelSource(_ node: AttributedGraph.Node) -> String? {
        ["name", "label"].first { node.attributes[named: $0] != nil }
    }

    private static func element(
        _ head: String, _ name: String, _ attributes: [AttributedGraph.Attribute], _ domain: AttributeKeys.Domain,
        _ keys: AttributeKeys, owner: String, into xml: inout XMLLines
    ) throws {
        let values = try keys.keys(of: domain).compactMap { key -> String? in
            guard let attribute = attributes[named: key.name] else { return nil }
            let text = try XMLText.attribute(AttributeKeys.text(attribute.value, as: key.type), field: "\(owner).\(key.name)")
            return #"<attvalue for="\#(key.index)" value="\#(text)"/>"#
        }
        guard !values.isEmpty else {
            xml.line("<\(head)/>")
            return
        }
        xml.open("<\(head)>")
        xml.open("<attvalues>")
        for value in values { xml.line(value) }
        xml.close("</attvalues>")
        xml.close("</\(name)>")
    }

    static func typeName(_ type: AttributeKeys.ValueType) -> String {
        switch type {
        case .boolean: "boolean"
        case .integer: "long"
        case .double: "double"
        case .string: "string"
        }
    }
}
