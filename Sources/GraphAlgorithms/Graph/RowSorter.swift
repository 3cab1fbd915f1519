/// Sorts and merges the rows of a CSR structure under construction, in place.
///
/// Rows are sorted by column, keeping entries of equal column in their input order (the order in
/// which their weights merge). Short rows use insertion sort; longer ones sort
/// `column << 32 | position` keys in scratch kept between rows.
struct RowSorter {
    /// Rows up to this length are insertion-sorted.
    private static let insertionLimit = 32
    private var keys: [UInt64] = []
    private var weightScratch: [Double] = []

    /// Sorts `columns[range]` (and `weights[range]` alongside) by column, stably.
    /// - Returns: whether some column occurs twice in the row.
    /// - Complexity: O(d²) for rows of length d ≤ 32, else O(d log d).
    mutating func sort(
        columns: UnsafeMutableBufferPointer<Vertex>, weights: UnsafeMutableBufferPointer<Double>?,
        range: Range<Int>
    ) -> Bool {
        var sorted = true
        var repeated = false
        var i = range.lowerBound + 1
        while i < range.upperBound {
            if columns[i - 1] > columns[i] {
                sorted = false
                break
            }
            if columns[i - 1] == columns[i] { repeated = true }
            i += 1
        }
        if sorted { return repeated }
        if range.count <= Self.insertionLimit {
            insertionSort(columns: columns, weights: weights, range: range)
        } else if let weights {
            keySort(columns: columns, weights: weights, range: range)
        } else {
            var row = UnsafeMutableBufferPointer(rebasing: columns[range])
            row.sort()
        }
        for i in (range.lowerBound + 1)..<range.upperBound where columns[i - 1] == columns[i] {
            return true
        }
        return false
    }

    /// Merges runs of equal columns of the sorted row `range` by `rule` into the row's first
    /// positions. - Returns: the merged row length. O(d).
    static func merge(
        columns: UnsafeMutableBufferPointer<Vertex>, weights: UnsafeMutableBufferPointer<Double>?,
        range: Range<Int>, rule: ParallelEdgeRule
    ) -> Int {
        guard !range.isEmpty else { return 0 }
        var write = range.lowerBound
        for read in (range.lowerBound + 1)..<range.upperBound {
            if columns[read] == columns[write] {
                guard let weights else { continue }
                switch rule {
                case .sum, .count: weights[write] += weights[read]
                case .max: weights[write] = Swift.max(weights[write], weights[read])
                case .min: weights[write] = Swift.min(weights[write], weights[read])
                }
                continue
            }
            write += 1
            columns[write] = columns[read]
            if let weights { weights[write] = weights[read] }
        }
        return write + 1 - range.lowerBound
    }

    private func insertionSort(
        columns: UnsafeMutableBufferPointer<Vertex>, weights: UnsafeMutableBufferPointer<Double>?,
        range: Range<Int>
    ) {
        for i in (range.lowerBound + 1)..<range.upperBound {
            let column = columns[i]
            let weight = weights?[i]
            var j = i
            while j > range.lowerBound, columns[j - 1] > column {
                columns[j] = columns[j - 1]
                weights?[j] = weights![j - 1]
                j -= 1
            }
            columns[j] = column
            if let weight { weights?[j] = weight }
        }
    }

    private mutating func keySort(
        columns: UnsafeMutableBufferPointer<Vertex>, weights: UnsafeMutableBufferPointer<Double>,
        range: Range<Int>
    ) {
        keys.removeAll(keepingCapacity: true)
        weightScratch.removeAll(keepingCapacity: true)
        for (position, e) in range.enumerated() {
            keys.append(UInt64(UInt32(bitPattern: columns[e])) << 32 | UInt64(position))
            weightScratch.append(weights[e])
        }
        keys.sort()
        for (k, key) in keys.enumerated() {
            columns[range.lowerBound + k] = Vertex(truncatingIfNeeded: key >> 32)
            weights[range.lowerBound + k] = weightScratch[Int(key & 0xFFFF_FFFF)]
        }
    }
}
