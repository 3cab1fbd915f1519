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

extension Graph {
    /// Weights of the in-adjacency as strengths: the stored weights, or all ones for `.unit`.
    func inStrengths(_ weights: StrengthWeights) -> ContiguousArray<Double> {
        switch weights {
        case .strength: return inWeights
        case .unit: return ContiguousArray(repeating: 1, count: inNeighbors.count)
        }
    }

    /// Weights of the out-adjacency as strengths: the stored weights, or all ones for `.unit`.
    func outStrengths(_ weights: StrengthWeights) -> ContiguousArray<Double> {
        switch weights {
        case .strength: return outWeights
        case .unit: return ContiguousArray(repeating: 1, count: outNeighbors.count)
        }
    }
}
