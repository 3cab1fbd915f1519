/// Which sources a sampled betweenness computation uses: `sourceCount` distinct vertices drawn
/// with ``SplitMix64`` seeded by `seed` (see ``SplitMix64/sample(_:from:)``).
public struct BetweennessSampling: Sendable, Hashable {
    /// Number of sampled sources `k`, in `1...vertexCount`.
    public var sourceCount: Int
    /// Seed of the generator; the same seed always selects the same sources.
    public var seed: UInt64

    public init(sourceCount: Int, seed: UInt64) {
        self.sourceCount = sourceCount
        self.seed = seed
    }

    /// The sources selected in a graph with `vertexCount` vertices, in drawing order.
    /// - Precondition: `1 <= sourceCount <= vertexCount`.
    public func sources(vertexCount: Int) -> [Vertex] {
        var generator = SplitMix64(seed: seed)
        return generator.sample(sourceCount, from: vertexCount).map { Vertex($0) }
    }
}

extension Graph {
    /// Shortest-path betweenness centrality of every vertex (Brandes' algorithm).
    ///
    /// `c_B(v) = Σ_{s ≠ v ≠ t} σ(s, t | v) / σ(s, t)`, where `σ(s, t)` is the number of shortest
    /// `s`–`t` paths and `σ(s, t | v)` the number passing through `v`. With `endpoints`, `s` and `t`
    /// count as lying on their own paths. Matches NetworkX `betweenness_centrality` exactly,
    /// including its rescaling: with `normalized` the sum is divided by the number of `(s, t)` pairs
    /// that could pass through `v`, `K(N − 1)` with `N = n` (endpoints) or `n − 1`, and `K = N`, or `k`
    /// sampled sources; otherwise it is multiplied by `N / K`, and halved for undirected graphs.
    /// With sampling and without endpoints, sampled sources are scaled with `K − 1` in place of `K`
    /// (NetworkX 3.6). Nothing is rescaled when `N < 2`.
    ///
    /// Sources are processed in parallel in fixed contiguous blocks, one per processor, each with its
    /// own accumulator; blocks are summed in block order, so results are bitwise reproducible.
    ///
    /// - Parameters:
    ///   - weights: `.unit` (BFS) or `.distance` (Dijkstra; weights must be positive and finite).
    ///   - normalized: divide by the number of possible pairs (NetworkX default `true`).
    ///   - endpoints: count path endpoints (NetworkX default `false`).
    ///   - sampling: use `k` sampled sources instead of all (Brandes & Pich 2007); `nil` for exact.
    ///     `k = n` is the exact computation.
    /// - Throws: ``CentralityError/invalidDistance(measure:source:target:weight:)`` for a
    ///   non-positive or non-finite distance; ``CentralityError/invalidArgument(measure:reason:)``
    ///   when the sample size is not in `1...n`.
    /// - Complexity: O(kE) time for unit lengths and O(k(E + V) log V) with distances, `k` the
    ///   number of sources; O(pV) memory for `p` processors.
    ///
    /// U. Brandes, "A Faster Algorithm for Betweenness Centrality", J. Math. Sociology 25(2), 2001;
    /// U. Brandes, "On Variants of Shortest-Path Betweenness Centrality and their Generic
    /// Computation", Social Networks 30(2), 2008.
    public func betweenness(
        weights: PathWeights = .unit, normalized: Bool = true, endpoints: Bool = false,
        sampling: BetweennessSampling? = nil
    ) throws(CentralityError) -> [Double] {
        try betweenness(
            weights: weights, normalized: normalized, endpoints: endpoints, sampling: sampling,
            workerCount: nil)
    }

    /// ``betweenness(weights:normalized:endpoints:sampling:)`` with an explicit number of parallel
    /// blocks (`nil`: one per processor).
    func betweenness(
        weights: PathWeights, normalized: Bool, endpoints: Bool, sampling: BetweennessSampling?,
        workerCount: Int?
    ) throws(CentralityError) -> [Double] {
        var sampled = try sampledSources(sampling, measure: .betweenness)
        if sampled?.count == vertexCount { sampled = nil }
        let totals = try brandesTotals(
            sources: sampled ?? allVertices, weights: weights, endpoints: endpoints,
            includeEdges: false, workerCount: workerCount, measure: .betweenness)
        let scale = BetweennessScale(
            vertexCount: vertexCount, normalized: normalized, directed: isDirected,
            endpoints: endpoints, sampledCount: sampled?.count)
        var isSampled = [Bool](repeating: false, count: vertexCount)
        for s in sampled ?? [] { isSampled[Int(s)] = true }
        return totals.vertex.indices.map { v in
            totals.vertex[v] * (isSampled[v] ? scale.sampledSource : scale.other)
        }
    }

