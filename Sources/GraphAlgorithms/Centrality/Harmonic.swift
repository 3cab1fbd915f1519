extension Graph {
    /// Harmonic centrality: `H(u) = Σ_{v ≠ u} 1/d(v, u)`, with `1/∞ = 0` for vertices that cannot
    /// reach `u`, unnormalised, as NetworkX `harmonic_centrality` (distances *to* `u` for directed
    /// graphs; zero-length distances are skipped as in NetworkX).
    ///
    /// - Parameter weights: `.unit` (BFS, NetworkX `distance=None`) or `.distance` (Dijkstra;
    ///   weights must be finite and non-negative).
    /// - Throws: ``CentralityError/invalidDistance(measure:source:target:weight:)``.
    /// - Complexity: O(VE) time for unit lengths, O(V(E + V) log V) with distances; parallel over
    ///   vertices; O(pV) memory for `p` processors.
    ///
    /// M. Marchiori & V. Latora, "Harmony in the small-world", Physica A 285, 2000;
    /// P. Boldi & S. Vigna, "Axioms for Centrality", Internet Mathematics 10, 2014.
    public func harmonic(weights: PathWeights = .unit) throws(CentralityError) -> [Double] {
        try reversed.valuePerSource(weights: weights, measure: .harmonic) { search, _ in
            var total = 0.0
            for v in search.order {
                let distance = search.distances[Int(v)]
                if distance > 0 { total += 1 / distance }
            }
            return total
        }
    }
}
