import Foundation
import GraphAlgorithms

/// What a path between two entities optimises.
public enum PathMode: String, Sendable, CaseIterable, Encodable {
    /// Smallest total distance (the projection's distance transform: `1/s`, `−ln s` or hops).
    case shortest
    /// Largest bottleneck: the path whose weakest tie (aggregated strength) is strongest.
    case widest
    /// Largest product of strengths: shortest path under the `neglog` distance (the caller projects
    /// with `distance: .neglog`); reliability = `exp(−cost)`.
    case reliable

    /// The `k` best loopless paths between two vertices under this mode.
    ///
    /// - Parameters:
    ///   - strengths: the strength graph (used by `widest`).
    ///   - distances: the distance graph (used by `shortest` and `reliable`).
    ///   - source: the first vertex.
    ///   - target: the last vertex.
    ///   - k: how many paths, at least 1.
    /// - Throws: `PathError` for bad lengths or strengths, or `k < 1`.
    /// - Complexity: that of Yen's algorithm, O(k · V · (V + E) log E) in the worst case.
    public func paths(strengths: Graph, distances: Graph, from source: Int, to target: Int, k: Int)
        throws(PathError) -> [GraphPath]
    {
        switch self {
        case .shortest, .reliable: try distances.kShortestPaths(from: source, to: target, k: k, weights: .distance)
        case .widest: try strengths.kWidestPaths(from: source, to: target, k: k)
        }
    }
}

/// One hop of an entity path and the relations of the (selected) network that make it.
public struct PathHop: Sendable, Hashable {
    public let from: String
    public let to: String
    /// The relations joining `from` to `to`, in file order: in a directed reading, those running
    /// `from → to` and those of undirected layers in either orientation; otherwise all of the pair.
    public let relations: [Relation]
}

/// An entity path with its cost and every hop explained by its relations and their sources.
public struct ExplainedPath: Sendable, Hashable {
    /// The entity ids from the first to the last.
    public let entityIDs: [String]
    /// The path's cost, as the query defines it (distance, bottleneck strength or `−ln` reliability).
    public let cost: Double
    public let hops: [PathHop]
}

extension RelationNetwork {
    /// The relations that join `from` to `to` as a projection with these options would use them.
    ///
    /// Directed: relations `from → to`, plus relations of undirected layers `to → from` (the
    /// projection gives those both directions). Undirected: every relation of the pair. Tension
    /// relations (sign −1 or signed layers) only with `includeSigned`. File order is kept.
    /// - Complexity: O(r) for the r relations of the pair.
    public func hopRelations(from: String, to: String, directed: Bool, includeSigned: Bool = false) -> [Relation] {
        relations(between: from, and: to).filter { relation in
            let layer = self.layer(withID: relation.layer)
            if !relation.isSupported || (isTension(relation) && !includeSigned) { return false }
            guard directed else { return true }
            if relation.from == from && relation.to == to { return true }
            return !(layer?.isDirected ?? false) && relation.from == to && relation.to == from
        }
    }

    /// Explains an entity path hop by hop. O(hops · r).
    public func explain(entityIDs: [String], cost: Double, directed: Bool, includeSigned: Bool = false) -> ExplainedPath {
        let hops = zip(entityIDs, entityIDs.dropFirst()).map { from, to in
            PathHop(from: from, to: to, relations: hopRelations(from: from, to: to, directed: directed, includeSigned: includeSigned))
        }
        return ExplainedPath(entityIDs: entityIDs, cost: cost, hops: hops)
    }

    /// The `k` best paths between two entities, each hop explained.
    ///
    /// The network is projected with `directed`, `aggregate`, `distance` (forced to `neglog` for
    /// `.reliable`) and `includeSigned`; the entities in `avoiding` are taken out first (their
    /// relations dropped, ids kept — the what-if "without them"). Remove layers with
    /// ``select(layers:domains:kinds:asOf:knownBy:)`` before calling.
    /// - Parameters:
    ///   - from: where the paths start: an id, name or alias (``resolveEntity(_:)``).
    ///   - to: where the paths end: an id, name or alias.
    ///   - mode: what the paths optimise (``PathMode``).
    ///   - k: how many paths, at least 1.
    ///   - directed: follow relations of directed layers `from → to` only.
    ///   - aggregate: how parallel relations combine.
    ///   - distance: how a strength becomes a distance (`neglog` for `.reliable`, whatever is given).
    ///   - includeSigned: keep tension relations (sign −1 or signed layers).
    ///   - avoiding: entities to take out first: ids, names or aliases.
    /// - Throws: `SelectionError.unknownEntity` for a name that matches no entity; `PathError` for
    ///   `k < 1`, invalid weights, or an endpoint among the avoided entities.
    /// - Complexity: one projection, O(V + E), then ``PathMode/paths(strengths:distances:from:to:k:)``.
    public func paths(
        from: String, to: String, mode: PathMode = .shortest, k: Int = 1, directed: Bool = false,
        aggregate: StrengthAggregation = .sum, distance: DistanceTransform = .inverse,
        includeSigned: Bool = false, avoiding: [String] = []
    ) throws -> [ExplainedPath] {
        let source = try resolveEntity(from).id
        let target = try resolveEntity(to).id
        let avoided = try avoiding.map { try resolveEntity($0).id }
        if let endpoint = avoided.first(where: { $0 == source || $0 == target }) {
            throw PathError.invalidArgument("cannot avoid \(endpoint): it is an endpoint of the path")
        }
        let projection = project(
            directed: directed, aggregate: aggregate, distance: mode == .reliable ? .neglog : distance,
            includeSigned: includeSigned)
        guard let s = projection.vertex(of: source), let t = projection.vertex(of: target) else { return [] }
        let removed = avoided.compactMap { projection.vertex(of: $0) }
        let found = try mode.paths(
            strengths: projection.strengths.removing(vertices: removed),
            distances: projection.distances.removing(vertices: removed), from: Int(s), to: Int(t), k: k)
        return found.map { path in
            explain(
                entityIDs: path.vertices.map { projection.entityIDs[Int($0)] }, cost: path.cost, directed: directed,
                includeSigned: includeSigned)
        }
    }
}
