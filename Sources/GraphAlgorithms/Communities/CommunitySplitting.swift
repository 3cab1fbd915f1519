/// Splits every community of `membership` into its connected parts (in the working graph's rows)
/// and renumbers them in order of their smallest vertex. Splitting a disconnected community never
/// lowers modularity.
///
/// The parts are the trees of a union–find forest linked, in parallel over fixed vertex ranges,
/// across every row entry inside a community; each tree is rooted at its smallest vertex whatever
/// the interleaving, so the numbering does not depend on the core count.
/// - Complexity: O(V + E), the links spread over the cores.
func splitDisconnectedCommunities(_ g: CommunityLevelGraph, membership: CommunityBuffer<Int32>) -> Int {
    let n = g.vertexCount
    let forest = ParentForest(count: n)
    defer { forest.deallocate() }
    let ranges = Parallel.evenRanges(count: n, parts: g.targets.count >= 1 << 16 ? Swift.min(n, 64) : 1)
    let community = membership.pointer
    let offsets = g.offsets.pointer
    let targets = g.targets.pointer
    Parallel.forEach(ranges.count) { index in
        for v in ranges[index] {
            let c = community[v]
            // Rows are symmetric: each pair is linked from its smaller end.
            for e in offsets[v]..<offsets[v + 1] {
                let u = Int(targets[e])
                if u > v, community[u] == c { forest.link(v, u) }
            }
        }
    }
    forest.compress(ranges)
    let label = CommunityBuffer<Int32>(repeating: -1, count: n)
    var next: Int32 = 0
    for v in 0..<n {
        let root = forest.parent(v)
        if root == v {
            label.pointer[v] = next
            next += 1
        }
        membership.pointer[v] = label.pointer[root]
    }
    return Int(next)
}
