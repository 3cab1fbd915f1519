/// Writes an attributed graph as GraphML (readable by NetworkX, igraph, Gephi and yEd).
///
/// Every attribute becomes a typed `<key>` (`boolean`, `long`, `double`, `string`; structured
/// values as JSON text in a `string`); edges carry ids so parallel edges stay apart. The graph's
/// direction is its `edgedefault` (undirected when every layer is; edges are not marked one by one,
/// see `RelationNetwork.attributedGraph()`). The output is deterministic: same graph, same bytes.
enum GraphMLWriter {
    static func text(_ graph: AttributedGraph) throws -> String {
        let keys = AttributeKeys(graph)
        var xml = XMLLines()
        xml.open(
            #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" "#
                + #"xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#)
        for key in keys.keys {
            let name = try XMLText.attribute(key.name, field: "\(key.domain.rawValue) attribute name")
            xml.line(#"<key id="d\#(key.index)" for="\#(key.domain.rawValue)" attr.name="\#(name)" attr.type="\#(typeName(key.type))"/>"#)
        }
        xml.open(#"<graph id="G" edgedefault="\#(graph.isDirected ? "directed" : "undirected")">"#)
        for line in try dataLines(graph.attributes, .graph, keys, owner: "graph") { xml.line(line) }
        for node in graph.nodes {
            let id = try XMLText.attribute(node.id, field: "node id")
            let data = try dataLines(node.attributes, .node, keys, owner: "node '\(node.id)'")
            element("node", #"id="\#(id)""#, data, into: &xml)
        }
        for edge in graph.edges {
            var attributes = ""
            if let id = edge.id { attributes += #"id="\#(try XMLText.attribute(id, field: "edge id"))" "# }
            attributes += #"source="\#(try XMLText.attribute(edge.source, field: "edge source"))" "#
            attributes += #"target="\#(try XMLText.attribute(edge.target, field: "edge target"))""#
            let data = try dataLines(edge.attributes, .edge, keys, owner: "edge '\(edge.id ?? edge.source + "-" + edge.target)'")
            element("edge", attributes, data, into: &xml)
        }
        xml.close("</graph>")
        xml.close("</graphml>")
        return xml.text
    }

    private static func element(_ name: String, _ attributes: String, _ data: [String], into xml: inout XMLLines) {
        guard !data.isEmpty else {
            xml.line("<\(name) \(attributes)/>")
            return
        }
        xml.open("<\(name) \(attributes)>")
        for line in data { xml.line(line) }
        xml.close("</\(name)>")
    }

    private static func dataLines(
        _ attributes: [AttributedGraph.Attribute], _ domain: AttributeKeys.Domain, _ keys: AttributeKeys, owner: String
    ) throws -> [String] {
        try keys.keys(of: domain).compactMap { key in
            guard let attribute = attributes[named: key.name] else { return nil }
            let text = try XMLText.content(AttributeKeys.text(attribute.value, as: key.type), field: "\(owner).\(key.name)")
            return #"<data key="d\#(key.index)">\#(text)</data>"#
        }
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
