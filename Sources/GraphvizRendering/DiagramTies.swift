import RelationNetwork

/// One edge as drawn: a tie carrying every relation between a pair in one direction
/// (``EdgeGrouping/pairs``), or a single relation (``EdgeGrouping/each``). A web page uses it to
/// annotate the SVG: the element with id `elementID` is the edge's `<g class="edge">`, and the
/// relations' layers and validity give its `data-layer`, `data-since` and `data-until`.
public struct DrawnTie: Sendable, Equatable {
    /// The SVG element id of the edge (Graphviz writes `-` as `&#45;` in the file; the DOM id is
    /// as given here). For a tie `tie-FROM-TO`, where FROM and TO are the entity ids with every byte other than ASCII letters, digits, `_` and
    /// `.` percent-encoded; for one relation `relation-ID` (its id, or `rN` for the N-th relation,
    /// percent-encoded like entity ids). Entities are `entity-ID`.
    public let elementID: String
    /// The entity id at the tail (for an undirected tie, the one first in the network's order).
    public let from: String
    /// The entity id at the head.
    public let to: String
    /// Indices into the `relations` of the network the diagram was made from, in that order; empty for a plain graph's edges.
    public let relations: [Int]
    /// The layers of those relations, each once, in the network's layer order.
    public let layers: [LayerID]
    /// Whether an arrowhead is drawn: at least one carried relation is of a directed layer.
    public let isDirected: Bool
    /// Whether the tie carries tension: a red strand, or a red dashed line when every relation it
    /// carries is tension (``isOnlyTension``).
    public let isTension: Bool
    /// Whether every relation the tie carries is tension (drawn red and dashed).
    public let isOnlyTension: Bool
    /// The combined strength (``DiagramOptions/tieStrength`` of the relations' effective
    /// strengths; a plain graph edge's weight over the largest).
    public let strength: Double
}

extension DiagramContent {
    /// The content with the edges of each pair and direction merged into one tie: relations of
    /// undirected layers join the pair in vertex order, relations of directed layers keep their
    /// direction (so an undirected relation shares the tie of a directed one that points the same
    /// way). Tension shares the tie as a red strand of its own (the whole tie red and dashed when
    /// it carries only tension). Ties keep the order of their first relation.
    /// - Complexity: O(E log E) for E edges.
    func tied(by aggregation: StrengthAggregation) -> DiagramContent {
        struct Key: Hashable {
            var tail: Int
            var head: Int
        }
        var groups: [Key: [Int]] = [:]
        var order: [Key] = []
        for (index, edge) in edges.enumerated() {
            let forward = edge.isDirected || edge.from <= edge.to
            let key = Key(tail: forward ? edge.from : edge.to, head: forward ? edge.to : edge.from)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(index)
        }
        let layerRank = Dictionary(layers.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var result = self
        result.edges = order.map { key in
            let members = (groups[key] ?? []).map { edges[$0] }
            let inLayerOrder: ([LayerID]) -> [LayerID] = { layers in
                var seen: Set<LayerID> = []
                return layers.filter { seen.insert($0).inserted }
                    .sorted { (layerRank[$0] ?? Int.max, $0.rawValue) < (layerRank[$1] ?? Int.max, $1.rawValue) }
            }
            let tieLayers = inLayerOrder(members.flatMap(\.layers))
            let tensionCount = members.filter(\.carriesTension).count
            let strength = aggregation.combine(members.map(\.strength))
            let (tail, head) = (vertices[key.tail], vertices[key.head])
            let isDirected = members.contains(where: \.isDirected)
            let count = members.count == 1 ? "1 relation" : "\(members.count) relations"
            let kind = tensionCount == 0 ? "" : tensionCount == members.count ? "tension, " : "\(tensionCount) in tension, "
            let header = "\(tail.label) \(isDirected ? "→" : "—") \(head.label): \(count) (\(kind)"
                + "\(tieLayers.map(\.rawValue).joined(separator: ", ")); combined strength "
                + "\(Self.decimal(strength)) (\(aggregation.rawValue))"
            return Edge(
                from: key.tail, to: key.head, layers: tieLayers, strength: strength, isDirected: isDirected,
                isSigned: tensionCount == members.count, strandLayers: inLayerOrder(members.flatMap(\.strandLayers)),
                carriesTension: tensionCount > 0,
                elementID: "tie-" + AttributeText.identifierPart(tail.id) + "-" + AttributeText.identifierPart(head.id),
                tooltip: ([header] + members.map(\.tooltip)).joined(separator: "\n\n"),
                relations: members.flatMap(\.relations))
        }
        return result
    }

    /// The drawn edges for callers.
    var drawnTies: [DrawnTie] {
        edges.map { edge in
            DrawnTie(
                elementID: edge.elementID, from: vertices[edge.from].id, to: vertices[edge.to].id,
                relations: edge.relations, layers: edge.layers, isDirected: edge.isDirected,
                isTension: edge.carriesTension, isOnlyTension: edge.isSigned, strength: edge.strength)
        }
    }

    /// A strength with at most two decimals ("0.8", "2.35").
    private static func decimal(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
