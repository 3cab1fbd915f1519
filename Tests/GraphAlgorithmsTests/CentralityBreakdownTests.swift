import Foundation
import GraphAlgorithms
import Testing

/// `Fixtures/explain.json`, written by `Scripts/make-explain-fixtures.py` from NetworkX.
private struct ExplainFixtures: Decodable {
    struct Graph: Decodable {
        let name: String
        let vertices: [Vertex]
    }

    struct Vertex: Decodable {
        let vertex: Int
        let betweenness: Double
        /// `[s, t, share]`.
        let pairs: [[Double]]
        let pagerank: Double
        /// `[u, inflow]`.
        let inflows: [[Double]]
    }

    let graphs: [Graph]

    static let shared: ExplainFixtures = {
        do {
            return try JSONDecoder().decode(ExplainFixtures.self, from: Data(contentsOf: fixtureURL("explain.json")))
        } catch {
            fatalError("cannot load explain.json: \(error)")
        }
    }()
}

@Suite("Centrality breakdowns match NetworkX and add up")
struct CentralityBreakdownTests {
    @Test("betweenness: every pair's share as NetworkX counts it; contributions sum to the score", arguments: [
        "directed-weighted", "undirected-weighted", "disconnected",
    ])
    func betweenness(name: String) throws {
        let graph = CentralityFixtures.graph(named: name).graph
        let reference = try #require(ExplainFixtures.shared.graphs.first { $0.name == name })
        let scores = try graph.betweenness(weights: .distance)
        for expected in reference.vertices {
            let breakdown = try graph.betweennessBreakdown(of: expected.vertex, weights: .distance)
            #expect(abs(breakdown.score - scores[expected.vertex]) <= 1e-12, "sums to the library's score")
            #expect(abs(breakdown.score - expected.betweenness) <= 1e-9, "equals NetworkX")
            let shares = Dictionary(uniqueKeysWithValues: breakdown.pairs.map { ([$0.source, $0.target], $0.share) })
            #expect(shares.count == expected.pairs.count, "\(name) vertex \(expected.vertex)")
            for pair in expected.pairs {
                let share = shares[[Int(pair[0]), Int(pair[1])]]
                #expect(share.map { abs($0 - pair[2]) <= 1e-12 } == true, "\(name) \(pair)")
            }
        }
    }

    @Test("PageRank: each in-neighbour's inflow as NetworkX's ranks give it; the terms add up", arguments: [
        "directed-weighted", "undirected-weighted", "disconnected",
    ])
    func pageRank(name: String) throws {
        let graph = CentralityFixtures.graph(named: name).graph
        let reference = try #require(ExplainFixtures.shared.graphs.first { $0.name == name })
        let ranks = try graph.pageRank(tolerance: 1e-15, maxIterations: 10_000).values
        for expected in reference.vertices {
            let breakdown = graph.pageRankBreakdown(of: expected.vertex, ranks: ranks)
            #expect(abs(breakdown.residual) <= 1e-12)
            #expect(abs(breakdown.score - expected.pagerank) <= 1e-9)
            let inflows = breakdown.inflows.sorted { $0.source < $1.source }
            #expect(inflows.map(\.source) == expected.inflows.map { Int($0[0]) })
            for (mine, theirs) in zip(inflows, expected.inflows) { #expect(abs(mine.value - theirs[1]) <= 1e-9) }
        }
    }
}
