extension Graph {
    /// A Barabási–Albert preferential-attachment graph (Barabási & Albert, "Emergence of scaling in
    /// random networks", Science 286 (1999)), undirected with unit weights, built as NetworkX's
    /// classic construction: vertices `m..<n` arrive one by one and join `m` distinct earlier
    /// vertices drawn with probability proportional to their degree (the first arrival joins
    /// `0..<m`). The graph has `m (n − m)` edges.
    ///
    /// - Parameters:
    ///   - n: the number of vertices (`vertexCount`), n > m.
    ///   - m: the edges each arriving vertex adds (`edgesPerVertex`), m ≥ 1.
    ///   - seed: the random seed.
    /// - Throws: ``CommunityError/invalidParameter(_:)`` unless 1 ≤ m < n.
    /// - Complexity: O(n m) expected.
    public static func barabasiAlbert(vertexCount n: Int, edgesPerVertex m: Int, seed: UInt64) throws -> Graph {
        guard m >= 1, m < n, n < Int(Int32.max) else {
            throw CommunityError.invalidParameter("Barabási–Albert needs 1 ≤ m < n, got m = \(m), n = \(n)")
        }
        var rng = SplitMix64(seed: seed)
        var edges: [WeightedEdge] = []
        edges.reserveCapacity(m * (n - m))
        var repeated: [Int32] = []
        repeated.reserveCapacity(2 * m * (n - m))
        var targets = (0..<m).map { Int32($0) }
        for source in m..<n {
            for t in targets {
                edges.append(WeightedEdge(Vertex(source), t))
                repeated.append(t)
                repeated.append(Int32(source))
            }
            var chosen: [Int32] = []
            while chosen.count < m {
                let candidate = repeated[rng.nextIndex(below: repeated.count)]
                if !chosen.contains(candidate) { chosen.append(candidate) }
            }
            targets = chosen
        }
        return Graph(vertexCount: n, edges: edges, directed: false)
    }
}
