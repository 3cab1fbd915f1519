/// What the weight-driven kernels need to know of all of a graph's weights (are they valid
/// lengths, how large, how large in total), gathered once when the weights are stored so that no
/// kernel call has to read every weight again.
struct WeightStatistics: Sendable, Hashable {
    /// Every weight is non-negative and finite.
    let areNonNegativeAndFinite: Bool
    /// Every weight is exactly 1.
    let areAllOne: Bool
    /// The largest weight (0 without weights).
    let largest: Double
    /// The smallest weight (+∞ without weights).
    let smallest: Double
    /// The sum of the weights.
    let total: Double

    /// Reads `weights` once, in parallel over `Parallel.fixedSlices(count:)`, whose partial results
    /// are combined in slice order, so the total never depends on the core count. O(count).
    init(of weights: UnsafeBufferPointer<Double>) {
        let ranges = Parallel.fixedSlices(count: weights.count)
        var partials = [(valid: Bool, allOne: Bool, largest: Double, smallest: Double, total: Double)](
            repeating: (true, true, 0, .infinity, 0), count: ranges.count)
        partials.withUnsafeMutableBufferPointer { partials in
            Parallel.forEach(ranges.count) { part in
                var (valid, allOne, largest, smallest, total) = (true, true, 0.0, Double.infinity, 0.0)
                for w in weights[ranges[part]] {
                    valid = valid && w >= 0 && w < .infinity
                    allOne = allOne && w == 1
                    largest = Swift.max(largest, w)
                    smallest = Swift.min(smallest, w)
                    total += w
                }
                partials[part] = (valid, allOne, largest, smallest, total)
            }
        }
        areNonNegativeAndFinite = partials.allSatisfy(\.valid)
        areAllOne = partials.allSatisfy(\.allOne)
        largest = partials.reduce(0) { Swift.max($0, $1.largest) }
        smallest = partials.reduce(.infinity) { Swift.min($0, $1.smallest) }
        total = partials.reduce(0) { $0 + $1.total }
    }

    /// The statistics of `count` weights of 1. O(1).
    init(onesCount count: Int) {
        areNonNegativeAndFinite = true
        areAllOne = true
        largest = count > 0 ? 1 : 0
        smallest = count > 0 ? 1 : .infinity
        total = Double(count)
    }

    /// Whether every weight satisfies `rule`, read off the statistics; when this is false, some
    /// weight breaks the rule. O(1).
    func admitEvery(_ rule: WeightRule) -> Bool {
        // Valid lengths hold no NaN, so `smallest` and `largest` are the true extremes.
        guard areNonNegativeAndFinite else { return false }
        switch rule {
        case .nonNegativeFinite: return true
        case .positiveFinite: return smallest > 0
        case .positiveAtMostOne: return smallest > 0 && largest <= 1
        }
    }
}
