import GraphAlgorithms
import Testing

@Suite("CSR graph builder")
struct GraphBuilderTests {
    private let parallel = [
        WeightedEdge(0, 1, weight: 2), WeightedEdge(0, 1, weight: 5), WeightedEdge(0, 1, weight: 1),
        WeightedEdge(1, 2, weight: 3),
    ]

    @Test("parallel directed edges merge by rule",
          arguments: [(ParallelEdgeRule.sum, 8.0), (.max, 5), (.min, 1), (.count, 3)])
    func parallelRules(rule: ParallelEdgeRule, expected: Double) {
        let graph = Graph(vertexCount: 3, edges: parallel, directed: true, parallelEdges: rule)
        #expect(graph.edgeCount == 2)
        #expect(graph.weight(from: 0, to: 1) == expected)
        #expect(graph.weight(from: 1, to: 2) == (rule == .count ? 1 : 3))
        #expect(graph.weight(from: 1, to: 0) == nil)
        #expect(graph.inWeights[graph.inOffsets[1]] == expected)
    }

    @Test("undirected parallel edges merge across orientations",
          arguments: [(ParallelEdgeRule.sum, 5.0), (.max, 3), (.min, 2), (.count, 2)])
    func undirectedParallel(rule: ParallelEdgeRule, expected: Double) {
        let graph = Graph(
            vertexCount: 2, edges: [WeightedEdge(0, 1, weight: 2), WeightedEdge(1, 0, weight: 3)],
            directed: false, parallelEdges: rule)
        #expect(graph.edgeCount == 1)
        #expect(graph.weight(from: 0, to: 1) == expected)
        #expect(graph.weight(from: 1, to: 0) == expected)
    }

    @Test("self-loops are kept or dropped")
    func selfLoops() {
        let edges = [WeightedEdge(2, 2, weight: 4), WeightedEdge(0, 2), WeightedEdge(2, 2, weight: 1)]
        let kept = Graph(vertexCount: 3, edges: edges, directed: false, selfLoops: .keep)
        #expect(kept.weight(from: 2, to: 2) == 5)
        #expect(kept.edgeCount == 2)
        #expect(Array(kept.outNeighbors(of: 2)) == [0, 2])
        let dropped = Graph(vertexCount: 3, edges: edges, directed: false, selfLoops: .drop)
        #expect(dropped.weight(from: 2, to: 2) == nil)
        #expect(dropped.edgeCount == 1)
        let directed = Graph(vertexCount: 3, edges: edges, directed: true, selfLoops: .keep)
        #expect(directed.outDegree(of: 2) == 1 && directed.inDegree(of: 2) == 2)
    }

    @Test("directed graphs store sorted in-adjacency; reversed swaps directions")
    func inAdjacency() {
        let edges = [
            WeightedEdge(3, 1, weight: 7), WeightedEdge(0, 1, weight: 2), WeightedEdge(2, 1, weight: 5),
            WeightedEdge(1, 0, weight: 9),
        ]
        let graph = Graph(vertexCount: 4, edges: edges, directed: true)
        let range = graph.inOffsets[1]..<graph.inOffsets[2]
        #expect(Array(graph.inNeighbors[range]) == [0, 2, 3])
        #expect(Array(graph.inWeights[range]) == [2, 5, 7])
        #expect(graph.inDegree(of: 1) == 3 && graph.outDegree(of: 1) == 1)
        #expect(graph.inDegree(of: 3) == 0 && graph.outDegree(of: 3) == 1)
        let reversed = graph.reversed
        #expect(Array(reversed.outNeighbors(of: 1)) == [0, 2, 3])
        #expect(reversed.weight(from: 1, to: 3) == 7)
        #expect(reversed.weight(from: 3, to: 1) == nil)
        #expect(reversed.reversed == graph)
    }

    @Test("undirected adjacency is symmetric and counts each edge once")
    func undirectedSymmetry() {
        let graph = Graph(
            vertexCount: 4,
            edges: [WeightedEdge(0, 1), WeightedEdge(1, 2), WeightedEdge(3, 0), WeightedEdge(3, 3)],
            directed: false)
        #expect(graph.edgeCount == 4)
        #expect(graph.inOffsets == graph.outOffsets && graph.inNeighbors == graph.outNeighbors)
        #expect(Array(graph.outNeighbors(of: 0)) == [1, 3])
        #expect(Array(graph.outNeighbors(of: 3)) == [0, 3])
    }
}
