@testable import GraphAlgorithms
import Testing

@Suite("Radix order: the permutation of a stable sort")
struct RadixOrderTests {
    @Test("equals sorting (key, index) pairs, with repeated keys, shared digits and extreme values",
          arguments: [0, 1, 2, 7, 1_000, 50_000])
    func matchesStableSort(count: Int) {
        var rng = SplitMix64(seed: UInt64(count) + 17)
        let pool: [UInt64] = [0, 1, .max, .max - 1, 1 << 63, 2047, 2048]
        let keys: [UInt64] = (0..<count).map { i in
            switch i % 4 {
            case 0: rng.next()
            case 1: pool[rng.nextIndex(below: pool.count)]
            case 2: rng.next() & 0xFFFF  // only low digits differ
            default: rng.next() << 40  // only high digits differ
            }
        }
        let expected = keys.indices.sorted { (keys[$0], $0) < (keys[$1], $1) }.map { Int32($0) }
        #expect(radixOrder(keys) == expected)
    }

    @Test("keys that are all equal keep the input order")
    func allEqual() {
        #expect(radixOrder([UInt64](repeating: 42, count: 300)) == (0..<300).map { Int32($0) })
    }
}
