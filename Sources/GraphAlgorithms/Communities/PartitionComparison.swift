#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The contingency table of two labelings, as sorted non-zero cells. O(n log n).
private struct Contingency {
    /// Non-zero cells `(i, j, n_ij)` in (row, column) order.
    var cells: [(row: Int, column: Int, count: Int)] = []
    /// Row sums `a_i` (sizes of the first labeling's groups).
    var rowSums: [Int]
    /// Column sums `b_j` (sizes of the second labeling's groups).
    var columnSums: [Int]

    init(_ a: [Int], _ b: [Int]) {
        let (x, rows) = denseLabels(a)
        let (y, columns) = denseLabels(b)
        rowSums = [Int](repeating: 0, count: rows)
        columnSums = [Int](repeating: 0, count: columns)
        var codes = [Int](repeating: 0, count: a.count)
        for i in a.indices {
            rowSums[x[i]] += 1
            columnSums[y[i]] += 1
            codes[i] = x[i] * columns + y[i]
        }
        codes.sort()
        var i = 0
        while i < codes.count {
            var j = i + 1
            while j < codes.count, codes[j] == codes[i] { j += 1 }
            cells.append((codes[i] / columns, codes[i] % columns, j - i))
            i = j
        }
    }
}

/// The normalised mutual information of two labelings of the same items, with the arithmetic-mean
/// normalisation: `NMI = I(A; B) / ((H(A) + H(B)) / 2)` — scikit-learn's
/// `normalized_mutual_info_score(a, b)` default (`average_method="arithmetic"`), which equals
/// Danon et al.'s NMI (J. Stat. Mech. 2005, P09008) and igraph's `compare_communities(…, "nmi")`.
///
/// As in scikit-learn: 1 when both labelings put everything in one group (or are empty), 0 when the
/// mutual information is 0. Labels are arbitrary integers; only equality matters.
///
/// - Parameters:
///   - a: one label per item.
///   - b: one label per item, same length.
/// - Returns: a value in [0, 1]; 1 for identical partitions.
/// - Throws: ``CommunityError/lengthMismatch(_:_:)``.
/// - Complexity: O(n log n).
public func normalizedMutualInformation(_ a: [Int], _ b: [Int]) throws -> Double {
    guard a.count == b.count else { throw CommunityError.lengthMismatch(a.count, b.count) }
    let table = Contingency(a, b)
    if table.rowSums.count == table.columnSums.count, table.rowSums.count <= 1 { return 1 }
    let n = Double(a.count)
    // Mutual information, summed term by term as scikit-learn does.
    var mi = 0.0
    for cell in table.cells {
        let count = Double(cell.count)
        let outer = Double(table.rowSums[cell.row]) * Double(table.columnSums[cell.column])
        let p = count / n
        var term = p * (log(count) - log(n)) + p * (-log(outer) + log(n) + log(n))
        if abs(term) < Double.ulpOfOne { term = 0 }
        mi += term
    }
    mi = Swift.max(mi, 0)
    if mi == 0 { return 0 }
    func entropy(_ sizes: [Int]) -> Double {
        var h = 0.0
        for size in sizes where size > 0 {
            let s = Double(size)
            h -= (s / n) * (log(s) - log(n))
        }
        return h
    }
    let normalizer = (entropy(table.rowSums) + entropy(table.columnSums)) / 2
    return mi / normalizer
}

/// The adjusted Rand index of two labelings of the same items: Hubert & Arabie, "Comparing
/// partitions", J. Classification 2 (1985), computed as scikit-learn's `adjusted_rand_score`
/// from the pair confusion matrix.
///
/// - Parameters:
///   - a: one label per item.
///   - b: one label per item, same length.
/// - Returns: 1 for identical partitions, about 0 for independent ones, possibly negative; 1 when
///   no pair of items is split by one labeling and joined by the other (e.g. both all-singletons).
/// - Throws: ``CommunityError/lengthMismatch(_:_:)``.
/// - Complexity: O(n log n).
public func adjustedRandIndex(_ a: [Int], _ b: [Int]) throws -> Double {
    guard a.count == b.count else { throw CommunityError.lengthMismatch(a.count, b.count) }
    let table = Contingency(a, b)
    let n = a.count
    let sumSquares = table.cells.reduce(0) { $0 + $1.count * $1.count }
    let rowSquares = table.rowSums.reduce(0) { $0 + $1 * $1 }
    let columnSquares = table.columnSums.reduce(0) { $0 + $1 * $1 }
    // Ordered pairs, as scikit-learn's pair_confusion_matrix.
    let tp = Double(sumSquares - n)
    let fp = Double(columnSquares - sumSquares)
    let fn = Double(rowSquares - sumSquares)
    let tn = Double(n) * Double(n) - fp - fn - Double(sumSquares)
    if fn == 0 && fp == 0 { return 1 }
    return 2 * (tp * tn - fn * fp) / ((tp + fn) * (fn + tn) + (tp + fp) * (fp + tn))
}
