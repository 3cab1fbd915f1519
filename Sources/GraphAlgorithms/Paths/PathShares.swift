/// The fraction of shortest paths between two vertices that pass through one intermediary.
public struct PathShare: Sendable, Hashable {
    public let vertex: Vertex
    /// `σ_sv · σ_vt / σ_st`, in (0, 1]; 1 when every shortest path passes through `vertex`.
    public let share: Double

    public init(vertex: Vertex, share: Double) {
        self.vertex = vertex
        self.share = share
    }
}

/// Single-source dependencies δ_s(v) = Σ_t σ_st(v) / σ_st (Brandes), for one source.
public struct SourceDependency: Sendable, Hashable {
    public let source: Vertex
    /// δ_s(v) per vertex: summed over all targets t ≠ s, v, the fraction of shortest s–t paths
    /// through v. 0 for the source and for unreached vertices.
    public let dependencies: [Double]
    /// Shortest distance from the source per vertex (`.infinity` when unreachable).
    public let distances: [Double]
    /// Number of vertices reached, the source included.
    public let reachedCount: Int

    /// δ_s(v) divided by the number of reachable targets (`reachedCount − 1`): the average share of
    /// the source's shortest paths to the others that pass through `v`.
    public func averageShare(of v: Int) -> Double {
        reachedCount > 1 ? dependencies[v] / Double(reachedCount - 1) : 0
    }
}

extension Graph {
    /// For every intermediary `v` on some shortest `source → target` path, the share of those paths
    /// through `v`: `σ_sv · σ_vt / σ_st`, where σ counts shortest paths. Sorted by share (descending),
    /// then vertex. Empty when `target` is unreachable or `source == target`.
    ///
    /// One ``ShortestPathSearch`` from the source gives σ_sv; σ_vt follows by counting, in reverse
    /// settlement order, the shortest-path-DAG continuations from each vertex to `target`. Edges of
    /// the DAG are detected by exact equality `d(v) + len(v, w) == d(w)`, as in NetworkX.
    ///
    /// Source: the pair dependency of U. Brandes, "A faster algorithm for betweenness centrality",
    /// *Journal of Mathematical Sociology* 25 (2001): δ_st(v) = σ_st(v) / σ_st.
    /// - Throws: ``PathError/invalidLength(source:target:weight:zeroAllowed:)`` for a length that is
    ///   not positive and finite (path counts need positive lengths).
    /// - Complexity: O((V + E) log E) (Dijkstra) or O(V + E) (BFS); O(V) memory.
    public func shortestPathShares(from source: Int, to target: Int, weights: PathWeights = .distance)
        throws(PathError) -> [PathShare]
    {
        try checkVertex(source)
        try checkVertex(target)
        let search = try countingSearch(from: source, weights: weights)
        guard source != target, search.distances[target] < .infinity else { return [] }
        var toTarget = [Double](repeating: 0, count: vertexCount)
        toTarget[target] = 1
        let unit = weights == .unit
        for v in search.order.reversed() where Int(v) != target {
            let u = Int(v)
            var total = 0.0
            for e in outOffsets[u]..<outOffsets[u + 1] {
                let w = Int(outNeighbors[e])
                if w != u && search.distances[u] + (unit ? 1 : outWeights[e]) == search.distances[w] {
                    total += toTarget[w]
                }
            }
            toTarget[u] = total
        }
        let all = search.pathCounts[target]
        var shares: [PathShare] = []
        for v in search.order where Int(v) != source && Int(v) != target {
            let share = search.pathCounts[Int(v)] * toTarget[Int(v)] / all
            if share > 0 { shares.append(PathShare(vertex: v, share: Swift.min(share, 1))) }
        }
        return shares.sorted { $0.share != $1.share ? $0.share > $1.share : $0.vertex < $1.vertex }
    }

    /// Brandes' single-source dependency accumulation from `source`: how much of the source's
    /// shortest paths to all other vertices pass through each vertex.
    ///
    /// Source: Brandes (2001), Theorem 6: δ_s(v) = Σ_{w : v ∈ P_s(w)} σ_sv / σ_sw · (1 + δ_s(w)).
    /// - Throws: as ``shortestPathShares(from:to:weights:)``.
    /// - Complexity: O((V + E) log E) (Dijkstra) or O(V + E) (BFS); O(V) memory.
    public func sourceDependency(from source: Int, weights: PathWeights = .distance) throws(PathError)
        -> SourceDependency
    {
        try checkVertex(source)
        let search = try countingSearch(from: source, weights: weights)
        var delta = [Double](repeating: 0, count: vertexCount)
        let unit = weights == .unit
        for v in search.order.reversed() {
            let u = Int(v)
            var total = 0.0
            for e in outOffsets[u]..<outOffsets[u + 1] {
                let w = Int(outNeighbors[e])
                if w != u && search.distances[u] + (unit ? 1 : outWeights[e]) == search.distances[w] {
                    total += search.pathCounts[u] / search.pathCounts[w] * (1 + delta[w])
                }
            }
            delta[u] = total
        }
        delta[source] = 0
        return SourceDependency(
            source: Vertex(source), dependencies: delta, distances: search.distances,
            reachedCount: search.order.count)
    }

    /// A completed path-counting ``ShortestPathSearch`` from `source` (positive lengths required).
    private func countingSearch(from source: Int, weights: PathWeights) throws(PathError) -> ShortestPathSearch {
        if weights == .distance { try checkLengths(allowZero: false) }
        var search = ShortestPathSearch(unvalidated: self, weights: weights, countsPaths: true)
        search.run(from: source)
        return search
    }
}
