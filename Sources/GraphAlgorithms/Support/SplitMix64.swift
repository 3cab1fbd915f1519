/// SplitMix64, a small, fast, deterministic 64-bit generator (Steele, Lea & Flood, "Fast Splittable
/// Pseudorandom Number Generators", OOPSLA 2014).
///
/// Its output for a seed is fixed forever, so sampled computations are reproducible across runs,
/// platforms and versions. `Scripts/make-centrality-fixtures.py` reimplements it to compute
/// NetworkX reference values for the same samples.
public struct SplitMix64: RandomNumberGenerator, Sendable, Hashable {
    private var state: UInt64

    /// Creates a generator whose sequence is fully determined by `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `0..<bound` by rejection of the biased low range, then `% bound`.
    ///
    /// Unlike the standard library's `next(upperBound:)`, this algorithm is part of the type's
    /// contract (the fixture script mirrors it).
    /// - Precondition: `bound > 0`.
    public mutating func nextIndex(below bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        let bound = UInt64(bound)
        let threshold = (0 &- bound) % bound
        while true {
            let r = next()
            if r >= threshold { return Int(r % bound) }
        }
    }

    /// `count` distinct values from `0..<populationCount`, by a partial Fisher–Yates shuffle:
    /// for `i` in `0..<count`, swap position `i` with `i + nextIndex(below: populationCount - i)`.
    /// - Precondition: `0 <= count <= populationCount`.
    /// - Complexity: O(populationCount) time and memory.
    public mutating func sample(_ count: Int, from populationCount: Int) -> [Int] {
        precondition(count >= 0 && count <= populationCount, "sample larger than population")
        var population = Array(0..<populationCount)
        for i in 0..<count {
            population.swapAt(i, i + nextIndex(below: populationCount - i))
        }
        return Array(population[0..<count])
    }
}
