import Foundation
import GraphAlgorithms

/// The paths a ``PathQuery`` found, every hop with its tie strength and the relations (and their
/// sources) that make it.
public struct PathSearch: Sendable, Hashable, Encodable {
    /// One hop and the relations behind it (none for plain graphs).
    public struct Hop: Sendable, Hashable, Encodable {
        public let from: String
        public let to: String
        /// The aggregated tie strength of the hop in the projection (before any removal).
        public let strength: Double?
        public let relations: [RelationRecord]
        /// Where the hop is stated: "source ¶n" of its relations' supporting claims, in order.
        public let sources: [String]
    }

    /// One path.
    public struct Path: Sendable, Hashable, Encodable {
        /// 1 for the best.
        public let rank: Int
        /// Distance, bottleneck strength or −ln reliability, as the mode defines it.
        public let cost: Double
        /// The product of strengths (`reliable` mode only).
        public let reliability: Double?
        public let hopsCount: Int
        public let entities: [String]
        public let labels: [String]
        public let hops: [Hop]
        /// Whether one source states the whole path: one tie, or a stated route running along it
        /// (`nil` for plain graphs, which have no sources).
        public let statedByOneSource: Bool?
        /// The stated routes that run along the whole path (ids).
        public let statedByRoutes: [String]
        /// For a composed path: how it was composed ("composed from 3 separately sourced legs; …").
        public let composition: String?
    }

    public let from: EntityReference
    public let to: EntityReference
    public let mode: PathMode
    public let directed: Bool
    /// The distance transform the costs use (`neglog` for `reliable`).
    public let distance: DistanceTransform
    public let k: Int
    /// The layers selected (`nil`: all, or a plain graph).
    public let layers: [LayerID]?
    /// The avoided vertices (ids, sorted).
    public let avoid: [String]
    /// Whether only paths a single source states were searched.
    public let statedOnly: Bool
    /// The paths, best first; empty when there is none ("no path" is an answer).
    public let paths: [Path]
}

extension AnalysisGraph {
    /// The `query.k` best loopless paths under `query.mode`, each hop explained.
    ///
    /// `reliable` always uses the `neglog` distance (the graph is projected again when it was
    /// projected with another). Equal-cost paths are ordered by number of hops, then vertex order.
    /// - Throws: ``AnalysisError`` for unknown names, equal endpoints, an avoided endpoint,
    ///   `k < 1` or weights the mode cannot use.
    /// - Complexity: that of Yen's algorithm, O(k · V · (V + E) log E) in the worst case.
    public func paths(_ query: PathQuery) throws(AnalysisError) -> PathSearch {
        guard vertexCount > 0 else { throw .emptySelection("no entities to connect") }
        guard query.k >= 1 else { throw .algorithm("k must be at least 1 (got \(query.k))") }
        let graph = query.mode == .reliable ? try reprojected(distance: .neglog) : self
        let source = try graph.vertex(named: query.from)
        let target = try graph.vertex(named: query.to)
        if source == target { throw .sameEndpoints(graph.display(source)) }
        var avoided: [Int] = []
        for name in query.avoiding { avoided.append(try graph.vertex(named: name)) }
        if let endpoint = avoided.first(where: { $0 == source || $0 == target }) {
            throw .avoidedEndpoint(graph.display(endpoint))
        }
        let removed = Set(avoided).sorted().map { Vertex($0) }
        let (strengths, distances) = (graph.strengths.removing(vertices: removed), graph.distances.removing(vertices: removed))
        let found: [GraphPath]
        if query.statedOnly {
            found = Array(
                graph.statedPaths(from: source, to: target, mode: query.mode, strengths: strengths, distances: distances)
                    .prefix(query.k))
        } else {
            do {
                found = try query.mode.paths(strengths: strengths, distances: distances, from: source, to: target, k: query.k)
            } catch {
                throw graph.analysisError(error)
            }
        }
        let paths = found.enumerated().map { rank, path in
            let statement = graph.statement(of: path.vertices.map { graph.ids[Int($0)] })
            return PathSearch.Path(
                rank: rank + 1, cost: path.cost, reliability: query.mode == .reliable ? exp(-path.cost) : nil,
                hopsCount: path.hopCount, entities: path.vertices.map { graph.ids[Int($0)] },
                labels: path.vertices.map { graph.labels[Int($0)] },
                hops: zip(path.vertices, path.vertices.dropFirst()).map { graph.hop(Int($0), Int($1)) },
                statedByOneSource: statement?.statedByOneSource, statedByRoutes: statement?.routes ?? [],
                composition: statement?.note)
        }
        return PathSearch(
            from: graph.reference(source), to: graph.reference(target), mode: query.mode,
            directed: graph.projection.directed, distance: graph.projection.distance, k: query.k,
            layers: selection.layers?.sorted(), avoid: removed.map { graph.ids[Int($0)] }, statedOnly: query.statedOnly,
            paths: paths)
    }

    /// The hop `u → v` with its aggregated strength and its relations.
    func hop(_ u: Int, _ v: Int) -> PathSearch.Hop {
        let relations = network.map { network in
            network.hopRelations(
                from: ids[u], to: ids[v], directed: projection.directed, includeSigned: projection.includeTension
            ).map { RelationRecord($0, in: network) }
        }
        var sources: [String] = []
        for record in relations ?? [] {
            for claim in record.relation.supportingClaims where !sources.contains(claim.location) { sources.append(claim.location) }
        }
        return PathSearch.Hop(
            from: ids[u], to: ids[v], strength: strengths.weight(from: u, to: v), relations: relations ?? [], sources: sources)
    }

    /// The same selection projected with another distance transform.
    func reprojected(distance: DistanceTransform) throws(AnalysisError) -> AnalysisGraph {
        guard projection.distance != distance else { return self }
        var options = projection
        options.distance = distance
        if let unselected { return try AnalysisGraph(network: unselected, selection: selection, projection: options) }
        return try AnalysisGraph(graph: strengths, names: ids, projection: options)
    }
}
