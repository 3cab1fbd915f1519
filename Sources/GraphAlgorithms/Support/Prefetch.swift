import CMemoryHints

/// Software prefetch for kernels that visit vertices in an order the hardware cannot guess (a
/// frontier, a bucket), or read rows in order but only their first entries, skipping some rows (a
/// bottom-up BFS step, Afforest's sampling), which the hardware does not stream: a few iterations
/// ahead they request the cache lines they will read, so the misses overlap instead of following
/// one another. Hints only: results never depend on them.
enum Prefetch {
    /// How many list entries ahead a vertex's own entries (its row offset, its distance) are requested.
    static let vertexDistance = 16
    /// How many entries ahead a vertex's row is requested (its offset was requested earlier, so
    /// reading it then rarely misses).
    static let rowDistance = 6

    /// Requests the cache line holding `pointer` for reading.
    @inline(__always)
    static func read<T: ~Copyable>(_ pointer: UnsafePointer<T>) {
        memory_prefetch(pointer)
    }

    /// Requests the cache line holding `pointer` for reading.
    @inline(__always)
    static func read<T: ~Copyable>(_ pointer: UnsafeMutablePointer<T>) {
        memory_prefetch(pointer)
    }

    /// Requests every cache line of one CSR row: its neighbours (16 to a line) and, when stored,
    /// its weights (8 to a line). For a row some visits ahead, whose offsets were requested
    /// earlier. - Complexity: O(row length / 8).
    @inline(__always)
    static func row(_ row: Range<Int>, neighbors: UnsafePointer<Vertex>?, weights: UnsafePointer<Double>?) {
        if let neighbors {
            for e in stride(from: row.lowerBound, to: row.upperBound, by: 16) { read(neighbors + e) }
        }
        if let weights {
            for e in stride(from: row.lowerBound, to: row.upperBound, by: 8) { read(weights + e) }
        }
    }
}