    /// Shortest-path betweenness centrality of every edge (Brandes 2008).
    ///
    /// `c_B(e) = Σ_{s, t} σ(s, t | e) / σ(s, t)`, summed over ordered pairs and halved for undirected
    /// graphs unless normalised. Matches NetworkX `edge_betweenness_centrality`: with `normalized`
    /// the sum is divided by `K(n − 1)`, otherwise multiplied by `n / K` (and halved when
    /// undirected), where `K = n` or the number of sampled sources. Self-loops score 0.
    ///
    /// - Parameters: as ``betweenness(weights:normalized:endpoints:sampling:)``.
    /// - Returns: one entry per edge, sorted by source then target; undirected edges once with
    ///   `source <= target`.
    /// - Throws: as ``betweenness(weights:normalized:endpoints:sampling:)``.
    /// - Complexity: as vertex betweenness, plus O(pE) memory for per-block edge accumulators.
    public func edgeBetweenness(
        weights: PathWeights = .unit, normalized: Bool = true, sampling: BetweennessSampling? = nil
    ) throws(CentralityError) -> EdgeCentrality {
        try edgeBetweenness(
            weights: weights, normalized: normalized, sampling: sampling, workerCount: nil)
    }

    /// ``edgeBetweenness(weights:normalized:sampling:)`` with an explicit number of parallel blocks.
    func edgeBetweenness(
        weights: PathWeights, normalized: Bool, sampling: BetweennessSampling?, workerCount: Int?
    ) throws(CentralityError) -> EdgeCentrality {
        let sampled = try sampledSources(sampling, measure: .edgeBetweenness)
        let totals = try brandesTotals(
            sources: sampled ?? allVertices, weights: weights, endpoints: false,
            includeEdges: true, workerCount: workerCount, measure: .edgeBetweenness)
        let factor = BetweennessScale(
            vertexCount: vertexCount, normalized: normalized, directed: isDirected,
            endpoints: true, sampledCount: sampled?.count
        ).other
        var sources: [Vertex] = []
        var targets: [Vertex] = []
        var values: [Double] = []
        sources.reserveCapacity(edgeCount)
        targets.reserveCapacity(edgeCount)
        values.reserveCapacity(edgeCount)
        for v in vertices {
            for e in outOffsets[v]..<outOffsets[v + 1] {
                let w = Int(outNeighbors[e])
                var total = totals.edge[e]
                if !isDirected {
                    if w < v { continue }
                    if w != v, let reverse = edgeIndex(from: w, to: v) {
                        total += totals.edge[reverse]
                    }
                }
                sources.append(Vertex(v))
                targets.append(Vertex(w))
                values.append(total * factor)
            }
        }
        return EdgeCentrality(
            sources: sources, targets: targets, values: values, isDirected: isDirected)
    }

    private var allVertices: [Vertex] { vertices.map { Vertex($0) } }

    private func sampledSources(
        _ sampling: BetweennessSampling?, measure: CentralityMeasure
    ) throws(CentralityError) -> [Vertex]? {
        guard let sampling else { return nil }
        guard sampling.sourceCount >= 1, sampling.sourceCount <= vertexCount else {
            throw .invalidArgument(
                measure: measure,
                reason: "sample size \(sampling.sourceCount) is not in 1...\(vertexCount)")
        }
        return sampling.sources(vertexCount: vertexCount)
    }

