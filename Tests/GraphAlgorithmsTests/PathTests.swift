import Foundation
import GraphAlgorithms
import Testing

@Suite("Paths on hand-checkable graphs")
struct PathTests {
    /// 0 → 1 → 3, 0 → 2 → 3 (two paths of length 3), 3 → 4 (0.5), and 5 → 0.
    let diamond = Graph(
        vertexCount: 6,
        edges: [
            WeightedEdge(0, 1, weight: 1), WeightedEdge(0, 2, weight: 2), WeightedEdge(1, 3, weight: 2),
            WeightedEdge(2, 3, weight: 1), WeightedEdge(3, 4, weight: 0.5), WeightedEdge(5, 0),
        ], directed: true)

    /// Yen's 1971 example (as on Wikipedia): C=0 D=1 E=2 F=3 G=4 H=5.
    let yenExample = Graph(
        vertexCount: 6,
        edges: [
            WeightedEdge(0, 1, weight: 3), WeightedEdge(0, 2, weight: 2), WeightedEdge(1, 3, weight: 4),
            WeightedEdge(2, 1, weight: 1), WeightedEdge(2, 3, weight: 2), WeightedEdge(2, 4, weight: 3),
            WeightedEdge(3, 4, weight: 2), WeightedEdge(3, 5, weight: 1), WeightedEdge(4, 5, weight: 2),
        ], directed: true)

    @Test("Dijkstra and BFS: equal-length ties go to the first settled (lower-index) predecessor")
    func tieBreaking() throws {
        let weighted = try #require(try diamond.shortestPath(from: 0, to: 4))
        #expect(weighted.vertices == [0, 1, 3, 4])
        #expect(weighted.cost == 3.5)
        #expect(weighted.hopCount == 3 && weighted.intermediaries == [1, 3])
        let hops = try #require(try diamond.shortestPath(from: 0, to: 3, weights: .unit))
        #expect(hops.vertices == [0, 1, 3] && hops.cost == 2)
        #expect(try diamond.shortestPath(from: 4, to: 0) == nil)
        #expect(try diamond.shortestPath(from: 2, to: 2) == GraphPath(vertices: [2], cost: 0))
        let tree = try diamond.shortestPathTree(from: 0)
        #expect(tree.distances == [0, 1, 2, 3, 3.5, .infinity])
        #expect(tree.predecessors == [-1, 0, 0, 1, 3, -1])
        #expect(tree.path(to: 5) == nil)
    }

    @Test("Yen: the three shortest loopless C → H paths of the 1971 example")
    func yen() throws {
        let paths = try yenExample.kShortestPaths(from: 0, to: 5, k: 3)
        #expect(paths.map(\.vertices) == [[0, 2, 3, 5], [0, 2, 4, 5], [0, 1, 3, 5]])
        #expect(paths.map(\.cost) == [5, 7, 8])
        let all = try yenExample.kShortestPaths(from: 0, to: 5, k: 100)
        let enumerated = try yenExample.simplePaths(from: 0, to: 5, maxHops: 5, limit: 1000)
        #expect(all.count == enumerated.paths.count)
        #expect(zip(all, all.dropFirst()).allSatisfy { $0.cost <= $1.cost })
        #expect(try yenExample.kShortestPaths(from: 5, to: 0, k: 3).isEmpty)
        #expect(try yenExample.kShortestPaths(from: 1, to: 1, k: 3).map(\.vertices) == [[1]])
    }

    @Test("undirected Yen bans both directions of a used edge")
    func yenUndirected() throws {
        // Square 0-1-2-3-0 with a diagonal 0-2 of length 3.
        let square = Graph(
            vertexCount: 4,
            edges: [
                WeightedEdge(0, 1), WeightedEdge(1, 2), WeightedEdge(2, 3), WeightedEdge(3, 0),
                WeightedEdge(0, 2, weight: 3),
            ], directed: false)
        let paths = try square.kShortestPaths(from: 0, to: 2, k: 5)
        #expect(paths.map(\.vertices) == [[0, 1, 2], [0, 3, 2], [0, 2]])
        #expect(paths.map(\.cost) == [2, 2, 3])
    }

    @Test("widest path: best bottleneck, then fewest hops; most reliable: best product")
    func widestAndReliable() throws {
        let strengths = Graph(
            vertexCount: 5,
            edges: [
                WeightedEdge(0, 3, weight: 0.3), WeightedEdge(0, 1, weight: 0.6), WeightedEdge(1, 2, weight: 0.7),
                WeightedEdge(2, 3, weight: 0.6), WeightedEdge(0, 4, weight: 0.6), WeightedEdge(4, 3, weight: 0.9),
            ], directed: false)
        let widest = try #require(try strengths.widestPath(from: 0, to: 3))
        #expect(widest.vertices == [0, 4, 3] && widest.cost == 0.6)
        let ranked = try strengths.kWidestPaths(from: 0, to: 3, k: 3)
        #expect(ranked.map(\.vertices) == [[0, 4, 3], [0, 1, 2, 3], [0, 3]])
        #expect(ranked.map(\.cost) == [0.6, 0.6, 0.3])

        let chain = Graph(
            vertexCount: 3,
            edges: [WeightedEdge(0, 1, weight: 0.9), WeightedEdge(1, 2, weight: 0.9), WeightedEdge(0, 2, weight: 0.8)],
            directed: true)
        let reliable = try #require(try chain.mostReliablePath(from: 0, to: 2))
        #expect(reliable.vertices == [0, 1, 2])
        #expect(abs(exp(-reliable.cost) - 0.81) < 1e-12)
        let both = try chain.kMostReliablePaths(from: 0, to: 2, k: 2)
        #expect(both.map(\.vertices) == [[0, 1, 2], [0, 2]])
    }

