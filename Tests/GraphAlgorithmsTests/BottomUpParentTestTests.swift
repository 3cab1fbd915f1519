@testable import GraphAlgorithms
import Testing

/// The bottom-up step's block test of a row against the frontier bitmap.
@Suite("Bottom-up BFS: the blocked parent test")
struct BottomUpParentTestTests {
    @Test("a row of any length holds a parent exactly when one of its entries is in the frontier")
    func everyLengthAndPosition() {
        // 200 vertices; the frontier is vertex 130 alone. Rows list vertices 0, 1, 2, … (never 130)
        // with 130 put at one position, or nowhere.
        var front = [UInt64](repeating: 0, count: 4)
        front[130 >> 6] |= 1 << UInt64(130 & 63)
        for length in 0...(3 * DirectionOptimizingSearch.parentTestBlock + 2) {
            for position in [nil] + (0..<length).map(Optional.some) {
                // The row sits at an offset inside a larger array, as rows do in a CSR.
                var entries = [Vertex](repeating: 130, count: 3) + (0..<length).map { Vertex($0) }
                    + [Vertex](repeating: 130, count: 3)
                if let position { entries[3 + position] = 130 }
                let found = front.withUnsafeBufferPointer { front in
                    entries.withUnsafeBufferPointer { sources in
                        DirectionOptimizingSearch.hasParent(in: front, among: sources, 3..<(3 + length))
                    }
                }
                #expect(found == (position != nil), "length \(length), parent at \(String(describing: position))")
            }
        }
    }
}
