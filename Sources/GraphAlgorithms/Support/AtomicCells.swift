import Synchronization

/// A fixed number of atomic cells in one allocation, shared by concurrent workers (union–find
/// parents, tentative distances). The owner calls ``deallocate()`` once, after every worker is done.
struct AtomicCells<Value: AtomicRepresentable>: @unchecked Sendable {
    /// The first cell; `base[i]` is cell `i`.
    let base: UnsafeMutablePointer<Atomic<Value>>
    let count: Int

    /// `count` cells, cell `i` holding `initial(i)`. O(count).
    init(count: Int, initial: (Int) -> Value) {
        self.count = count
        base = .allocate(capacity: Swift.max(count, 1))
        for i in 0..<count { (base + i).initialize(to: Atomic(initial(i))) }
    }

    /// Frees the cells.
    func deallocate() {
        base.deinitialize(count: count)
        base.deallocate()
    }
}
