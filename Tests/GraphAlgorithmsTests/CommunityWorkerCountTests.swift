@testable import GraphAlgorithms
import Testing

@Suite("Communities: the same partition with one worker as with several")
struct CommunityWorkerCountTests {
    /// Runs `body` with the worker count forced to `workers`.
    func with<T>(workers: Int, _ body: () throws -> T) rethrows -> T {
        try Parallel.$forcedWorkerCount.withValue(workers) { try body() }
    }

    @Test("Louvain and Leiden: 1 worker and 3 workers give identical memberships", arguments: [false, true])
    func workerCountDoesNotMatter(directed: Bool) throws {
        // Large enough for the parallel paths: block moving, parallel rows, aggregation, refinement.
        let graph = randomWeightedGraph(vertices: 24_000, edges: 260_000, directed: directed, seed: 31)
        #expect(graph.vertexCount >= 8 * movingBlockSizes.largest)  // eight of the largest blocks
        #expect(2 * graph.edgeCount >= blockMovingThreshold)
        let louvain = try (1...3).map { workers in try with(workers: workers) { try graph.louvainCommunities(seed: 5) } }
        #expect(louvain[0] == louvain[1])
        #expect(louvain[0] == louvain[2])
        let leiden = try [1, 3].map { workers in
            try with(workers: workers) { try graph.leidenCommunities(seed: 5, iterations: 2) }
        }
        #expect(leiden[0] == leiden[1])
        #expect(leiden[0].modularity > 0)
    }
}
