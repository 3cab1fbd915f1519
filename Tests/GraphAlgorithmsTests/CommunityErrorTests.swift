import GraphAlgorithms
import Testing

@Suite("Communities: bad input and edge cases")
struct CommunityErrorTests {
    static let algorithms = CommunityAlgorithm.allCases

    @Test("an empty graph is an error", arguments: algorithms)
    func emptyGraph(algorithm: CommunityAlgorithm) {
        let empty = Graph(vertexCount: 0, edges: [WeightedEdge](), directed: false)
        #expect(throws: CommunityError.emptyGraph) { _ = try empty.communities(using: algorithm) }
        #expect(throws: CommunityError.emptyGraph) { _ = try empty.modularity(of: []) }
    }

    @Test("zero total weight is an error: no edges, or only zero weights", arguments: algorithms)
    func zeroWeight(algorithm: CommunityAlgorithm) {
        let isolated = Graph(vertexCount: 5, edges: [WeightedEdge](), directed: false)
        #expect(throws: CommunityError.zeroTotalWeight) { _ = try isolated.communities(using: algorithm) }
        #expect(throws: CommunityError.zeroTotalWeight) { _ = try isolated.modularity(of: [0, 0, 1, 1, 2]) }
        let zeros = Graph(vertexCount: 3, edges: [WeightedEdge(0, 1, weight: 0), WeightedEdge(1, 2, weight: 0)], directed: true)
        #expect(throws: CommunityError.zeroTotalWeight) { _ = try zeros.communities(using: algorithm) }
        #expect(CommunityError.zeroTotalWeight.description.contains("modularity is undefined"))
    }

    @Test("γ must be positive and finite")
    func badResolution() {
        let graph = CommunityFixtures.karateGraph
        for gamma in [0, -1, Double.nan, Double.infinity] {
            for algorithm in [CommunityAlgorithm.leiden, .louvain, .labelPropagation] {
                #expect(throws: CommunityError.self) { _ = try graph.communities(using: algorithm, resolution: gamma) }
            }
            #expect(throws: CommunityError.self) { _ = try graph.modularity(of: [Int](repeating: 0, count: 34), resolution: gamma) }
        }
        #expect(CommunityError.invalidResolution(0).description == "the resolution must be a positive finite number, got 0.0")
    }

    @Test("negative or non-finite weights are rejected")
    func badWeights() {
        for weight in [-1, Double.nan, Double.infinity] {
            let graph = Graph(vertexCount: 3, edges: [WeightedEdge(0, 1), WeightedEdge(1, 2, weight: weight)], directed: false)
            #expect(throws: CommunityError.self) { _ = try graph.leidenCommunities() }
            #expect(throws: CommunityError.self) { _ = try graph.modularity(of: [0, 0, 0]) }
        }
    }

    @Test("isolated vertices stay alone; the rest is clustered", arguments: algorithms)
    func isolatedVertices(algorithm: CommunityAlgorithm) throws {
        // Two triangles joined by an edge, plus isolated vertices 6 and 7.
        let edges = [(0, 1), (1, 2), (0, 2), (3, 4), (4, 5), (3, 5), (2, 3)].map { WeightedEdge(Vertex($0.0), Vertex($0.1)) }
        let graph = Graph(vertexCount: 8, edges: edges, directed: false)
        let result = try graph.communities(using: algorithm)
        let m = result.membership
        #expect(m[6] != m[7] && !m[0..<6].contains(m[6]) && !m[0..<6].contains(m[7]))
        if algorithm != .labelPropagation {
            #expect(m[0] == m[1] && m[1] == m[2] && m[3] == m[4] && m[4] == m[5] && m[0] != m[3])
            #expect(result.communityCount == 4)
        }
    }

    @Test("a single vertex with a self-loop, and a single edge")
    func tiny() throws {
        let loop = Graph(vertexCount: 1, edges: [WeightedEdge(0, 0, weight: 2)], directed: false)
        let result = try loop.leidenCommunities()
        #expect(result.membership == [0] && result.communityCount == 1)
        #expect(abs(result.modularity) < 1e-15)  // L/m − (K/2m)² = 1 − 1
        let edge = Graph(vertexCount: 2, edges: [WeightedEdge(0, 1)], directed: false)
        #expect(try edge.louvainCommunities().membership == [0, 0])
    }

    @Test("bad memberships, lengths, keys and parameters")
    func badArguments() throws {
        let graph = CommunityFixtures.karateGraph
        #expect(throws: CommunityError.self) { _ = try graph.modularity(of: [0, 1]) }
        #expect(throws: CommunityError.self) { _ = try graph.modularity(of: [Int](repeating: -1, count: 34)) }
        #expect(throws: CommunityError.lengthMismatch(2, 3)) { _ = try normalizedMutualInformation([0, 1], [0, 1, 2]) }
        #expect(throws: CommunityError.lengthMismatch(2, 3)) { _ = try adjustedRandIndex([0, 1], [0, 1, 2]) }
        #expect(throws: CommunityError.self) { _ = try graph.louvainCommunities(vertexKeys: [1, 2, 3]) }
        #expect(throws: CommunityError.self) { _ = try graph.leidenCommunities(iterations: 0) }
        #expect(throws: CommunityError.self) { _ = try graph.leidenCommunities(randomness: -1) }
        #expect(throws: CommunityError.self) { _ = try graph.labelPropagationCommunities(maxRounds: 0) }
        #expect(throws: CommunityError.self) { _ = try graph.communityConsensus(using: .leiden, seeds: []) }
        // Modularity accepts any non-negative labels, contiguous or not.
        let sparse = (0..<34).map { $0 < 17 ? 1_000_000_007 : 5 }
        let dense = (0..<34).map { $0 < 17 ? 0 : 1 }
        let (a, b) = (try graph.modularity(of: sparse), try graph.modularity(of: dense))
        #expect(abs(a - b) < 1e-15)
    }
}
