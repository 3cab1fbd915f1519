extension CanonicalGraph {
    /// The canonical labels mapped back to input vertices and numbered by smallest input vertex,
    /// with the modularity on the input graph.
    func result(
        _ canonical: CommunityBuffer<Int32>, graph: Graph, resolution: Double, levels: Int, iterations: Int
    ) throws -> CommunityResult {
        var labels = [Int](repeating: 0, count: original.count)
        for x in 0..<original.count { labels[Int(original[x])] = Int(canonical.pointer[x]) }
        let (membership, count) = canonicalCommunityLabels(labels)
        let q = try graph.modularityOfValidLabels(membership, count: count, resolution: resolution)
        return CommunityResult(
            membership: membership, communityCount: count, modularity: q, levels: levels, iterations: iterations)
    }
}
