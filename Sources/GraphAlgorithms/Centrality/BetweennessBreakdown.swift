/// How one vertex's betweenness is made up: the pairs whose shortest paths run through it.
public struct BetweennessBreakdown: Sendable, Hashable {
    /// One pair `(s, t)` and the share σ_st(v)/σ_st of its shortest paths through the vertex.
    public struct Pair: Sendable, Hashable {
        public let source: Int
        public let target: Int
        /// σ_st(v) / σ_st, in (0, 1].
        public let share: Double
        /// What the pair adds to the score: the share times the normalisation (twice that for an
        /// undirected pair, which counts in both orders).
        public let contribution: Double
    }

    public let vertex: Int
    /// The sum of the contributions: the vertex's betweenness.
    public let score: Double
    /// Largest contribution first (ties by source, then target). Undirected pairs once, `source < target`.
    public let pairs: [Pair]
}

extension Graph {
    /// Splits the betweenness of `v` into the pairs whose shortest paths pass through it, with the
    /// same definition and normalisation as ``betweenness(weights:normalized:endpoints:sampling:)``
    /// (no endpoints, no sampling): `c_B(v) = Σ_{s ≠ v ≠ t} σ_st(v) / σ_st`, over ordered pairs,
    /// scaled by `1/((n − 1)(n − 2))` when normalised, else halved for undirected graphs.
    ///
    /// σ_st(v) = σ_sv · (number of shortest s-paths from v to t) is counted on the same
    /// shortest-path DAG Brandes' algorithm builds (exact distance comparisons), so the pairs add up
    /// to the betweenness value.
    /// - Throws: ``CentralityError/invalidDistance(measure:source:target:weight:)`` for invalid lengths.
    /// - Complexity: one search per source, O(V · (V + E) log V) with distances, O(V · (V + E)) unit.
    public func betweennessBreakdown(
        of v: Int, weights: PathWeights = .unit, normalized: Bool = true
    ) throws(CentralityError) -> BetweennessBreakdown {
        precondition(v >= 0 && v < vertexCount, "v is not a vertex")
        let n = vertexCount
        let scale = n < 3 ? 1 : (normalized ? 1 / Double((n - 1) * (n - 2)) : (isDirected ? 1 : 0.5))
        var search = try ShortestPathSearch(graph: self, weights: weights)
        var shares: [[Int]: Double] = [:]
        var paths = [Double](repeating: 0, count: n)
        for s in vertices where s != v {
            search.run(from: s)
            guard search.distances[v].isFinite else { continue }
            // Shortest s-paths from v onwards: along DAG edges p → w with d(p) + len(p, w) == d(w).
            let order = Array(search.order)
            guard let start = order.firstIndex(of: Vertex(v)) else { continue }
            for w in order { paths[Int(w)] = 0 }
            paths[v] = 1
            for w in order[(start + 1)...] {
                let target = Int(w)
                var count = 0.0
                for e in inOffsets[target]..<inOffsets[target + 1] {
                    let p = Int(inNeighbors[e])
                    let length = weights == .unit ? 1 : inWeights[e]
                    if paths[p] > 0, search.distances[p] + length == search.distances[target] { count += paths[p] }
                }
                paths[target] = count
                guard count > 0, target != s else { continue }
                let share = search.pathCounts[v] * count / search.pathCounts[target]
                let key = isDirected || s < target ? [s, target] : [target, s]
                shares[key, default: 0] += share
            }
        }
        let pairs = shares.map { key, total in
            BetweennessBreakdown.Pair(
                source: key[0], target: key[1], share: isDirected ? total : total / 2, contribution: total * scale)
        }.sorted { a, b in
            a.contribution != b.contribution ? a.contribution > b.contribution : (a.source, a.target) < (b.source, b.target)
        }
        return BetweennessBreakdown(vertex: v, score: pairs.reduce(0) { $0 + $1.contribution }, pairs: pairs)
    }
}
