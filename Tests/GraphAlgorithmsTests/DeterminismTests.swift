@testable import GraphAlgorithms
import Testing

@Suite("Randomness and parallel determinism")
struct DeterminismTests {
    /// A seeded random undirected graph with integer weights.
    static func randomGraph(vertices n: Int, edges m: Int, seed: UInt64, directed: Bool) -> Graph {
        var generator = SplitMix64(seed: seed)
        let edges = (0..<m).map { _ in
            WeightedEdge(
                Vertex(generator.nextIndex(below: n)), Vertex(generator.nextIndex(below: n)),
                weight: Double(1 + generator.nextIndex(below: 4)))
        }
        return Graph(vertexCount: n, edges: edges, directed: directed)
    }

    @Test("SplitMix64 reproduces the reference sequence")
    func splitMixReference() {
        var generator = SplitMix64(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(generator.next() == 0x06C4_5D18_8009_454F)
    }

    @Test("sampling is a deterministic function of the seed")
    func samplingDeterminism() {
        let sampling = BetweennessSampling(sourceCount: 20, seed: 42)
        let first = sampling.sources(vertexCount: 100)
        #expect(first == sampling.sources(vertexCount: 100))
        #expect(Set(first).count == 20 && first.allSatisfy { $0 >= 0 && $0 < 100 })
        #expect(first != BetweennessSampling(sourceCount: 20, seed: 43).sources(vertexCount: 100))
        let all = BetweennessSampling(sourceCount: 100, seed: 1).sources(vertexCount: 100)
        #expect(Set(all).count == 100)
    }

    @Test("sampled betweenness is reproducible and k = n equals the exact result")
    func sampledBetweenness() throws {
        let graph = Self.randomGraph(vertices: 200, edges: 600, seed: 3, directed: false)
        let sampling = BetweennessSampling(sourceCount: 40, seed: 9)
        let first = try graph.betweenness(weights: .distance, sampling: sampling)
        let second = try graph.betweenness(weights: .distance, sampling: sampling)
        #expect(first == second)
        let other = try graph.betweenness(
            weights: .distance, sampling: BetweennessSampling(sourceCount: 40, seed: 10))
        #expect(first != other)
        let exact = try graph.betweenness(weights: .distance)
        let full = try graph.betweenness(
            weights: .distance, sampling: BetweennessSampling(sourceCount: 200, seed: 9))
        #expect(firstMismatch(full, exact, tolerance: 1e-12) == nil)
    }

    @Test("betweenness does not depend on the number of parallel blocks",
          arguments: [false, true])
    func betweennessBlocks(directed: Bool) throws {
        let graph = Self.randomGraph(vertices: 300, edges: 900, seed: 17, directed: directed)
        let reference = try graph.betweenness(
            weights: .distance, normalized: true, endpoints: false, sampling: nil, workerCount: 1)
        for workers in [2, 3, 8, 300] {
            let values = try graph.betweenness(
                weights: .distance, normalized: true, endpoints: false, sampling: nil,
                workerCount: workers)
            #expect(firstMismatch(values, reference, tolerance: 1e-12) == nil, "\(workers) blocks")
            let edges = try graph.edgeBetweenness(
                weights: .unit, normalized: false, sampling: nil, workerCount: workers)
            let edgeReference = try graph.edgeBetweenness(
                weights: .unit, normalized: false, sampling: nil, workerCount: 1)
            #expect(firstMismatch(edges.values, edgeReference.values, tolerance: 1e-12) == nil)
        }
        // Same configuration, repeated: bitwise equal whatever the thread timing.
        let runs = try (0..<5).map { _ in try graph.betweenness(weights: .unit) }
        #expect(runs.allSatisfy { $0 == runs[0] })
    }

    @Test("parallel sweeps are bitwise reproducible and agree with a sequential PageRank")
    func pageRankSweeps() throws {
        // Large enough for many sweep ranges.
        let graph = Self.randomGraph(vertices: 40_000, edges: 120_000, seed: 5, directed: true)
        #expect(VertexSweep(offsets: graph.inOffsets).ranges.count > 4)
        let runs = try (0..<3).map { _ in try graph.pageRank() }
        #expect(runs.allSatisfy { $0 == runs[0] })
        let small = Self.randomGraph(vertices: 500, edges: 1500, seed: 6, directed: true)
        let closeness = try (0..<3).map { _ in try small.closeness(weights: .distance) }
        #expect(closeness.allSatisfy { $0 == closeness[0] })
        let reference = sequentialPageRank(graph, iterations: runs[0].iterations)
        #expect(firstMismatch(runs[0].values, reference, tolerance: 1e-9) == nil)
    }

    /// Textbook push-style PageRank with uniform teleport and dangling redistribution.
    private func sequentialPageRank(_ graph: Graph, iterations: Int) -> [Double] {
        let n = graph.vertexCount
        var rank = [Double](repeating: 1 / Double(n), count: n)
        for _ in 0..<iterations {
            var next = [Double](repeating: 0, count: n)
            var dangling = 0.0
            for u in 0..<n {
                let range = graph.outOffsets[u]..<graph.outOffsets[u + 1]
                let strength = graph.outWeights[range].reduce(0, +)
                if strength == 0 {
                    dangling += rank[u]
                    continue
                }
                for e in range { next[Int(graph.outNeighbors[e])] += rank[u] * graph.outWeights[e] / strength }
            }
            rank = next.map { 0.85 * ($0 + dangling / Double(n)) + 0.15 / Double(n) }
        }
        return rank
    }
}
