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
}
