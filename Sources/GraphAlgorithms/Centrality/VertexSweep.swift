/// A parallel pass over all vertices in fixed ranges balanced by the rows of one adjacency.
///
/// The ranges depend only on the graph, never on the processor count or on timing, and per-range
/// results come back in range order, so reductions over them are bitwise reproducible.
struct VertexSweep {
    let ranges: [Range<Int>]

    /// Ranges balanced by the row lengths of a CSR adjacency with `offsets`.
    init(offsets: ContiguousArray<Int>) {
        ranges = Parallel.balancedRanges(offsets: offsets)
    }

    /// Calls `body` on every range, concurrently, and sums the results in range order.
    /// `body` must write only to the entries of its own range.
    func sum(_ body: (Range<Int>) -> Double) -> Double {
        var results = [Double](repeating: 0, count: ranges.count)
        results.withUnsafeMutableBufferPointer { results in
            Parallel.forEach(ranges.count) { index in results[index] = body(ranges[index]) }
        }
        return results.reduce(0, +)
    }
}
