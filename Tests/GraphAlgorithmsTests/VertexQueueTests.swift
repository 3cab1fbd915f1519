@testable import GraphAlgorithms
import Testing

/// Dijkstra's priority queue (one entry per vertex, decrease-key) against a reference.
@Suite("Dijkstra's vertex queue")
struct VertexQueueTests {
    @Test("pops by label then vertex, with labels lowered in place and inserts between pops")
    func popsInOrder() {
        var rng = SplitMix64(seed: 11)
        let n = 60
        var queue = VertexQueue(vertexCount: n)
        var reference: [Int: Double] = [:]  // queued vertex → label
        var settled = Set<Int>()
        #expect(queue.popMin() == nil)
        for round in 0..<3_000 {
            for _ in 0..<rng.nextIndex(below: 4) {
                let v = rng.nextIndex(below: n)
                guard !settled.contains(v) else { continue }
                let label = Double(rng.nextIndex(below: 40))
                if let old = reference[v], label >= old { continue }
                queue.insertOrLower(SearchQueueEntry(label: label, vertex: Vertex(v)))
                reference[v] = label
            }
            if round % 3 != 0, let smallest = reference.min(by: { ($0.value, $0.key) < ($1.value, $1.key) }) {
                let popped = queue.popMin()
                #expect(popped?.vertex == Vertex(smallest.key) && popped?.label == smallest.value)
                reference[smallest.key] = nil
                settled.insert(smallest.key)
            }
            #expect(queue.unordered.count == reference.count)
            if settled.count > n / 2 { settled.removeAll() }
        }
        var drained: [(Double, Int)] = []
        while let entry = queue.popMin() { drained.append((entry.label, Int(entry.vertex))) }
        let expected = reference.map { ($0.value, $0.key) }.sorted { $0 < $1 }
        #expect(drained.map(\.0) == expected.map(\.0) && drained.map(\.1) == expected.map(\.1))
    }

    @Test("removeAll forgets every queued vertex, which can then be queued afresh")
    func removeAll() {
        var queue = VertexQueue(vertexCount: 5)
        for (label, v) in [(3.0, 1), (1.0, 4), (2.0, 2)] {
            queue.insertOrLower(SearchQueueEntry(label: label, vertex: Vertex(v)))
        }
        queue.removeAll()
        #expect(queue.popMin() == nil)
        queue.insertOrLower(SearchQueueEntry(label: 9, vertex: 4))
        queue.insertOrLower(SearchQueueEntry(label: 5, vertex: 1))
        #expect(queue.popMin()?.vertex == 1)
        #expect(queue.popMin()?.vertex == 4)
        #expect(queue.popMin() == nil)
    }
}
