extension Graph {
    /// The length of a shortest path from `source` to every vertex, following out-edges and
    /// reading the weights as lengths (`.infinity` when unreachable), without paths or path counts.
    ///
    /// Large graphs are searched by Δ-stepping (Meyer & Sanders 2003, as in the GAP Benchmark
    /// Suite), small ones, and graphs whose weights span too many bucket widths, by Dijkstra's
    /// algorithm; both give exactly the same distances (see ``shortestPathTree(from:weights:)`` for
    /// the predecessors).
    /// - Parameters:
    ///   - source: the start vertex.
    ///   - bucketWidth: Δ, the width of a distance bucket; `nil` chooses: Dijkstra below 16,384
    ///     vertices, otherwise Δ = (mean weight) / (average degree). A given width forces
    ///     Δ-stepping unless the weights span more than 65,536 widths.
    /// - Throws: ``PathError/vertexOutOfRange(_:vertexCount:)``;
    ///   ``PathError/invalidLength(source:target:weight:zeroAllowed:)`` for a negative, NaN or
    ///   infinite weight; ``PathError/invalidArgument(_:)`` for a width that is not positive and
    ///   finite.
    /// - Complexity: O(V + E + L/Δ) for Δ-stepping with well-chosen Δ on random weights (L the
    ///   largest distance; vertices may be relaxed more than once), O((V + E) log E) worst case for
    ///   Dijkstra; O(V) memory.
    public func shortestDistances(from source: Int, bucketWidth: Double? = nil) throws(PathError)
        -> [Double]
    {
        try checkVertex(source)
        if let bucketWidth, !(bucketWidth > 0 && bucketWidth.isFinite) {
            throw .invalidArgument("the bucket width must be positive and finite, got \(bucketWidth)")
        }
        try checkLengths(allowZero: true)
        let delta = bucketWidth ?? (vertexCount >= 1 << 14 ? DeltaStepping.bucketWidth(for: self) : nil)
        if let delta, let ring = DeltaStepping.ringSize(largestWeight: outWeights.statistics.largest, bucketWidth: delta) {
            return DeltaStepping.distances(in: self, from: source, bucketWidth: delta, ringSize: ring)
        }
        var search = ShortestPathSearch(findingPathsIn: self, weights: .distance)
        search.findPaths(from: source, to: nil)
        return search.distances
    }
}