    /// Brandes' dependency accumulation summed over `sources`, unscaled. Vertex sums follow
    /// NetworkX `_accumulate_basic` / `_accumulate_endpoints`; edge sums (per out-adjacency position,
    /// when `includeEdges`) follow `_accumulate_edges`.
    private func brandesTotals(
        sources: [Vertex], weights: PathWeights, endpoints: Bool, includeEdges: Bool,
        workerCount: Int?, measure: CentralityMeasure
    ) throws(CentralityError) -> BrandesTotals {
        let prototype = try ShortestPathSearch(
            graph: self, weights: weights, allowZeroLength: false, measure: measure)
        let blocks = Parallel.evenRanges(
            count: sources.count,
            parts: workerCount ?? Parallel.workerCount(forTasks: sources.count))
        let edgeSlots = includeEdges ? outNeighbors.count : 0
        var partials = [BrandesTotals](
            repeating: BrandesTotals(vertex: [], edge: []), count: blocks.count)
        partials.withUnsafeMutableBufferPointer { partials in
            Parallel.forEach(blocks.count) { block in
                var search = prototype
                var totals = BrandesTotals(
                    vertex: [Double](repeating: 0, count: vertexCount),
                    edge: [Double](repeating: 0, count: edgeSlots))
                var dependency = [Double](repeating: 0, count: vertexCount)
                for source in sources[blocks[block]] {
                    search.run(from: Int(source))
                    accumulateDependencies(
                        of: search, source: Int(source), endpoints: endpoints,
                        dependency: &dependency, totals: &totals)
                }
                partials[block] = totals
            }
        }
        var sum = BrandesTotals(
            vertex: [Double](repeating: 0, count: vertexCount),
            edge: [Double](repeating: 0, count: edgeSlots))
        for partial in partials {
            for v in 0..<vertexCount { sum.vertex[v] += partial.vertex[v] }
            for e in 0..<edgeSlots { sum.edge[e] += partial.edge[e] }
        }
        return sum
    }

    /// Adds the dependencies `δ_s(v) = Σ_{w: v ∈ P_s(w)} σ(v)/σ(w) (1 + δ_s(w))` of one search,
    /// visiting vertices in reverse settlement order and pulling from out-neighbours on shortest
    /// paths (so no predecessor lists are stored).
    private func accumulateDependencies(
        of search: ShortestPathSearch, source: Int, endpoints: Bool,
        dependency: inout [Double], totals: inout BrandesTotals
    ) {
        let unitLengths = search.weights == .unit
        let includeEdges = !totals.edge.isEmpty
        let reached = search.order.count
        outOffsets.withUnsafeBufferPointer { offsets in
            outNeighbors.withUnsafeBufferPointer { neighbors in
                outWeights.withUnsafeBufferPointer { lengths in
                    search.order.withUnsafeBufferPointer { order in
                        search.distances.withUnsafeBufferPointer { distance in
                            search.pathCounts.withUnsafeBufferPointer { sigma in
                                dependency.withUnsafeMutableBufferPointer { delta in
                                    totals.vertex.withUnsafeMutableBufferPointer { vertexTotal in
                                        totals.edge.withUnsafeMutableBufferPointer { edgeTotal in
                                            for i in stride(from: reached - 1, through: 0, by: -1) {
                                                let v = Int(order[i])
                                                let distanceV = distance[v]
                                                let sigmaV = sigma[v]
                                                var sum = 0.0
                                                for e in offsets[v]..<offsets[v + 1] {
                                                    let w = Int(neighbors[e])
                                                    let length = unitLengths ? 1 : lengths[e]
                                                    guard distanceV + length == distance[w] else {
                                                        continue
                                                    }
                                                    let share = sigmaV * ((1 + delta[w]) / sigma[w])
                                                    sum += share
                                                    if includeEdges { edgeTotal[e] += share }
                                                }
                                                delta[v] = sum
                                                if v != source {
                                                    vertexTotal[v] += endpoints ? sum + 1 : sum
                                                }
                                            }
                                            if endpoints {
                                                vertexTotal[source] += Double(reached - 1)
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Unscaled betweenness sums: per vertex, and per out-adjacency position (empty when not needed).
private struct BrandesTotals {
    var vertex: [Double]
    var edge: [Double]
}

/// The factors of NetworkX's `_rescale` (betweenness.py, 3.6).
private struct BetweennessScale {
    /// Factor for vertices that were sampled sources (equal to `other` unless sampling without
    /// endpoints).
    var sampledSource: Double
    /// Factor for every other vertex, and for edges.
    var other: Double

    init(vertexCount n: Int, normalized: Bool, directed: Bool, endpoints: Bool, sampledCount: Int?) {
        let pairs = endpoints ? n : n - 1  // N: possible (s, t) partners of a vertex
        guard pairs >= 2 else {
            sampledSource = 1
            other = 1
            return
        }
        let sources = sampledCount ?? pairs  // K
        let correction = directed ? 1 : 2
        func factor(_ k: Int) -> Double {
            guard k > 0 else { return .nan }  // 0/0 in NetworkX: no data for the only source
            return normalized
                ? 1 / Double(k * (pairs - 1)) : Double(pairs) / Double(k * correction)
        }
        other = factor(sources)
        sampledSource = sampledCount == nil || endpoints ? other : factor(sources - 1)
    }
}
