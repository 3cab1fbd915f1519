@testable import GraphAlgorithms
import Testing

/// The concurrent union–find forest behind Afforest and the split of disconnected communities:
/// links from many tasks at once, with the path halving a link does while it climbs, leave every
/// vertex under the smallest vertex of its component.
@Suite("Parent forest: concurrent links")
struct ParentForestTests {
    @Test("links of every edge from 64 concurrent slices root each component at its smallest vertex", arguments: [1, 2, 3])
    func concurrentLinks(seed: UInt64) {
        let n = 30_000
        var rng = SplitMix64(seed: seed)
        // Few enough edges for many components, some of them large and deep.
        let edges = (0..<25_000).map { _ in (rng.nextIndex(below: n), rng.nextIndex(below: n)) }
        let reference = Graph(
            vertexCount: n, edges: edges.map { WeightedEdge(Vertex($0.0), Vertex($0.1)) }, directed: false
        ).stronglyConnectedComponents()
        var smallest = [Int](repeating: n, count: reference.count)
        for v in 0..<n where smallest[reference.component[v]] == n { smallest[reference.component[v]] = v }

        let forest = ParentForest(count: n)
        defer { forest.deallocate() }
        let slices = 64
        // Slice s links edges s, s + 64, …, so that neighbouring edges race in different tasks.
        Parallel.forEach(slices) { slice in
            for index in stride(from: slice, to: edges.count, by: slices) {
                forest.link(edges[index].0, edges[index].1)
            }
        }
        forest.compress(Parallel.evenRanges(count: n, parts: 8))
        let roots = (0..<n).map { forest.parent($0) }
        #expect(roots == (0..<n).map { smallest[reference.component[$0]] })
        #expect(reference.count < n / 2)
    }
}