    @Test("bad arguments and weights give PathErrors, not traps")
    func errors() throws {
        #expect(throws: PathError.invalidArgument("k must be at least 1 (got 0)")) {
            _ = try yenExample.kShortestPaths(from: 0, to: 5, k: 0)
        }
        #expect(throws: PathError.vertexOutOfRange(9, vertexCount: 6)) {
            _ = try yenExample.shortestPath(from: 0, to: 9)
        }
        let negative = Graph(vertexCount: 2, edges: [WeightedEdge(0, 1, weight: -1)], directed: true)
        #expect(throws: PathError.invalidLength(source: 0, target: 1, weight: -1, zeroAllowed: true)) {
            _ = try negative.shortestPath(from: 0, to: 1)
        }
        #expect(throws: PathError.self) { _ = try negative.widestPath(from: 0, to: 1) }
        #expect(try negative.shortestPath(from: 0, to: 1, weights: .unit)?.cost == 1)
        let zero = Graph(vertexCount: 3, edges: [WeightedEdge(0, 1, weight: 0), WeightedEdge(1, 2, weight: 1)], directed: true)
        #expect(try zero.shortestPath(from: 0, to: 2)?.cost == 1)
        #expect(throws: PathError.invalidLength(source: 0, target: 1, weight: 0, zeroAllowed: false)) {
            _ = try zero.shortestPathShares(from: 0, to: 2)
        }
        #expect(throws: PathError.self) { _ = try zero.widestPath(from: 0, to: 2) }
        let big = Graph(vertexCount: 2, edges: [WeightedEdge(0, 1, weight: 2)], directed: true)
        #expect(throws: PathError.self) { _ = try big.mostReliablePath(from: 0, to: 1) }
        #expect(throws: PathError.self) { _ = try big.minimumVertexCut(from: 1, to: 1) }
        #expect(throws: PathError.self) { _ = try big.simplePaths(from: 0, to: 1, maxHops: 0, limit: 1) }
        #expect(throws: PathError.self) { _ = try big.simplePaths(from: 0, to: 1, maxHops: 2, limit: 0) }
    }

    @Test("removing vertices keeps ids and reroutes")
    func removal() throws {
        let without = yenExample.removing(vertices: [2])
        #expect(without.vertexCount == 6 && without.isDirected)
        #expect(without.edgeCount == 5)
        #expect(without.outDegree(of: 2) == 0 && without.inDegree(of: 2) == 0)
        #expect(try without.shortestPath(from: 0, to: 5)?.vertices == [0, 1, 3, 5])
        #expect(yenExample.removing(vertices: []) == yenExample)
        let undirected = Graph(
            vertexCount: 3, edges: [WeightedEdge(0, 1, weight: 2), WeightedEdge(1, 2, weight: 3)], directed: false)
        let cut = undirected.removing(vertices: [0])
        #expect(cut.edgeCount == 1 && cut.weight(from: 2, to: 1) == 3 && cut.weight(from: 0, to: 1) == nil)
    }

    @Test("shares, single-source dependency and vertex cuts on small graphs")
    func dependency() throws {
        // 0 — 1 — 2 — 3 and 0 — 4 — 2: two shortest 0–2 paths (via 1 and via 4).
        let graph = Graph(
            vertexCount: 5,
            edges: [WeightedEdge(0, 1), WeightedEdge(1, 2), WeightedEdge(2, 3), WeightedEdge(0, 4), WeightedEdge(4, 2)],
            directed: false)
        let shares = try graph.shortestPathShares(from: 0, to: 3)
        #expect(shares == [PathShare(vertex: 2, share: 1), PathShare(vertex: 1, share: 0.5), PathShare(vertex: 4, share: 0.5)])
        #expect(try graph.shortestPathShares(from: 0, to: 0).isEmpty)
        let delta = try graph.sourceDependency(from: 0)
        // δ(1) = ½ (target 2) + ½ (target 3); δ(2) = 1 (target 3).
        #expect(delta.dependencies == [0, 1, 1, 0, 1])
        #expect(delta.reachedCount == 5)
        #expect(delta.averageShare(of: 2) == 0.25)
        #expect(try graph.unavoidableIntermediaries(from: 0, to: 3) == [2])
        #expect(try graph.unavoidableIntermediaries(from: 0, to: 2) == [])
        let cut = try #require(try graph.minimumVertexCut(from: 0, to: 3))
        #expect(cut.members == [2])
        #expect(try graph.minimumVertexCut(from: 0, to: 2)?.members == [1, 4])
        #expect(try graph.minimumVertexCut(from: 0, to: 1) == nil)
    }

    @Test("bounded simple paths come in lexicographic order and respect the bounds")
    func simplePaths() throws {
        let result = try yenExample.simplePaths(from: 0, to: 5, maxHops: 3, limit: 10)
        #expect(result.paths.map(\.vertices) == [[0, 1, 3, 5], [0, 2, 3, 5], [0, 2, 4, 5]])
        #expect(result.isComplete)
        let limited = try yenExample.simplePaths(from: 0, to: 5, maxHops: 5, limit: 2)
        #expect(limited.paths.count == 2 && !limited.isComplete)
    }
}
