@testable import GraphAlgorithms
import Testing

/// Dijkstra's priority queue against a sorted reference.
@Suite("The binary min-heap of Dijkstra's algorithm")
struct MinHeapTests {
    @Test("pops every element in ascending order, also with inserts between pops and repeated values")
    func popsInOrder() {
        var rng = SplitMix64(seed: 11)
        var heap = MinHeap<Int>()
        var reference: [Int] = []
        #expect(heap.popMin() == nil)
        for round in 0..<2_000 {
            let inserts = rng.nextIndex(below: 4)
            for _ in 0..<inserts {
                let value = rng.nextIndex(below: 50)
                heap.insert(value)
                reference.append(value)
            }
            if round % 3 != 0, let smallest = reference.min() {
                #expect(heap.popMin() == smallest)
                reference.remove(at: reference.firstIndex(of: smallest)!)
            }
            #expect(heap.unordered.sorted() == reference.sorted())
        }
        var drained: [Int] = []
        while let value = heap.popMin() { drained.append(value) }
        #expect(drained == reference.sorted())
        #expect(heap.isEmpty)
    }

    @Test("search entries come out by label, then vertex")
    func searchEntries() {
        var heap = MinHeap<SearchQueueEntry>()
        for (label, vertex) in [(2.0, 5), (1.0, 9), (2.0, 1), (0.5, 3), (1.0, 2)] {
            heap.insert(SearchQueueEntry(label: label, vertex: Vertex(vertex)))
        }
        var popped: [Int] = []
        while let entry = heap.popMin() { popped.append(Int(entry.vertex)) }
        #expect(popped == [3, 2, 9, 1, 5])
    }
}
