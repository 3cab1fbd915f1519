import Synchronization

/// The parent labels of a union–find forest (Afforest's, and the split of disconnected
/// communities), shared by concurrent linkers: atomic 32-bit cells with relaxed ordering (every
/// write moves a label down to a smaller vertex of the same component, so a stale read only costs
/// another loop turn). Whatever the interleaving of links, each tree ends rooted at its smallest
/// vertex.
struct ParentForest: @unchecked Sendable {
    let cells: UnsafeMutablePointer<Atomic<Int32>>
    private let storage: AtomicCells<Int32>
    var count: Int { storage.count }

    /// A forest of `count` singletons.
    init(count: Int) {
        storage = AtomicCells(count: count) { Int32($0) }
        cells = storage.base
    }

    func deallocate() { storage.deallocate() }

    @inline(__always) func parent(_ v: Int) -> Int { Int(cells[v].load(ordering: .relaxed)) }

    @inline(__always) func setParent(of v: Int, to parent: Int) {
        cells[v].store(Int32(parent), ordering: .relaxed)
    }

    /// Joins the trees of `u` and `v`, hooking the higher root under the lower. While it climbs, it
    /// halves the path it walks (a vertex found below its parent's parent is pointed at it:
    /// R. Tarjan & J. van Leeuwen, "Worst-case analysis of set union algorithms", JACM 1984), so the
    /// chains that hooks within one pass build up are shortened for every later link through them;
    /// the stored label is an ancestor in the same tree, so a racing writer can only store another.
    @inline(__always) func link(_ u: Int, _ v: Int) {
        var p1 = parent(u)
        var p2 = parent(v)
        while p1 != p2 {
            let (high, low) = p1 > p2 ? (p1, p2) : (p2, p1)
            let highParent = parent(high)
            if highParent == low { return }
            if highParent == high,
                cells[high].compareExchange(
                    expected: Int32(high), desired: Int32(low), ordering: .relaxed
                ).exchanged
            {
                return
            }
            let grandparent = parent(highParent)
            if grandparent != highParent { setParent(of: high, to: grandparent) }
            p1 = grandparent
            p2 = parent(low)
        }
    }

    /// Points every vertex at its root, in parallel over `ranges` (which cover every vertex).
    /// - Complexity: O(V) when the trees are shallow, as after linking with ``link(_:_:)``.
    func compress(_ ranges: [Range<Int>]) {
        Parallel.forEach(ranges.count) { index in
            for v in ranges[index] {
                while true {
                    let up = self.parent(v)
                    let grandparent = self.parent(up)
                    if up == grandparent { break }
                    setParent(of: v, to: grandparent)
                }
            }
        }
    }
}
