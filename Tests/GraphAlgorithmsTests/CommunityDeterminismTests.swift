import GraphAlgorithms
import Testing

@Suite("Communities: determinism, input-order independence, consensus")
struct CommunityDeterminismTests {
    static let algorithms = CommunityAlgorithm.allCases

    @Test("same seed, same partition; the default seed is fixed", arguments: algorithms)
    func sameSeed(algorithm: CommunityAlgorithm) throws {
        let graph = randomWeightedGraph(vertices: 500, edges: 2000, directed: false, seed: 21)
        let first = try graph.communities(using: algorithm, seed: 9)
        let second = try graph.communities(using: algorithm, seed: 9)
        #expect(first == second)
        #expect(try graph.communities(using: algorithm) == graph.communities(using: algorithm, seed: CommunityAlgorithm.defaultSeed))
    }

    /// Runs `algorithm` on `graph` and on its relabelling by `permutation`, and checks that the
    /// second partition is the first one relabelled.
    func checkMapsOver(
        _ graph: Graph, _ algorithm: CommunityAlgorithm, permutationSeed: UInt64, keys: [UInt64]? = nil
    ) throws {
        let n = graph.vertexCount
        let permutation = randomPermutation(n, seed: permutationSeed)
        let permuted = relabel(graph, by: permutation)
        var permutedKeys: [UInt64]?
        if let keys {
            var moved = [UInt64](repeating: 0, count: n)
            for v in 0..<n { moved[permutation[v]] = keys[v] }
            permutedKeys = moved
        }
        for seed: UInt64 in [1, 2, 3] {
            let original = try graph.communities(using: algorithm, seed: seed, vertexKeys: keys)
            let relabelled = try permuted.communities(using: algorithm, seed: seed, vertexKeys: permutedKeys)
            let pulledBack = (0..<n).map { relabelled.membership[permutation[$0]] }
            #expect(canonicalCommunityLabels(pulledBack).membership == original.membership,
                    "\(algorithm) seed \(seed): the partition does not map over")
            #expect(abs(original.modularity - relabelled.modularity) < 1e-12)
            #expect(original.communityCount == relabelled.communityCount)
        }
    }

    @Test("relabelled vertices give the relabelled partition (weighted, undirected)", arguments: algorithms)
    func permutedUndirected(algorithm: CommunityAlgorithm) throws {
        let graph = randomWeightedGraph(vertices: 400, edges: 1500, directed: false, seed: 4)
        try checkMapsOver(graph, algorithm, permutationSeed: 99)
    }

    @Test("relabelled vertices give the relabelled partition (directed)", arguments: algorithms)
    func permutedDirected(algorithm: CommunityAlgorithm) throws {
        let graph = randomWeightedGraph(vertices: 300, edges: 1200, directed: true, seed: 8)
        try checkMapsOver(graph, algorithm, permutationSeed: 5)
    }

    @Test("with vertex keys, even symmetric unweighted graphs map over", arguments: algorithms)
    func permutedWithKeys(algorithm: CommunityAlgorithm) throws {
        // The karate club has structurally identical members (e.g. 17 and 21); keys tell them apart.
        let karate = CommunityFixtures.karateGraph
        let keys = (0..<34).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 }
        try checkMapsOver(karate, algorithm, permutationSeed: 17, keys: keys)
        let planted = try Graph.plantedPartition(blockCount: 8, blockSize: 60, pIn: 0.2, pOut: 0.01, seed: 2)
        try checkMapsOver(planted.graph, algorithm, permutationSeed: 3, keys: (0..<480).map { UInt64($0) })
    }

    @Test("structural keys suffice on an unweighted random graph", arguments: algorithms)
    func permutedUnweighted(algorithm: CommunityAlgorithm) throws {
        let planted = try Graph.plantedPartition(blockCount: 6, blockSize: 80, pIn: 0.15, pOut: 0.01, seed: 12)
        try checkMapsOver(planted.graph, algorithm, permutationSeed: 44)
    }

    @Test("consensus: co-assignment, firmness and best run")
    func consensus() throws {
        let graph = CommunityFixtures.karateGraph
        let seeds = Array(UInt64(1)...12)
        let consensus = try graph.communityConsensus(using: .louvain, seeds: seeds)
        #expect(consensus.runs.count == 12)
        for (seed, run) in zip(seeds, consensus.runs) {
            #expect(run == (try graph.louvainCommunities(seed: seed)), "run \(seed) differs from a lone run")
        }
        let best = consensus.best
        #expect(consensus.runs.allSatisfy { $0.modularity <= best.modularity })
        let matrix = consensus.coAssignmentMatrix()
        #expect(matrix.count == 34 * 34)
        for u in 0..<34 {
            #expect(matrix[u * 34 + u] == 1)
            for v in 0..<34 {
                #expect(abs(matrix[u * 34 + v] - matrix[v * 34 + u]) < 1e-15)
                #expect(abs(matrix[u * 34 + v] - consensus.coAssignment(u, v)) < 1e-12)
            }
        }
        // Firmness is the mean co-assignment of member pairs.
        let firmness = try consensus.firmness(of: best.membership)
        #expect(firmness.count == best.communityCount)
        for (c, members) in best.communities.enumerated() {
            var sum = 0.0
            var pairs = 0
            for i in members.indices { for j in members.indices where i < j {
                sum += matrix[members[i] * 34 + members[j]]
                pairs += 1
            } }
            #expect(abs(firmness[c] - sum / Double(pairs)) < 1e-12)
            #expect(firmness[c] > 0 && firmness[c] <= 1)
        }
        #expect(consensus.agreement > 0.5 && consensus.agreement <= 1)
        // Clear-cut blocks are perfectly firm.
        let planted = try Graph.plantedPartition(blockCount: 4, blockSize: 50, pIn: 0.5, pOut: 0.005, seed: 1)
        let firm = try planted.graph.communityConsensus(using: .leiden, seeds: [1, 2, 3, 4, 5])
        #expect(try firm.firmness(of: firm.best.membership).allSatisfy { $0 == 1 })
        #expect(firm.agreement == 1)
    }

    @Test("generators are seeded and have the promised sizes")
    func generators() throws {
        let a = try Graph.plantedPartition(blockCount: 5, blockSize: 200, pIn: 0.1, pOut: 0.01, seed: 3)
        let b = try Graph.plantedPartition(blockCount: 5, blockSize: 200, pIn: 0.1, pOut: 0.01, seed: 3)
        #expect(a.graph == b.graph && a.membership == b.membership)
        // Expected edges: 5 · C(200, 2) · 0.1 + C(5, 2) · 200² · 0.01 = 9950 + 4000.
        let expected = 13_950.0
        #expect(abs(Double(a.graph.edgeCount) - expected) < 5 * expected.squareRoot())
        var inside = 0
        for v in 0..<1000 {
            for u in a.graph.outNeighbors(of: v) where Int(u) > v && a.membership[Int(u)] == a.membership[v] { inside += 1 }
        }
        #expect(abs(Double(inside) - 9950) < 5 * 9950.0.squareRoot())
        let complete = try Graph.stochasticBlockModel(blockSizes: [4, 3], probabilities: [[1, 0], [0, 1]], seed: 1)
        #expect(complete.graph.edgeCount == 6 + 3)
        #expect(complete.membership == [0, 0, 0, 0, 1, 1, 1])
        let ba = try Graph.barabasiAlbert(vertexCount: 1000, edgesPerVertex: 3, seed: 1)
        #expect(ba.edgeCount == 3 * 997)
        #expect(ba == (try Graph.barabasiAlbert(vertexCount: 1000, edgesPerVertex: 3, seed: 1)))
        let gnm = try Graph.randomGNM(vertexCount: 500, edgeCount: 4000, seed: 2)
        #expect(gnm.edgeCount == 4000)
        #expect(gnm.vertices.allSatisfy { gnm.weight(from: $0, to: $0) == nil })
        #expect(throws: CommunityError.self) { _ = try Graph.randomGNM(vertexCount: 4, edgeCount: 7, seed: 1) }
        #expect(throws: CommunityError.self) { _ = try Graph.barabasiAlbert(vertexCount: 3, edgesPerVertex: 3, seed: 1) }
        #expect(throws: CommunityError.self) {
            _ = try Graph.stochasticBlockModel(blockSizes: [2, 2], probabilities: [[0.5, 0.1], [0.2, 0.5]], seed: 1)
        }
    }
}
