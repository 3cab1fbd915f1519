/// The identity labelling of `count` vertices (every vertex its own community).
func singletonMembership(_ count: Int) -> CommunityBuffer<Int32> {
    CommunityBuffer<Int32>((0..<count).map { Int32($0) })
}

/// Louvain on a working graph: levels of local moving (from singletons) and aggregation until a
/// level merges nothing; then, from the coarsest level down, the partition is carried to each
/// finer level and local moving runs there again, starting from it (the multilevel refinement of
/// Rotta & Noack, "Multilevel local search algorithms for modularity clustering", ACM JEA 16
/// (2011), as NetworKit's PLM with `refine`). Refinement only moves vertices that raise the
/// quality, so it never lowers modularity.
/// - Returns: the level-0 labels in first-appearance order, and the number of aggregations.
/// - Complexity: O(E) per pass over a level's vertices; the refinement adds about one pass per
///   level.
func louvainPartition(_ g0: CommunityLevelGraph, rng: inout SplitMix64) -> (CommunityBuffer<Int32>, Int) {
    var graphs: [CommunityLevelGraph] = []
    var maps: [CommunityBuffer<Int32>] = []
    var g = g0
    while true {
        let membership = singletonMembership(g.vertexCount)
        _ = moveVertices(g, membership: membership, order: rng.permutation(g.vertexCount), allowEmpty: false)
        let count = renumberCommunities(membership)
        if count == g.vertexCount { break }
        graphs.append(g)
        maps.append(membership)
        g = aggregate(g, membership: membership, count: count)
    }
    guard let last = maps.last else { return (singletonMembership(g0.vertexCount), 0) }
    // The level just below the coarsest one ended its local moving in this very partition.
    var partition = last
    for level in (0..<(graphs.count - 1)).reversed() {
        let map = maps[level].pointer
        let fine = graphs[level]
        let next = CommunityBuffer<Int32>(repeating: 0, count: fine.vertexCount)
        for v in 0..<fine.vertexCount { next.pointer[v] = partition.pointer[Int(map[v])] }
        _ = moveVertices(fine, membership: next, order: rng.permutation(fine.vertexCount), allowEmpty: false)
        partition = next
    }
    _ = renumberCommunities(partition)
    return (partition, graphs.count)
}
