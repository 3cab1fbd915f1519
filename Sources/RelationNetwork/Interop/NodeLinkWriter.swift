/// Writes an attributed graph as node-link JSON, the shape of NetworkX's `node_link_data` (3.6
/// defaults: `nodes`, `edges`, `source`, `target`, `key`, `id`) that D3 also reads.
///
/// Structured values are embedded as JSON (not strings). Members follow the attribute order;
/// the output is deterministic.
enum NodeLinkWriter {
    static func text(_ graph: AttributedGraph) -> String {
        func members(_ attributes: [AttributedGraph.Attribute]) -> [JSONValue.Member] {
            attributes.map { JSONValue.Member($0.name, $0.value.jsonValue) }
        }
        let nodes = graph.nodes.map { node in
            JSONValue.object([JSONValue.Member("id", .string(node.id))] + members(node.attributes))
        }
        let edges = graph.edges.enumerated().map { index, edge in
            JSONValue.object(
                [
                    JSONValue.Member("source", .string(edge.source)), JSONValue.Member("target", .string(edge.target)),
                    JSONValue.Member("key", .string(edge.id ?? String(index))),
                ] + members(edge.attributes))
        }
        let document = JSONValue.object([
            JSONValue.Member("directed", .bool(graph.isDirected)),
            JSONValue.Member("multigraph", .bool(true)),
            JSONValue.Member("graph", .object(members(graph.attributes))),
            JSONValue.Member("nodes", .array(nodes)),
            JSONValue.Member("edges", .array(edges)),
        ])
        return document.prettyText + "\n"
    }
}
