import GraphAlgorithms
import RelationNetwork

/// What a diagram draws, independent of Graphviz: vertices, edges (one per relation, or one per
/// tie after `tied(by:)`), the layers and kinds shown, and bloc memberships for clusters.
struct DiagramContent: Sendable, Equatable {
    struct Vertex: Sendable, Equatable {
        var id: String
        var label: String
        /// The entity kind; `nil` for plain graph vertices.
        var kind: EntityKind?
        var tooltip: String
    }

    struct Edge: Sendable, Equatable {
        var from: Int
        var to: Int
        /// The layers of the relations drawn, in the network's layer order; empty for plain graph edges.
        var layers: [LayerID]
        /// The strength (plain graph weights scaled by the largest; a tie's combined strength).
        var strength: Double
        var isDirected: Bool
        /// Every relation drawn is tension (the edge is drawn red and dashed).
        var isSigned: Bool
        /// The layers of the relations that are not tension, one colour strand each; a tie that
        /// also carries tension adds one red strand.
        var strandLayers: [LayerID]
        /// Some relation drawn is tension.
        var carriesTension: Bool
        /// The SVG element id: `relation-NAME` for one relation, `tie-FROM-TO` for a tie.
        var elementID: String
        var tooltip: String
        /// Indices of the network's relations drawn by this edge (empty for plain graph edges).
        var relations: [Int]
    }

    struct LayerInfo: Sendable, Equatable {
        var id: LayerID
        var isDirected: Bool
        var isSigned: Bool
    }

    var vertices: [Vertex]
    var edges: [Edge]
    /// Layers with at least one edge, in the network's order.
    var layers: [LayerInfo]
    /// Kinds with at least one vertex, in order of first appearance.
    var kinds: [EntityKind]
    /// `(member, bloc)` vertex pairs: the network's declared bloc memberships
    /// (``RelationNetwork/blocMemberships``).
    var memberships: [(member: Int, bloc: Int)]

    static func == (lhs: DiagramContent, rhs: DiagramContent) -> Bool {
        lhs.vertices == rhs.vertices && lhs.edges == rhs.edges && lhs.layers == rhs.layers
            && lhs.kinds == rhs.kinds
            && lhs.memberships.map { [$0.member, $0.bloc] } == rhs.memberships.map { [$0.member, $0.bloc] }
    }
}

extension DiagramContent {
    /// Every entity and every relation of `network` (tension included), with sourced tooltips.
    init(network: RelationNetwork) {
        var position: [String: Int] = [:]
        vertices = []
        for entity in network.entities where position[entity.id] == nil {
            position[entity.id] = vertices.count
            var tooltip = "\(entity.name) (\(entity.id)) · \(entity.kind)"
            if !entity.aliases.isEmpty { tooltip += "\nalso: " + entity.aliases.joined(separator: ", ") }
            vertices.append(Vertex(id: entity.id, label: entity.name, kind: entity.kind, tooltip: tooltip))
        }
        var usedLayers: Set<LayerID> = []
        edges = []
        memberships = []
        for (index, relation) in network.relations.enumerated() {
            guard let u = position[relation.from], let v = position[relation.to] else { continue }
            let layer = network.layer(withID: relation.layer)
            let isTension = network.isTension(relation)
            usedLayers.insert(relation.layer)
            edges.append(
                Edge(
                    from: u, to: v, layers: [relation.layer], strength: max(relation.effectiveStrength, 0),
                    isDirected: layer?.isDirected ?? false, isSigned: isTension,
                    strandLayers: isTension ? [] : [relation.layer], carriesTension: isTension,
                    elementID: "relation-" + AttributeText.identifier(relation.id ?? "r\(index + 1)"),
                    tooltip: Self.tooltip(of: relation, network: network), relations: [index]))
        }
        memberships = network.blocMemberships.compactMap { membership in
            guard let u = position[membership.member], let v = position[membership.bloc] else { return nil }
            return (u, v)
        }
        layers = network.layers.filter { usedLayers.contains($0.id) }.map {
            LayerInfo(id: $0.id, isDirected: $0.isDirected, isSigned: $0.isSigned)
        }
        // Relations in layers the network does not declare (not in validated files) still show.
        for id in usedLayers.sorted() where !layers.contains(where: { $0.id == id }) {
            layers.append(LayerInfo(id: id, isDirected: false, isSigned: false))
        }
        var seenKinds: Set<EntityKind> = []
        kinds = vertices.compactMap(\.kind).filter { seenKinds.insert($0).inserted }
    }

