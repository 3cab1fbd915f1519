import GraphAlgorithms
import Testing

@Suite("Weight validation")
struct WeightValidationTests {
    @Test("each rule admits exactly its range; NaN never")
    func rules() {
        let samples: [Double] = [-1, -0.0, 0, 0.5, 1, 2, .infinity, -.infinity, .nan]
        #expect(samples.map(WeightRule.nonNegativeFinite.admits)
            == [false, true, true, true, true, true, false, false, false])
        #expect(samples.map(WeightRule.positiveFinite.admits)
            == [false, false, false, true, true, true, false, false, false])
        #expect(samples.map(WeightRule.positiveAtMostOne.admits)
            == [false, false, false, true, true, false, false, false, false])
    }

    @Test("the first invalid edge is the smallest (source, target), whatever the insertion order")
    func firstInvalid() {
        let edges = [
            WeightedEdge(3, 1, weight: -2), WeightedEdge(2, 0, weight: 0.5), WeightedEdge(2, 3, weight: 0),
            WeightedEdge(0, 1, weight: 1),
        ]
        let directed = Graph(vertexCount: 4, edges: edges, directed: true)
        #expect(directed.firstInvalidWeight(.nonNegativeFinite) == InvalidWeight(source: 3, target: 1, weight: -2))
        #expect(directed.firstInvalidWeight(.positiveFinite) == InvalidWeight(source: 2, target: 3, weight: 0))
        #expect(directed.firstInvalidWeight(.positiveAtMostOne) == InvalidWeight(source: 2, target: 3, weight: 0))
        // Undirected: the edge {3, 1} is first seen from its smaller endpoint.
        let undirected = Graph(vertexCount: 4, edges: edges, directed: false)
        #expect(undirected.firstInvalidWeight(.nonNegativeFinite) == InvalidWeight(source: 1, target: 3, weight: -2))
        let valid = Graph(vertexCount: 2, edges: [WeightedEdge(0, 1, weight: 1)], directed: true)
        #expect(valid.firstInvalidWeight(.positiveAtMostOne) == nil)
    }

    @Test("every algorithm family reports the same first invalid edge in its own error")
    func sharedFinding() {
        let graph = Graph(
            vertexCount: 3, edges: [WeightedEdge(0, 1, weight: 1), WeightedEdge(1, 2, weight: .infinity)],
            directed: true)
        #expect(throws: PathError.invalidLength(source: 1, target: 2, weight: .infinity, zeroAllowed: true)) {
            _ = try graph.shortestPath(from: 0, to: 2)
        }
        #expect(throws: CentralityError.invalidDistance(
            measure: .betweenness, source: 1, target: 2, weight: .infinity)) {
            _ = try graph.betweenness(weights: .distance)
        }
        #expect(throws: CommunityError.invalidWeight(source: 1, target: 2, weight: .infinity)) {
            _ = try graph.louvainCommunities()
        }
    }
}
