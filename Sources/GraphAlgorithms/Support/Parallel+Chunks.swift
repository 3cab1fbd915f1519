import Synchronization

extension Parallel {
    /// Runs `body(worker, chunk)` for every chunk in `0..<chunks`: `workers` workers (each with
    /// its own index in `0..<workers`, for per-worker scratch) take chunks in turn from a shared
    /// counter, so uneven chunks balance. Which worker runs a chunk depends on timing: `body` must
    /// give the same result whichever worker runs it, and chunks must write disjoint memory.
    /// - Complexity: O(chunks) besides the work.
    static func forEachChunk(_ chunks: Int, workers: Int, _ body: (_ worker: Int, _ chunk: Int) -> Void) {
        let active = Swift.max(1, Swift.min(workers, chunks))
        if active == 1 {
            for chunk in 0..<chunks { body(0, chunk) }
            return
        }
        let next = AtomicCells<Int>(count: 1) { _ in 0 }
        defer { next.deallocate() }
        forEach(active) { worker in
            while true {
                let chunk = next.base[0].wrappingAdd(1, ordering: .relaxed).oldValue
                if chunk >= chunks { break }
                body(worker, chunk)
            }
        }
    }
}
