extension SplitMix64 {
    /// A uniform double in [0, 1).
    @inline(__always)
    mutating func nextUnit() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// A uniformly random permutation of `0..<count` (Fisher–Yates).
    mutating func permutation(_ count: Int) -> [Int32] {
        var order = (0..<count).map { Int32($0) }
        if count > 1 {
            for i in stride(from: count - 1, to: 0, by: -1) {
                order.swapAt(i, nextIndex(below: i + 1))
            }
        }
        return order
    }
}
