import Foundation
import GraphAlgorithms

/// How parallel relations between one pair combine when projected.
public enum StrengthAggregation: String, Sendable, CaseIterable, Encodable {
    /// Strengths add up: many ties make a closer pair.
    case sum
    /// The strongest tie counts alone.
    case max

    /// The combined strength of parallel ties: their sum or their largest (0 for none).
    /// Projections and diagrams combine strengths with it. O(n).
    public func combine(_ strengths: [Double]) -> Double {
        self == .sum ? strengths.reduce(0, +) : strengths.max() ?? 0
    }
}

/// How a strength (closeness, larger = stronger) becomes a path distance (smaller = closer).
public enum DistanceTransform: String, Sendable, CaseIterable, Encodable {
    /// `1 / strength` (default).
    case inverse
    /// `−ln strength`: a path's cost is minus the log of the product of its strengths, so the
    /// cheapest path is the most reliable chain.
    case neglog
    /// Every edge costs 1 (hop count).
    case unit

    /// The distance of one strength: `1/s`, `−ln s` or 1. Not finite or negative for strengths
    /// outside (0, 1] under `neglog` and outside (0, ∞) under `inverse`.
    public func distance(of strength: Double) -> Double {
        switch self {
        case .inverse: 1 / strength
        case .neglog: -log(strength)
        case .unit: 1
        }
    }
}

/// A relation network projected onto an algorithm graph, keeping the vertex ↔ entity mapping.
public struct Projection: Sendable {
    /// Edge weights are aggregated strengths (for PageRank, eigenvector, strength, modularity).
    public let strengths: Graph
    /// Same edges; weights are distances (for shortest paths, betweenness, closeness).
    public let distances: Graph
    /// The network that was projected.
    public let network: RelationNetwork
    /// Vertex `v` is entity `entityIDs[v]` (the network's entity order).
    public let entityIDs: [String]
    private let vertexByID: [String: Vertex]

    /// The vertex of an entity id, or `nil`. O(1).
    public func vertex(of entityID: String) -> Vertex? { vertexByID[entityID] }

    /// The entity of vertex `v`.
    public func entity(of v: Vertex) -> Entity? { network.entity(withID: entityIDs[Int(v)]) }

    init(strengths: Graph, distances: Graph, network: RelationNetwork) {
        self.strengths = strengths
        self.distances = distances
        self.network = network
        entityIDs = network.entities.map(\.id)
        var map: [String: Vertex] = [:]
        for (i, id) in entityIDs.enumerated() where map[id] == nil { map[id] = Vertex(i) }
        vertexByID = map
    }
}

extension RelationNetwork {
    /// Projects the network onto a CSR graph whose vertices are the entities (in file order).
    ///
    /// Weight semantics: `strength` is closeness (larger = stronger). Parallel relations between a
    /// pair (other layers, other dates) aggregate by `aggregate`; the strength graph carries that
    /// aggregate, and the distance graph carries `distance` applied to it. With `neglog` and `sum`,
    /// the distance treats parallel strengths as independent channels: it is `−ln(1 − ∏(1 − sᵢ))`,
    /// which stays non-negative (the strength graph keeps the plain sum).
    ///
    /// - Parameters:
    ///   - directed: directed projection (relations of undirected layers give both directions) or
    ///     undirected (every relation joins its pair).
    ///   - aggregate: how parallel relations between a pair combine: `sum` (default) or `max`.
    ///   - distance: how an aggregated strength becomes a distance: `inverse` (default), `neglog`
    ///     or `unit`.
    ///   - includeSigned: keep tension relations (sign −1 or signed layers), left out by default.
    /// - Complexity: O(V + E) expected.
    public func project(
        directed: Bool = false, aggregate: StrengthAggregation = .sum,
        distance: DistanceTransform = .inverse, includeSigned: Bool = false
    ) -> Projection {
        let vertexByID = Dictionary(entities.enumerated().map { ($1.id, Vertex($0)) }, uniquingKeysWith: { a, _ in a })
        struct Pair: Hashable {
            var u: Vertex
            var v: Vertex
        }
        var strengthsByPair: [Pair: [Double]] = [:]
        var order: [Pair] = []
        func add(_ u: Vertex, _ v: Vertex, _ strength: Double) {
            let pair = directed || u < v ? Pair(u: u, v: v) : Pair(u: v, v: u)
            if strengthsByPair[pair] == nil { order.append(pair) }
            strengthsByPair[pair, default: []].append(strength)
        }
        for relation in relations {
            guard relation.isSupported, includeSigned || !isTension(relation), let u = vertexByID[relation.from], let v = vertexByID[relation.to],
                u != v
            else { continue }
            let strength = relation.effectiveStrength
            add(u, v, strength)
            if directed, !(layer(withID: relation.layer)?.isDirected ?? false) { add(v, u, strength) }
        }
        var strengthEdges: [WeightedEdge] = []
        var distanceEdges: [WeightedEdge] = []
        for pair in order {
            let values = strengthsByPair[pair] ?? []
            let combined = aggregate.combine(values)
            strengthEdges.append(WeightedEdge(pair.u, pair.v, weight: combined))
            // Under neglog, summed parallel ties combine as independent channels: 1 − ∏(1 − sᵢ).
            let reliability = distance == .neglog && aggregate == .sum ? 1 - values.reduce(1) { $0 * (1 - $1) } : combined
            distanceEdges.append(WeightedEdge(pair.u, pair.v, weight: distance.distance(of: reliability)))
        }
        let build = { (edges: [WeightedEdge]) in
            Graph(vertexCount: self.entities.count, edges: edges, directed: directed, parallelEdges: .sum)
        }
        return Projection(strengths: build(strengthEdges), distances: build(distanceEdges), network: self)
    }
}
