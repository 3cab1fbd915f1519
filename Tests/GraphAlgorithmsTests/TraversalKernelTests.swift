import GraphAlgorithms
import Testing

/// The GAPBS-style kernels (direction-optimising BFS, Afforest components, Δ-stepping) against hand
/// cases and against the library's other engines on seeded random graphs: the path-search engine's
/// BFS and Dijkstra (kept for path trees and betweenness), and Tarjan's strongly connected
/// components of the symmetric graph.
@Suite("Traversal kernels: direction-optimising BFS, Afforest, Δ-stepping")
struct TraversalKernelTests {
    /// A seeded random graph with `n` vertices and about `m` edges, weights drawn from `weight`.
    static func random(
        n: Int, m: Int, directed: Bool, seed: UInt64, weight: (inout SplitMix64) -> Double = { _ in 1 }
    ) -> Graph {
        var rng = SplitMix64(seed: seed)
        let edges = (0..<m).map { _ in
            WeightedEdge(
                Vertex(rng.nextIndex(below: n)), Vertex(rng.nextIndex(below: n)), weight: weight(&rng))
        }
        return Graph(vertexCount: n, edges: edges, directed: directed)
    }

    /// The edges of `graph` as an undirected graph (direction ignored).
    static func symmetric(_ graph: Graph) -> Graph {
        var edges: [WeightedEdge] = []
        for u in graph.vertices {
            for v in graph.outNeighbors(of: u) { edges.append(WeightedEdge(Vertex(u), v)) }
        }
        return Graph(vertexCount: graph.vertexCount, edges: edges, directed: false)
    }

    @Test("BFS levels of a small directed graph, by hand")
    func bfsHand() throws {
        // 0 → 1 → 2 → 3, 0 → 2, 4 → 0; 5 isolated.
        let graph = Graph(
            vertexCount: 6,
            edges: [
                WeightedEdge(0, 1), WeightedEdge(1, 2), WeightedEdge(2, 3), WeightedEdge(0, 2), WeightedEdge(4, 0),
            ], directed: true)
        let result = try graph.breadthFirstLevels(from: 0)
        #expect(result.levels == [0, 1, 1, 2, -1, -1])
        #expect(result.reachedCount == 4)
        #expect(result.isReachable(3) && !result.isReachable(4))
        #expect(try graph.breadthFirstLevels(from: 4).levels == [1, 2, 2, 3, 0, -1])
        #expect(throws: PathError.self) { _ = try graph.breadthFirstLevels(from: 6) }
        // Every vertex reached by a top-down step: the search stops there.
        let path = Graph(vertexCount: 3, edges: [WeightedEdge(2, 1), WeightedEdge(1, 0)], directed: false)
        let fromEnd = try path.breadthFirstLevels(from: 2)
        #expect(fromEnd.levels == [2, 1, 0] && fromEnd.reachedCount == 3)
    }

    @Test(
        "BFS levels equal the path engine's BFS distances on random graphs (bottom-up steps included)",
        arguments: [
            (false, 3_000, 60_000), (true, 20_000, 200_000), (false, 20_000, 15_000), (true, 50, 400),
            (false, 70_000, 500_000),
        ])
    func bfsRandom(directed: Bool, n: Int, m: Int) throws {
        let graph = Self.random(n: n, m: m, directed: directed, seed: UInt64(n + m))
        for source in [0, n / 2, n - 1] {
            let levels = try graph.breadthFirstLevels(from: source)
            let reference = try graph.shortestPathTree(from: source, weights: .unit).distances
            #expect(levels.levels.map { $0 < 0 ? Double.infinity : Double($0) } == reference)
            #expect(levels.reachedCount == reference.filter { $0 < .infinity }.count)
        }
    }

    @Test("components of a small directed graph, by hand")
    func componentsHand() {
        // Weakly: {0, 1, 2} through 2 → 0 and 1 → 2; {3, 5}; {4}; {6, 7}.
        let graph = Graph(
            vertexCount: 8,
            edges: [WeightedEdge(1, 2), WeightedEdge(2, 0), WeightedEdge(5, 3), WeightedEdge(7, 6)], directed: true)
        let labels = graph.connectedComponents()
        #expect(labels.component == [0, 0, 0, 1, 2, 1, 3, 3])
        #expect(labels.count == 4)
        #expect(labels.sizes == [3, 2, 1, 2])
    }

    @Test(
        "Afforest components equal the strongly connected components of the symmetric graph",
        arguments: [(false, 5_000, 2_400), (true, 5_000, 2_400), (false, 20_000, 100_000), (true, 20_000, 30_000)])
    func componentsRandom(directed: Bool, n: Int, m: Int) {
        let graph = Self.random(n: n, m: m, directed: directed, seed: UInt64(7 * n + m))
        let reference = Self.symmetric(graph).stronglyConnectedComponents()
        #expect(graph.connectedComponents() == reference)
    }

    @Test("Δ-stepping distances of a small weighted graph, by hand")
    func deltaHand() throws {
        // 0 → 1 (4), 0 → 2 (1), 2 → 1 (2), 1 → 3 (0), 3 → 4 (7.5); 5 unreachable.
        let graph = Graph(
            vertexCount: 6,
            edges: [
                WeightedEdge(0, 1, weight: 4), WeightedEdge(0, 2, weight: 1), WeightedEdge(2, 1, weight: 2),
                WeightedEdge(1, 3, weight: 0), WeightedEdge(3, 4, weight: 7.5),
            ], directed: true)
        for width in [0.5, 1, 3, 100] {
            #expect(try graph.shortestDistances(from: 0, bucketWidth: width) == [0, 3, 1, 3, 10.5, .infinity])
        }
        #expect(try graph.shortestDistances(from: 0) == [0, 3, 1, 3, 10.5, .infinity])
        #expect(throws: PathError.self) { _ = try graph.shortestDistances(from: 0, bucketWidth: 0) }
        let negative = Graph(vertexCount: 2, edges: [WeightedEdge(0, 1, weight: -1)], directed: true)
        #expect(throws: PathError.self) { _ = try negative.shortestDistances(from: 0) }
    }

    @Test(
        "Δ-stepping distances equal Dijkstra's exactly on random weighted graphs (parallel rounds included)",
        arguments: [(false, 2_000, 20_000), (true, 3_000, 30_000), (false, 20_000, 60_000), (true, 50_000, 400_000)])
    func deltaRandom(directed: Bool, n: Int, m: Int) throws {
        // Weights with few significant bits (some zero) and arbitrary doubles.
        for discrete in [true, false] {
            let graph = Self.random(n: n, m: m, directed: directed, seed: UInt64(n ^ m)) { rng -> Double in
                let draw = Double(rng.nextIndex(below: discrete ? 8 : 1 << 30))
                return discrete ? draw / 4 : 0.1 + draw / Double(1 << 30)
            }
            for source in [0, n - 1] {
                let reference = try graph.shortestPathTree(from: source, weights: .distance).distances
                for width in [0.05, 0.3, 2] {
                    #expect(try graph.shortestDistances(from: source, bucketWidth: width) == reference)
                }
                #expect(try graph.shortestDistances(from: source) == reference)
            }
        }
    }
}
