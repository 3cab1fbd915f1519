/// Ranks and rank correlations of score vectors, as SciPy defines them.

/// The average ranks of `values` (1 = smallest; tied values share the mean of their ranks), as
/// `scipy.stats.rankdata(method="average")`.
/// - Complexity: O(n log n).
public func averageRanks(_ values: [Double]) -> [Double] {
    let order = values.indices.sorted { values[$0] < values[$1] }
    var ranks = [Double](repeating: 0, count: values.count)
    var start = 0
    while start < order.count {
        var end = start
        while end + 1 < order.count, values[order[end + 1]] == values[order[start]] { end += 1 }
        let mean = Double(start + end) / 2 + 1
        for i in start...end { ranks[order[i]] = mean }
        start = end + 1
    }
    return ranks
}

/// Spearman's rank correlation of two equally long score vectors: Pearson's correlation of their
/// average ranks (`scipy.stats.spearmanr`). `nil` when either vector is constant or shorter than 2.
/// - Complexity: O(n log n).
public func spearmanCorrelation(_ a: [Double], _ b: [Double]) -> Double? {
    precondition(a.count == b.count, "equally long vectors")
    return pearsonCorrelation(averageRanks(a), averageRanks(b))
}

/// Pearson's correlation, `nil` when either vector is constant or shorter than 2.
/// - Complexity: O(n).
public func pearsonCorrelation(_ a: [Double], _ b: [Double]) -> Double? {
    precondition(a.count == b.count, "equally long vectors")
    guard a.count >= 2 else { return nil }
    let n = Double(a.count)
    let (meanA, meanB) = (a.reduce(0, +) / n, b.reduce(0, +) / n)
    var (covariance, varianceA, varianceB) = (0.0, 0.0, 0.0)
    for (x, y) in zip(a, b) {
        covariance += (x - meanA) * (y - meanB)
        varianceA += (x - meanA) * (x - meanA)
        varianceB += (y - meanB) * (y - meanB)
    }
    guard varianceA > 0, varianceB > 0 else { return nil }
    return covariance / (varianceA * varianceB).squareRoot()
}

/// Kendall's τ-b of two equally long score vectors, with the tie correction of
/// `scipy.stats.kendalltau`: (P − Q) / √((P + Q + Tₐ)(P + Q + T_b)) over all pairs, where Tₐ and
/// T_b count pairs tied in one vector only. `nil` when either vector is constant.
/// - Complexity: O(n²); fine for the entity counts of sourced networks.
public func kendallTauB(_ a: [Double], _ b: [Double]) -> Double? {
    precondition(a.count == b.count, "equally long vectors")
    var (concordant, discordant, tiedA, tiedB) = (0.0, 0.0, 0.0, 0.0)
    for i in a.indices {
        for j in (i + 1)..<a.count {
            let (x, y) = (a[i] - a[j], b[i] - b[j])
            if x == 0 && y == 0 { continue }
            if x == 0 { tiedA += 1 } else if y == 0 { tiedB += 1 } else if (x > 0) == (y > 0) { concordant += 1 } else { discordant += 1 }
        }
    }
    let denominator = ((concordant + discordant + tiedA) * (concordant + discordant + tiedB)).squareRoot()
    guard denominator > 0 else { return nil }
    return (concordant - discordant) / denominator
}

/// The `q`-th percentile (0…100) of `values` with linear interpolation between the closest ranks,
/// as `numpy.percentile`'s default; `nil` for no values.
/// - Complexity: O(n log n).
public func percentile(_ values: [Double], _ q: Double) -> Double? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    let position = q / 100 * Double(sorted.count - 1)
    let low = Int(position.rounded(.down))
    let high = min(low + 1, sorted.count - 1)
    return sorted[low] + (sorted[high] - sorted[low]) * (position - Double(low))
}
