import GraphAlgorithms
import Testing

@Suite("Shortest-path core")
struct ShortestPathSearchTests {
    /// 0 → 1 → 3, 0 → 2 → 3 (two shortest paths of length 2), 3 → 4, and 5 unreachable.
    private let diamond = Graph(
        vertexCount: 6,
        edges: [
            WeightedEdge(0, 1, weight: 1), WeightedEdge(0, 2, weight: 2), WeightedEdge(1, 3, weight: 2),
            WeightedEdge(2, 3, weight: 1), WeightedEdge(3, 4, weight: 0.5), WeightedEdge(5, 0),
        ], directed: true)

    @Test("BFS counts shortest paths and reports settlement order")
    func breadthFirst() throws {
        var search = try ShortestPathSearch(graph: diamond, weights: .unit)
        search.run(from: 0)
        #expect(search.distances == [0, 1, 1, 2, 3, .infinity])
        #expect(search.pathCounts == [1, 1, 1, 2, 2, 0])
        #expect(Array(search.order) == [0, 1, 2, 3, 4])
    }

    @Test("Dijkstra counts equal-length weighted paths; reuse resets state")
    func dijkstra() throws {
        var search = try ShortestPathSearch(graph: diamond, weights: .distance)
        search.run(from: 0)
        #expect(search.distances == [0, 1, 2, 3, 3.5, .infinity])
        #expect(search.pathCounts == [1, 1, 1, 2, 2, 0])
        #expect(search.order.first == 0 && search.order.count == 5)
        search.run(from: 2)
        #expect(search.distances == [.infinity, .infinity, 0, 1, 1.5, .infinity])
        #expect(search.pathCounts == [0, 0, 1, 1, 1, 0])
        #expect(Array(search.order) == [2, 3, 4])
    }

    @Test("negative lengths are rejected")
    func negativeLength() {
        let graph = Graph(vertexCount: 2, edges: [WeightedEdge(0, 1, weight: -1)], directed: true)
        #expect(throws: CentralityError.invalidDistance(
            measure: .shortestPaths, source: 0, target: 1, weight: -1)) {
            _ = try ShortestPathSearch(graph: graph, weights: .distance)
        }
        #expect(throws: Never.self) { _ = try ShortestPathSearch(graph: graph, weights: .unit) }
    }
}