    /// The vertices and edges of a plain graph; weights become strengths scaled by the largest.
    init(graph: Graph, ids: [String], labels: [String]) {
        vertices = graph.vertices.map { v in
            let id = v < ids.count ? ids[v] : String(v)
            let label = v < labels.count ? labels[v] : id
            return Vertex(id: id, label: label, kind: nil, tooltip: label == id ? id : "\(label) (\(id))")
        }
        let largest = graph.outWeights.map(abs).max() ?? 1
        edges = []
        for u in graph.vertices {
            for e in graph.outOffsets[u]..<graph.outOffsets[u + 1] {
                let v = Int(graph.outNeighbors[e])
                if !graph.isDirected, v < u { continue }
                let weight = graph.outWeights[e]
                edges.append(
                    Edge(
                        from: u, to: v, layers: [], strength: largest > 0 ? abs(weight) / largest : 1,
                        isDirected: graph.isDirected, isSigned: weight < 0, strandLayers: [],
                        carriesTension: weight < 0, elementID: "relation-e\(edges.count + 1)",
                        tooltip: "\(vertices[u].label) \(graph.isDirected ? "→" : "–") \(vertices[v].label): \(weight)",
                        relations: []))
            }
        }
        layers = []
        kinds = []
        memberships = []
    }

    /// "Kazakhstan → Russia · trade (strength 0.8, 2014–2020)" and one line per citation.
    private static func tooltip(of relation: Relation, network: RelationNetwork) -> String {
        let from = network.entity(withID: relation.from)?.name ?? relation.from
        let to = network.entity(withID: relation.to)?.name ?? relation.to
        let directed = network.layer(withID: relation.layer)?.isDirected ?? false
        var facts = ["strength \(relation.strength)"]
        if network.isTension(relation) { facts.append("tension") }
        if !relation.validity.isUndated {
            facts.append("\(relation.validity.since?.description ?? "")–\(relation.validity.until?.description ?? "")")
        }
        var lines = ["\(from) \(directed ? "→" : "—") \(to) · \(relation.layer) (\(facts.joined(separator: ", ")))"]
        for citation in relation.citations {
            let title = network.source(withID: citation.source)?.title ?? citation.source
            lines.append("• \(title), ¶\(citation.paragraph): “\(citation.evidence)”")
            if let claim = citation.claim { lines.append("   \(claim)") }
        }
        if let note = relation.note { lines.append("Note: \(note)") }
        return lines.joined(separator: "\n")
    }

    /// The vertices in `keep` and the edges among them (ids not present are ignored).
    func restricted(to keep: Set<String>) -> DiagramContent {
        var newIndex: [Int: Int] = [:]
        var result = self
        result.vertices = []
        for (i, vertex) in vertices.enumerated() where keep.contains(vertex.id) {
            newIndex[i] = result.vertices.count
            result.vertices.append(vertex)
        }
        result.edges = edges.compactMap { edge in
            guard let u = newIndex[edge.from], let v = newIndex[edge.to] else { return nil }
            var moved = edge
            moved.from = u
            moved.to = v
            return moved
        }
        result.memberships = memberships.compactMap { pair in
            guard let m = newIndex[pair.member], let b = newIndex[pair.bloc] else { return nil }
            return (m, b)
        }
        let usedLayers = Set(result.edges.flatMap(\.layers))
        result.layers = layers.filter { usedLayers.contains($0.id) }
        var seenKinds: Set<EntityKind> = []
        result.kinds = result.vertices.compactMap(\.kind).filter { seenKinds.insert($0).inserted }
        return result
    }

    /// One cluster per bloc with members: each vertex joins at most one cluster, blocs with more
    /// members first (ties by vertex order); a bloc sits in its own cluster. Clusters with a single
    /// vertex are dropped.
    func blocClusters() -> [(bloc: Int, members: [Int])] {
        var membersOf: [Int: [Int]] = [:]
        for pair in memberships where pair.member != pair.bloc {
            membersOf[pair.bloc, default: []].append(pair.member)
        }
        let blocs = membersOf.keys.sorted { a, b in
            let (x, y) = (membersOf[a]?.count ?? 0, membersOf[b]?.count ?? 0)
            return x != y ? x > y : a < b
        }
        var taken: Set<Int> = []
        var clusters: [(bloc: Int, members: [Int])] = []
        for bloc in blocs where !taken.contains(bloc) {
            let members = ([bloc] + (membersOf[bloc] ?? [])).filter { !taken.contains($0) }
            var unique: [Int] = []
            for m in members where !unique.contains(m) { unique.append(m) }
            guard unique.count > 1 else { continue }
            taken.formUnion(unique)
            clusters.append((bloc, unique.sorted()))
        }
        return clusters
    }
}
