extension Graph {
    /// An Erdős–Rényi G(n, m) graph: `m` distinct undirected edges chosen uniformly among the
    /// `n (n − 1) / 2` pairs, no self-loops, unit weights (Erdős & Rényi, "On random graphs I",
    /// 1959).
    ///
    /// - Parameters:
    ///   - n: the number of vertices (`vertexCount`), n ≥ 0.
    ///   - m: the number of edges (`edgeCount`), 0 ≤ m ≤ n (n − 1) / 2.
    ///   - seed: the random seed.
    /// - Throws: ``CommunityError/invalidParameter(_:)`` for m out of range.
    /// - Complexity: O(n + m) expected when m is at most half the pairs (rejection of repeats).
    public static func randomGNM(vertexCount n: Int, edgeCount m: Int, seed: UInt64) throws -> Graph {
        let pairs = n > 1 ? n * (n - 1) / 2 : 0
        guard n >= 0, n < Int(Int32.max), m >= 0, m <= pairs else {
            throw CommunityError.invalidParameter("G(n, m) needs 0 ≤ m ≤ n(n − 1)/2, got n = \(n), m = \(m)")
        }
        var rng = SplitMix64(seed: seed)
        var seen = Set<UInt64>(minimumCapacity: m)
        var edges: [WeightedEdge] = []
        edges.reserveCapacity(m)
        while edges.count < m {
            let u = rng.nextIndex(below: n)
            let v = rng.nextIndex(below: n)
            if u == v { continue }
            let (low, high) = u < v ? (u, v) : (v, u)
            if seen.insert(UInt64(low) << 32 | UInt64(high)).inserted {
                edges.append(WeightedEdge(Vertex(low), Vertex(high)))
            }
        }
        return Graph(vertexCount: n, edges: edges, directed: false)
    }
}
