/// Connected components by Afforest (M. Sutton, T. Ben-Nun & A. Barak, "Optimizing Parallel Graph
/// Connectivity Computation via Subgraph Sampling", IPDPS 2018; GAPBS `cc.cc`).
///
/// A union–find forest in which every link points from the higher root to the lower one, so each
/// tree's root is its smallest vertex. It first links every vertex to its first `sampledRounds`
/// neighbours, guesses the largest component from `sampleCount` random vertices, and then links the
/// remaining edges only of vertices outside that component: in graphs with a giant component most
/// edges are never read. Weak connectivity for directed graphs (in-edges are linked as well).
enum Afforest {
    static let sampledRounds = 2
    static let sampleCount = 1024

    /// `root[v]` is the smallest vertex of `v`'s component.
    static func roots(of graph: Graph) -> [Vertex] {
        let n = graph.vertexCount
        var roots = (0..<n).map { Vertex($0) }
        roots.withUnsafeMutableBufferPointer { parent in
            graph.withAdjacencyBuffers { adjacency in
                let (offsets, neighbors) = (adjacency.outOffsets, adjacency.outNeighbors)
                for round in 0..<sampledRounds {
                    for u in 0..<n where offsets[u] + round < offsets[u + 1] {
                        link(u, Int(neighbors[offsets[u] + round]), parent)
                    }
                    compress(parent)
                }
                let giant = mostFrequentRoot(parent)
                for u in 0..<n where Int(parent[u]) != giant {
                    for e in Swift.min(offsets[u] + sampledRounds, offsets[u + 1])..<offsets[u + 1] {
                        link(u, Int(neighbors[e]), parent)
                    }
                    guard graph.isDirected else { continue }
                    for e in adjacency.inOffsets[u]..<adjacency.inOffsets[u + 1] {
                        link(u, Int(adjacency.inNeighbors[e]), parent)
                    }
                }
                compress(parent)
            }
        }
        return roots
    }

    /// Joins the trees of `u` and `v`, hooking the higher root under the lower.
    @inline(__always)
    private static func link(_ u: Int, _ v: Int, _ parent: UnsafeMutableBufferPointer<Vertex>) {
        var p1 = Int(parent[u])
        var p2 = Int(parent[v])
        while p1 != p2 {
            let (high, low) = p1 > p2 ? (p1, p2) : (p2, p1)
            let highParent = Int(parent[high])
            if highParent == low { return }
            if highParent == high {
                parent[high] = Vertex(low)
                return
            }
            p1 = Int(parent[highParent])
            p2 = Int(parent[low])
        }
    }

    /// Points every vertex at its root. One ascending pass suffices: a parent is always smaller
    /// than its child, so it is already compressed when the child is reached.
    private static func compress(_ parent: UnsafeMutableBufferPointer<Vertex>) {
        for v in parent.indices {
            parent[v] = parent[Int(parent[v])]
        }
    }

    /// The most frequent root among `sampleCount` vertices drawn with a fixed seed (the choice
    /// affects only the running time, never the result).
    private static func mostFrequentRoot(_ parent: UnsafeMutableBufferPointer<Vertex>) -> Int {
        guard !parent.isEmpty else { return -1 }
        var rng = SplitMix64(seed: 0x0AFF_0E57)
        var counts: [Vertex: Int] = [:]
        for _ in 0..<sampleCount {
            counts[parent[rng.nextIndex(below: parent.count)], default: 0] += 1
        }
        return Int(counts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }!.key)
    }
}
