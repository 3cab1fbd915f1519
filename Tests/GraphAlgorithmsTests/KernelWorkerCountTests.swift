@testable import GraphAlgorithms
import Testing

/// The parallel traversal kernels give the same results on one worker (every parallel loop run in
/// order on the calling thread) as on all cores: BFS levels, component labels, Δ-stepping distances
/// and PageRank values, bit for bit.
@Suite("Traversal kernels: one worker and all cores agree")
struct KernelWorkerCountTests {
    /// A seeded random graph large enough for the parallel paths (at least 65,536 vertices).
    static func graph(directed: Bool, seed: UInt64) -> Graph {
        let n = 70_000
        var rng = SplitMix64(seed: seed)
        let edges = (0..<400_000).map { _ in
            WeightedEdge(
                Vertex(rng.nextIndex(below: n)), Vertex(rng.nextIndex(below: n)),
                weight: 0.1 + Double(rng.nextIndex(below: 1 << 20)) / Double(1 << 20))
        }
        return Graph(vertexCount: n, edges: edges, directed: directed)
    }

    @Test("BFS, components, Δ-stepping and PageRank on one worker equal all cores", arguments: [false, true])
    func oneWorkerEqualsAll(directed: Bool) throws {
        let graph = Self.graph(directed: directed, seed: directed ? 11 : 12)
        func run() throws -> (BreadthFirstLevels, ComponentLabeling, [Double], [Double]) {
            (
                try graph.breadthFirstLevels(from: 0), graph.connectedComponents(),
                try graph.shortestDistances(from: 0, bucketWidth: 0.05),
                try graph.pageRank(weights: .unit, tolerance: 1e-10).values
            )
        }
        let all = try run()
        let one = try Parallel.$forcedWorkerCount.withValue(1) { try run() }
        #expect(one.0 == all.0)
        #expect(one.1 == all.1)
        #expect(one.2 == all.2)
        #expect(one.3 == all.3)
        #expect(all.0.reachedCount > 1_000)
    }

    @Test("BFS with every top-down step in parallel slices equals the path engine's BFS", arguments: [false, true])
    func parallelTopDown(directed: Bool) throws {
        let graph = Self.graph(directed: directed, seed: directed ? 13 : 14)
        for source in [0, 35_000] {
            var levels = [Int32](repeating: -1, count: graph.vertexCount)
            let reached = levels.withUnsafeMutableBufferPointer { levels in
                graph.withAdjacencyBuffers { adjacency in
                    var search = DirectionOptimizingSearch(
                        adjacency: adjacency, levels: levels, parallelTopDownEdges: 0)
                    return search.run(from: source)
                }
            }
            let reference = try graph.shortestPathTree(from: source, weights: .unit).distances
            #expect(levels.map { $0 < 0 ? Double.infinity : Double($0) } == reference)
            #expect(reached == reference.filter { $0 < .infinity }.count)
        }
    }
}
