import Synchronization

/// A fixed number of atomic cells in one allocation, shared by concurrent workers (union–find
/// parents, tentative distances). The owner calls ``deallocate()`` once, after every worker is done.
struct AtomicCells<Value: AtomicRepresentable>: @unchecked Sendable {
    /// The first cell; `base[i]` is cell `i`.
    let base: UnsafeMutablePointer<Atomic<Value>>
    let count: Int

    /// `count` cells, cell `i` holding `initial(i)`, written in parallel over
    /// `Parallel.fixedSlices(count:)` (first touches of fresh pages cost more than the writes;
    /// `initial` must be safe to call concurrently). O(count).
    init(count: Int, initial: (Int) -> Value) {
        self.count = count
        let base = UnsafeMutablePointer<Atomic<Value>>.allocate(capacity: Swift.max(count, 1))
        self.base = base
        let ranges = Parallel.fixedSlices(count: count)
        Parallel.forEach(ranges.count) { part in
            for i in ranges[part] { (base + i).initialize(to: Atomic(initial(i))) }
        }
    }

    /// Frees the cells.
    func deallocate() {
        base.deinitialize(count: count)
        base.deallocate()
    }
}
