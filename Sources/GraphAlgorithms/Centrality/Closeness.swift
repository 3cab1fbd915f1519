extension Graph {
    /// Closeness centrality with the Wasserman–Faust correction for disconnected graphs.
    ///
    /// `C(u) = (r − 1)/Σ_v d(v, u) · (r − 1)/(n − 1)`, where the sum runs over the `r − 1` other
    /// vertices `v` that can reach `u` and `n` is the vertex count; 0 when no other vertex reaches
    /// `u`. For directed graphs distances are *incoming*, `d(v, u)`, as in NetworkX
    /// `closeness_centrality(G, wf_improved=True)` (which searches `G.reverse()`).
    ///
    /// - Parameter weights: `.unit` (BFS, NetworkX `distance=None`) or `.distance` (Dijkstra;
    ///   weights must be finite and non-negative).
    /// - Throws: ``CentralityError/invalidDistance(measure:source:target:weight:)``.
    /// - Complexity: O(VE) time for unit lengths, O(V(E + V) log V) with distances; parallel over
    ///   vertices; O(pV) memory for `p` processors.
    ///
    /// A. Bavelas, "Communication patterns in task-oriented groups", J. Acoust. Soc. Am. 22, 1950;
    /// S. Wasserman & K. Faust, "Social Network Analysis", Cambridge University Press, 1994.
    public func closeness(weights: PathWeights = .unit) throws(CentralityError) -> [Double] {
        let n = vertexCount
        return try reversed.valuePerSource(weights: weights, measure: .closeness) { search, _ in
            let order = search.order
            var total = 0.0
            for v in order { total += search.distances[Int(v)] }
            guard total > 0, n > 1 else { return 0 }
            let others = Double(order.count - 1)
            return others / total * (others / Double(n - 1))
        }
    }
}
