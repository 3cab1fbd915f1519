/// The weights of a graph's adjacency entries, parallel to its neighbour array.
///
/// A graph whose every weight is exactly 1 stores none: the collection then answers 1 at every
/// position, so an unweighted graph of `E` edges costs no weight memory instead of `16·E` bytes.
/// Stored values are normalised on construction, so two equal weight sequences compare equal
/// whichever way they were built.
public struct EdgeWeights: RandomAccessCollection, Sendable, Hashable {
    /// The values; empty when every weight is 1.
    private let values: ContiguousArray<Double>
    /// Number of entries.
    public let count: Int
    /// Validity, largest value and sum, gathered when the weights are stored.
    let statistics: WeightStatistics

    /// Weights with the given values, stored only when some value differs from 1. O(count).
    public init(_ values: some Sequence<Double>) {
        let stored = ContiguousArray(values)
        count = stored.count
        statistics = stored.withUnsafeBufferPointer { WeightStatistics(of: $0) }
        self.values = statistics.areAllOne ? [] : stored
    }

    /// `count` weights of 1, storing nothing. O(1).
    public init(onesCount count: Int) {
        precondition(count >= 0, "negative weight count")
        self.count = count
        values = []
        statistics = WeightStatistics(onesCount: count)
    }

    /// Whether every weight is 1 (nothing is stored). O(1).
    public var areAllOne: Bool { values.isEmpty }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    /// The weight at `position`. O(1).
    @inline(__always)
    public subscript(position: Int) -> Double {
        precondition(position >= 0 && position < count, "weight index out of range")
        return values.isEmpty ? 1 : values[position]
    }

    /// Calls `body` with an unsafe view of the weights, valid only during the call.
    func withWeightBuffer<Result>(_ body: (WeightBuffer) throws -> Result) rethrows -> Result {
        if values.isEmpty { return try body(WeightBuffer(base: nil)) }
        return try values.withUnsafeBufferPointer { try body(WeightBuffer(base: $0.baseAddress)) }
    }
}

/// A read-only unsafe view of ``EdgeWeights`` for hot loops: the stored values, or 1 everywhere.
struct WeightBuffer: @unchecked Sendable {
    /// The first stored value; `nil` when every weight is 1.
    let base: UnsafePointer<Double>?

    /// Whether every weight is 1.
    var areAllOne: Bool { base == nil }

    /// The weight at `position` (not bounds-checked).
    @inline(__always)
    subscript(position: Int) -> Double {
        guard let base else { return 1 }
        return base[position]
    }
}
