import GraphAlgorithms
import Testing

@Suite("Connectivity: components, cut vertices, bridges, dominators")
struct ConnectivityTests {
    /// Two triangles {0, 1, 2} and {3, 4, 5} joined through vertex 2 — 6 — 3, plus isolated 7.
    let bowtie = Graph(
        vertexCount: 8,
        edges: [
            WeightedEdge(0, 1), WeightedEdge(1, 2), WeightedEdge(2, 0), WeightedEdge(2, 6), WeightedEdge(6, 3),
            WeightedEdge(3, 4), WeightedEdge(4, 5), WeightedEdge(5, 3),
        ], directed: false)

    @Test("articulation points, bridges and separating vertices of a bow tie")
    func bowtieCuts() throws {
        #expect(bowtie.articulationPoints() == [2, 3, 6])
        #expect(bowtie.bridges() == [VertexPair(2, 6), VertexPair(3, 6)])
        #expect(try bowtie.separatingVertices(between: 0, and: 4) == [2, 6, 3])
        #expect(try bowtie.separatingVertices(between: 4, and: 0) == [3, 6, 2])
        #expect(try bowtie.separatingVertices(between: 0, and: 1) == [])
        #expect(try bowtie.separatingVertices(between: 2, and: 5) == [6, 3])
        #expect(try bowtie.separatingVertices(between: 0, and: 7) == nil)
        #expect(try bowtie.unavoidableIntermediaries(from: 0, to: 4) == [2, 6, 3])
        #expect(try bowtie.minimumVertexCut(from: 0, to: 4)?.members == [2])
    }

    @Test("strongly connected components are numbered by smallest vertex")
    func scc() {
        // 0 ⇄ 1 → 2 ⇄ 3, 3 → 4, 4 alone; 5 → 0.
        let graph = Graph(
            vertexCount: 6,
            edges: [
                WeightedEdge(0, 1), WeightedEdge(1, 0), WeightedEdge(1, 2), WeightedEdge(2, 3), WeightedEdge(3, 2),
                WeightedEdge(3, 4), WeightedEdge(5, 0),
            ], directed: true)
        let labels = graph.stronglyConnectedComponents()
        #expect(labels.component == [0, 0, 1, 1, 2, 3])
        #expect(labels.count == 4)
        #expect(bowtie.stronglyConnectedComponents() == bowtie.connectedComponents())
        // Direction is ignored for cut vertices: the underlying graph is the path 5-0-1-2-3-4.
        #expect(graph.articulationPoints() == [0, 1, 2, 3])
    }

    @Test("dominators of a directed graph with a bypass")
    func dominators() throws {
        // 0 → 1 → 2 → 4, 1 → 3 → 4, 4 → 5; 6 unreachable.
        let graph = Graph(
            vertexCount: 7,
            edges: [
                WeightedEdge(0, 1), WeightedEdge(1, 2), WeightedEdge(2, 4), WeightedEdge(1, 3), WeightedEdge(3, 4),
                WeightedEdge(4, 5), WeightedEdge(6, 0),
            ], directed: true)
        let tree = try graph.dominatorTree(from: 0)
        #expect((0..<7).map { tree.immediateDominator(of: $0) } == [nil, 0, 1, 1, 1, 4, nil])
        #expect(tree.intermediaries(of: 5) == [1, 4])
        #expect(tree.intermediaries(of: 6) == nil)
        #expect(tree.dominatedCounts == [5, 4, 0, 0, 1, 0, 0])
        #expect(try graph.unavoidableIntermediaries(from: 0, to: 5) == [1, 4])
        #expect(try graph.unavoidableIntermediaries(from: 5, to: 0) == nil)
        #expect(try graph.minimumVertexCut(from: 0, to: 5)?.members == [1])
        #expect(try graph.minimumVertexCut(from: 1, to: 5)?.members == [4])
    }

    @Test("a million-vertex path: iterative searches do not overflow the stack")
    func deepGraphs() throws {
        let n = 1_000_000
        var edges = (0..<(n - 1)).map { WeightedEdge(Vertex($0), Vertex($0 + 1)) }
        let undirected = Graph(vertexCount: n, edges: edges, directed: false)
        #expect(undirected.articulationPoints().count == n - 2)
        // A directed cycle: one strongly connected component; vertex i - 1 dominates i.
        edges.append(WeightedEdge(Vertex(n - 1), 0))
        let cycle = Graph(vertexCount: n, edges: edges, directed: true)
        #expect(cycle.stronglyConnectedComponents().count == 1)
        #expect(try cycle.dominatorTree(from: 0).immediateDominator(of: n - 1) == Vertex(n - 2))
    }
}
