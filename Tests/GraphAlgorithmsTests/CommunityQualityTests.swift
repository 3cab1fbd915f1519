import GraphAlgorithms
import Testing

@Suite("Communities: modularity, NMI and ARI against NetworkX/scikit-learn; quality")
struct CommunityQualityTests {
    @Test("modularity equals NetworkX's on every fixture partition (γ = 1, 0.5, 2)")
    func modularityMatchesNetworkX() throws {
        let graphs = CommunityFixtures.modularity.graphs
        #expect(graphs.count >= 5)
        #expect(graphs.contains { $0.directed } && graphs.contains { !$0.directed })
        #expect(graphs.contains { g in g.edges.contains { $0[0] == $0[1] } }, "self-loops covered")
        for fixture in graphs {
            let graph = fixture.graph
            for c in fixture.cases {
                let q = try graph.modularity(of: c.membership, resolution: c.resolution)
                #expect(abs(q - c.modularity) <= 1e-12, "\(fixture.name) γ=\(c.resolution): \(q) vs \(c.modularity)")
            }
        }
    }

    @Test("NMI and ARI equal scikit-learn's definitions")
    func comparisonMatchesReference() throws {
        for c in CommunityFixtures.comparison.cases {
            let nmi = try normalizedMutualInformation(c.a, c.b)
            let ari = try adjustedRandIndex(c.a, c.b)
            #expect(abs(nmi - c.nmi) <= 1e-12, "NMI \(nmi) vs \(c.nmi) for \(c.a.prefix(8))…")
            #expect(abs(ari - c.ari) <= 1e-12, "ARI \(ari) vs \(c.ari) for \(c.a.prefix(8))…")
            // Both are symmetric.
            #expect(abs(try normalizedMutualInformation(c.b, c.a) - nmi) <= 1e-12)
            #expect(abs(try adjustedRandIndex(c.b, c.a) - ari) <= 1e-12)
        }
    }

    @Test("karate club: best of 10 seeds reaches the optimum 0.4198 (Leiden and Louvain)")
    func karate() throws {
        let graph = CommunityFixtures.karateGraph
        #expect(graph.edgeCount == 78)
        var bestLeiden = -1.0
        var bestLouvain = -1.0
        for seed in UInt64(1)...10 {
            let leiden = try graph.leidenCommunities(seed: seed)
            let louvain = try graph.louvainCommunities(seed: seed)
            bestLeiden = max(bestLeiden, leiden.modularity)
            bestLouvain = max(bestLouvain, louvain.modularity)
            #expect(communitiesAreConnected(graph, leiden.membership))
            // The reported modularity is the modularity of the reported partition.
            #expect(abs(leiden.modularity - (try graph.modularity(of: leiden.membership))) < 1e-15)
        }
        #expect(bestLeiden >= 0.4196, "Leiden best \(bestLeiden)")
        #expect(bestLouvain >= 0.4196, "Louvain best \(bestLouvain)")
        #expect(bestLeiden <= CommunityFixtures.karate.bestKnownModularity + 1e-12)
        // Leiden's default seed alone finds the four-community optimum.
        let optimum = try graph.leidenCommunities(iterations: nil)
        #expect(optimum.communityCount == 4)
        #expect(abs(optimum.modularity - CommunityFixtures.karate.bestKnownModularity) < 1e-12)
        // Label propagation finds something sensible.
        let lpa = try graph.labelPropagationCommunities()
        #expect(lpa.modularity > 0.1)
    }

    @Test("planted 20-block SBM (500 per block, p_in 0.05, p_out 0.001): NMI ≥ 0.95")
    func plantedPartition() throws {
        let planted = try Graph.plantedPartition(blockCount: 20, blockSize: 500, pIn: 0.05, pOut: 0.001, seed: 7)
        #expect(planted.graph.vertexCount == 10_000)
        for algorithm in CommunityAlgorithm.allCases {
            let result = try planted.graph.communities(using: algorithm)
            let nmi = try normalizedMutualInformation(result.membership, planted.membership)
            #expect(nmi >= 0.95, "\(algorithm): NMI \(nmi)")
            #expect(try adjustedRandIndex(result.membership, planted.membership) >= 0.9)
            if algorithm == .leiden { #expect(communitiesAreConnected(planted.graph, result.membership)) }
        }
    }

    @Test("every Leiden community is connected", arguments: [false, true])
    func leidenConnected(directed: Bool) throws {
        for seed in UInt64(1)...6 {
            let graph = randomWeightedGraph(vertices: 400, edges: 900, directed: directed, seed: seed)
            for resolution in [0.5, 1, 3] {
                let result = try graph.leidenCommunities(resolution: resolution, seed: seed, iterations: 1)
                #expect(communitiesAreConnected(graph, result.membership), "seed \(seed) γ \(resolution)")
            }
        }
        // A Barabási–Albert graph.
        let ba = try Graph.barabasiAlbert(vertexCount: 3000, edgesPerVertex: 2, seed: 3)
        #expect(communitiesAreConnected(ba, try ba.leidenCommunities().membership))
    }

    @Test("directed graphs optimise directed modularity")
    func directed() throws {
        let graph = randomWeightedGraph(vertices: 300, edges: 1200, directed: true, seed: 5)
        let singletons = try graph.modularity(of: Array(0..<300))
        for algorithm in CommunityAlgorithm.allCases {
            let result = try graph.communities(using: algorithm)
            #expect(abs(result.modularity - (try graph.modularity(of: result.membership))) < 1e-15)
            #expect(result.modularity > singletons + 0.1, "\(algorithm): \(result.modularity)")
        }
        // Leiden at least matches Louvain here.
        let leiden = try graph.leidenCommunities(iterations: nil)
        let louvain = try graph.louvainCommunities()
        #expect(leiden.modularity >= louvain.modularity - 0.01)
    }

    @Test("resolution: larger γ gives more, smaller communities")
    func resolution() throws {
        let graph = CommunityFixtures.karateGraph
        let coarse = try graph.leidenCommunities(resolution: 0.3)
        let fine = try graph.leidenCommunities(resolution: 3)
        #expect(coarse.communityCount < fine.communityCount)
        #expect(abs(fine.modularity - (try graph.modularity(of: fine.membership, resolution: 3))) < 1e-15)
    }

    @Test("communities are numbered by smallest vertex")
    func canonicalNumbering() throws {
        #expect(canonicalCommunityLabels([7, 7, 3, 9, 3]) == ([0, 0, 1, 2, 1], 3))
        #expect(canonicalCommunityLabels([-5, 1_000_000, -5]) == ([0, 1, 0], 2))
        #expect(canonicalCommunityLabels([]) == ([], 0))
        let result = try CommunityFixtures.karateGraph.louvainCommunities()
        var next = 0
        for label in result.membership {
            #expect(label <= next)
            if label == next { next += 1 }
        }
        #expect(next == result.communityCount)
        #expect(result.communities.map(\.count).reduce(0, +) == 34)
    }
}
