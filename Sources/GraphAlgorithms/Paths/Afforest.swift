import Synchronization

/// Connected components by Afforest (M. Sutton, T. Ben-Nun & A. Barak, "Optimizing Parallel Graph
/// Connectivity Computation via Subgraph Sampling", IPDPS 2018; GAPBS `cc.cc`).
///
/// A union–find forest in which every link points from the higher root to the lower one, so each
/// tree's root is its smallest vertex. It first links every vertex to its first `sampledRounds`
/// neighbours, guesses the largest component from `sampleCount` random vertices, and then links the
/// remaining edges only of vertices outside that component: in graphs with a giant component most
/// edges are never read. Weak connectivity for directed graphs (in-edges are linked as well).
///
/// Every pass runs in parallel over fixed vertex ranges; links are compare-and-swap hooks of a root
/// onto a smaller vertex. Whatever the interleaving, each tree ends rooted at the smallest vertex of
/// its component, so the result does not depend on the core count or the scheduling.
enum Afforest {
    static let sampledRounds = 2
    static let sampleCount = 1024

    /// `labels[v]` numbers `v`'s component: 0, 1, … in order of each component's smallest vertex;
    /// also returns the number of components.
    static func labels(of graph: Graph) -> (labels: [Int], count: Int) {
        let n = graph.vertexCount
        let forest = ParentForest(count: n)
        defer { forest.deallocate() }
        let ranges = Parallel.balancedRanges(offsets: graph.outOffsets)
        graph.withAdjacencyBuffers { adjacency in
            let (offsets, neighbors) = (adjacency.outOffsets, adjacency.outNeighbors)
            let rows = neighbors.baseAddress
            for round in 0..<sampledRounds {
                Parallel.forEach(ranges.count) { index in
                    let range = ranges[index]
                    for u in range {
                        // Two stages: the row two distances ahead (rows are read in order, but
                        // only their first entries: the hardware does not stream them), the
                        // forest cell of the neighbour one distance ahead.
                        let ahead = u + Prefetch.vertexDistance
                        let farther = ahead + Prefetch.vertexDistance
                        if let rows, farther < range.upperBound { Prefetch.read(rows + offsets[farther]) }
                        if ahead < range.upperBound, offsets[ahead] + round < offsets[ahead + 1] {
                            Prefetch.read(forest.cells + Int(neighbors[offsets[ahead] + round]))
                        }
                        if offsets[u] + round < offsets[u + 1] {
                            forest.link(u, Int(neighbors[offsets[u] + round]))
                        }
                    }
                }
                forest.compress(ranges)
            }
            let giant = mostFrequentRoot(forest)
            Parallel.forEach(ranges.count) { index in
                for u in ranges[index] where forest.parent(u) != giant {
                    for e in Swift.min(offsets[u] + sampledRounds, offsets[u + 1])..<offsets[u + 1] {
                        forest.link(u, Int(neighbors[e]))
                    }
                    guard graph.isDirected else { continue }
                    for e in adjacency.inOffsets[u]..<adjacency.inOffsets[u + 1] {
                        forest.link(u, Int(adjacency.inNeighbors[e]))
                    }
                }
            }
            forest.compress(ranges)
        }
        return number(forest, ranges)
    }

    /// Numbers the trees of a compressed forest (every vertex pointing at its root, the smallest
    /// vertex of its tree) in order of their roots, in three parallel passes over the fixed
    /// `ranges`: count the roots of each range, number them from the range's prefix sum, then copy
    /// each root's number to the vertices under it. Every label is written once, by the range that
    /// owns its vertex, so no array is filled twice. O(V) time, O(number of ranges) extra memory.
    private static func number(_ forest: ParentForest, _ ranges: [Range<Int>]) -> (labels: [Int], count: Int) {
        var rootCounts = [Int](repeating: 0, count: ranges.count)
        rootCounts.withUnsafeMutableBufferPointer { rootCounts in
            Parallel.forEach(ranges.count) { index in
                var count = 0
                for v in ranges[index] where forest.parent(v) == v { count += 1 }
                rootCounts[index] = count
            }
        }
        var firstNumbers = [Int](repeating: 0, count: ranges.count)
        var total = 0
        for index in ranges.indices {
            firstNumbers[index] = total
            total += rootCounts[index]
        }
        let labels = [Int](unsafeUninitializedCapacity: forest.count) { labels, initialized in
            let labels = UnsafeMutableBufferPointer(rebasing: labels[...])
            Parallel.forEach(ranges.count) { index in
                var number = firstNumbers[index]
                for v in ranges[index] where forest.parent(v) == v {
                    labels.initializeElement(at: v, to: number)
                    number += 1
                }
            }
            Parallel.forEach(ranges.count) { index in
                for v in ranges[index] {
                    let root = forest.parent(v)
                    if root != v { labels.initializeElement(at: v, to: labels[root]) }
                }
            }
            initialized = forest.count
        }
        return (labels, total)
    }

    /// The most frequent root among `sampleCount` vertices drawn with a fixed seed (the choice
    /// affects only the running time, never the result).
    private static func mostFrequentRoot(_ forest: ParentForest) -> Int {
        guard forest.count > 0 else { return -1 }
        var rng = SplitMix64(seed: 0x0AFF_0E57)
        var counts: [Int: Int] = [:]
        for _ in 0..<sampleCount {
            counts[forest.parent(rng.nextIndex(below: forest.count)), default: 0] += 1
        }
        return counts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key ?? -1
    }
}
