/// The attribute names the interchange formats use for the model's fields (see `attributedGraph()`).
public enum InteropAttributes {
    /// Graph attributes, in the order they are written.
    public static let graph = [
        "schema", "title", "description", "curated", "kinds", "sources", "layers", "assessments", "routes",
    ]
    /// Node attributes, in the order they are written.
    public static let node = ["kind", "name", "aliases", "since", "until", "attributes"]
    /// Edge attributes, in the order they are written.
    public static let edge = [
        "layer", "strength", "sign", "since", "until", "citations", "figures", "note", "id_generated",
    ]
    /// Attributes holding JSON text in formats that only have scalars.
    public static let structured: Set<String> = [
        "kinds", "sources", "layers", "assessments", "routes", "aliases", "attributes", "citations", "figures",
    ]
}

extension RelationNetwork {
    /// The network as a format-neutral attributed graph, losing nothing.
    ///
    /// - Graph attributes: `schema` (`diplograph/1`), `title`, `description`, `curated` (bool), and
    ///   `kinds`, `sources`, `layers`, `assessments`, `routes` as structured (JSON) values.
    /// - Nodes (id = entity id): `kind`, `name`, `aliases` (JSON list), `since`, `until`,
    ///   `attributes` (JSON object); empty or absent fields are left out.
    /// - Edges (from → to, id = relation id): `layer`, `strength` (double), `sign` (int), `since`,
    ///   `until`, `citations` and `figures` (JSON lists), `note`. A relation without an id gets a
    ///   generated one (`e` + its position, made unique) and `id_generated: true`.
    /// The graph is directed (edge order is `from → to`) unless every layer is undirected; each
    /// layer's own direction is in `layers`. Relations of undirected layers in a directed graph are
    /// not marked per edge (GraphML `directed="false"`, GEXF `type="undirected"`): NetworkX refuses
    /// such mixed files outright, and `layers` already keeps the direction.
    /// - Complexity: O(V + E) plus the size of the structured fields.
    public func attributedGraph() throws -> AttributedGraph {
        typealias Attribute = AttributedGraph.Attribute
        var graph: [Attribute] = [Attribute("schema", .string(NetworkDecoder.schemaVersion))]
        if let title { graph.append(Attribute("title", .string(title))) }
        if let description { graph.append(Attribute("description", .string(description))) }
        graph.append(Attribute("curated", .bool(isCurated)))
        if !declaredKinds.isEmpty { graph.append(Attribute("kinds", .json(.array(declaredKinds.map { JSONValue.string($0.rawValue) })))) }
        graph.append(Attribute("sources", .json(try JSONValue.encoding(sources))))
        graph.append(Attribute("layers", .json(try JSONValue.encoding(layers))))
        if !assessments.isEmpty { graph.append(Attribute("assessments", .json(try JSONValue.encoding(assessments)))) }
        if !routes.isEmpty { graph.append(Attribute("routes", .json(try JSONValue.encoding(routes)))) }

        let nodes = try entities.map { entity in
            var attributes = [Attribute("kind", .string(entity.kind.rawValue)), Attribute("name", .string(entity.name))]
            if !entity.aliases.isEmpty {
                attributes.append(Attribute("aliases", .json(.array(entity.aliases.map(JSONValue.string)))))
            }
            if let since = entity.existence.since { attributes.append(Attribute("since", .string(since.description))) }
            if let until = entity.existence.until { attributes.append(Attribute("until", .string(until.description))) }
            if !entity.attributes.isEmpty {
                attributes.append(Attribute("attributes", .json(try JSONValue.encoding(SortedStringMap(values: entity.attributes)))))
            }
            return AttributedGraph.Node(id: entity.id, attributes: attributes)
        }

        let isDirected = layers.isEmpty || layers.contains(where: \.isDirected)
        var usedIDs = Set(relations.compactMap(\.id))
        let edges = try relations.enumerated().map { index, relation in
            var attributes = [
                Attribute("layer", .string(relation.layer.rawValue)), Attribute("strength", .double(relation.strength)),
                Attribute("sign", .int(relation.sign.rawValue)),
            ]
            if let since = relation.validity.since { attributes.append(Attribute("since", .string(since.description))) }
            if let until = relation.validity.until { attributes.append(Attribute("until", .string(until.description))) }
            if !relation.citations.isEmpty { attributes.append(Attribute("citations", .json(try JSONValue.encoding(relation.citations)))) }
            if !relation.figures.isEmpty { attributes.append(Attribute("figures", .json(try JSONValue.encoding(relation.figures)))) }
            if let note = relation.note { attributes.append(Attribute("note", .string(note))) }
            var id = relation.id
            if id == nil {
                var candidate = "e\(index)"
                while usedIDs.contains(candidate) { candidate += "_" }
                usedIDs.insert(candidate)
                id = candidate
                attributes.append(Attribute("id_generated", .bool(true)))
            }
            return AttributedGraph.Edge(id: id, source: relation.from, target: relation.to, attributes: attributes)
        }
        return AttributedGraph(isDirected: isDirected, attributes: graph, nodes: nodes, edges: edges)
    }
}
