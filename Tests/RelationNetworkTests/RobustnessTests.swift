import Foundation
import Testing

@testable import RelationNetwork

/// `Fixtures/network/robustness-expected.json`, written by `Scripts/make-robustness-fixtures.py`.
private struct RobustnessReference: Decodable {
    struct Entity: Decodable {
        let id: String
        let rank: Int
        let rank_min: Int
        let rank_max: Int
    }

    struct Source: Decodable {
        let id: String
        let rank_correlation: Double
    }

    let entities: [Entity]
    let sources: [Source]
}

@Suite("Robustness: what rests on each source")
struct RobustnessTests {
    static func fixture() throws -> RelationNetwork {
        try NetworkDocument.load(path: FixturePaths.fixture("network/robustness.yaml")).document.network
    }

    private static func reference() throws -> RobustnessReference {
        let data = try Data(contentsOf: URL(fileURLWithPath: FixturePaths.fixture("network/robustness-expected.json")))
        return try JSONDecoder().decode(RobustnessReference.self, from: data)
    }

    @Test("leave one source out: ranks and correlations as NetworkX and SciPy compute them")
    func leaveOneOut() throws {
        let analysis = try Self.fixture().robustness(options: RobustnessOptions(measures: [.pagerank], samples: 20))
        let reference = try Self.reference()
        #expect(analysis.entities.map(\.id) == reference.entities.map(\.id))
        for (mine, theirs) in zip(analysis.entities, reference.entities) {
            #expect(mine.rank == theirs.rank && mine.rankMin == theirs.rank_min && mine.rankMax == theirs.rank_max, "\(mine.id)")
        }
        for (mine, theirs) in zip(analysis.sources, reference.sources) {
            #expect(mine.id == theirs.id)
            #expect(abs((mine.rankCorrelation ?? .nan) - theirs.rank_correlation) <= 1e-9, "\(mine.id)")
        }
    }

    @Test("the entity whose centrality one source gives: wide span, flagged; that source correlates least")
    func oneSourceEntity() throws {
        let analysis = try Self.fixture().robustness(options: RobustnessOptions(measures: [.pagerank], samples: 100))
        let z = try #require(analysis.entities.first { $0.id == "Z" })
        #expect(z.rankMax - z.rankMin >= analysis.entities.count / 2)
        #expect(z.hingesOn == "s3")
        let lowest = analysis.sources.min { ($0.rankCorrelation ?? 1) < ($1.rankCorrelation ?? 1) }
        #expect(lowest?.id == "s3")
        // Several sources support the other top entities: their ranks hold within two places.
        for entity in analysis.entities.prefix(3) where entity.id != "Z" { #expect(entity.rankMax - entity.rankMin <= 2, "\(entity.id)") }
        // Z's ties exist only when s3 is drawn: about 1 − (2/3)³ ≈ 0.70 of the resamples.
        let zTies = analysis.relations.filter { $0.from == "Z" }
        #expect(!zTies.isEmpty && zTies.allSatisfy { $0.sources == ["s3"] && $0.support > 0.5 && $0.support < 0.9 })
        #expect(analysis.flags.contains { $0.contains("without s3") })
        // Bootstrap interval: Z sometimes first, sometimes last.
        #expect(z.rankP05 <= 2 && z.rankP95 >= 10)
    }

    @Test("deterministic for a seed; another seed resamples differently")
    func determinism() throws {
        let network = try Self.fixture()
        let first = try ResultJSON.text(network.robustness(options: RobustnessOptions(seed: 7, samples: 60)))
        let second = try ResultJSON.text(network.robustness(options: RobustnessOptions(seed: 7, samples: 60)))
        let other = try ResultJSON.text(network.robustness(options: RobustnessOptions(seed: 8, samples: 60)))
        #expect(first == second)
        #expect(first != other)
    }

    @Test("a network without sources cannot be tested for robustness")
    func noSources() throws {
        let network = RelationNetwork(
            sources: [], layers: [Layer(id: "trade", domain: "economic")],
            entities: [Entity(id: "A", kind: .state, name: "A"), Entity(id: "B", kind: .state, name: "B")],
            relations: [Relation(from: "A", to: "B", layer: "trade", strength: 1)])
        #expect(throws: AnalysisError.self) { try network.robustness() }
    }
}

@Suite("Explanations add up")
struct ExplanationTests {
    @Test("contributions sum to the score within 1e-9, for every explainable measure", arguments: AnalysisGraph.explainableMeasures)
    func sums(measure: VertexMeasure) throws {
        let curated = try NetworkDocument.load(path: FixturePaths.curatedGraph).document.network
        let graph = try AnalysisGraph(network: curated)
        for name in ["Russia", "Kazakhstan", "China", "Belarus"] {
            let explanation = try graph.explain(name, measure: measure)
            #expect(abs(explanation.total - explanation.score) <= 1e-9, "\(name) \(measure): \(explanation.total) vs \(explanation.score)")
        }
        // The score is the ranking's value (PageRank: within the ranking's tolerance).
        let table = try graph.centralityTable(measures: [measure])
        let russia = try #require(table.rows.first { $0.id == "RUS" })
        #expect(abs(russia.values[0] - (try graph.explain("RUS", measure: measure)).score) <= 1e-5)
    }

    @Test("explain Russia lists the ties and citations behind its PageRank")
    func russia() throws {
        let curated = try NetworkDocument.load(path: FixturePaths.curatedGraph).document.network
        let explanation = try AnalysisGraph(network: curated).explain("Russia")
        #expect(explanation.ties.first?.neighbour.id == "KAZ")
        #expect(explanation.ties.allSatisfy { !$0.relations.isEmpty && $0.relations.allSatisfy { !$0.citations.isEmpty } })
        #expect(explanation.rank == 2)
        let contributions = explanation.ties.map(\.contribution)
        #expect(contributions == contributions.sorted(by: >))
    }

    @Test("explain FROM TO: every claim and the disputes")
    func tie() throws {
        let curated = try NetworkDocument.load(path: FixturePaths.curatedGraph).document.network
        let tie = try AnalysisGraph(network: curated).explainTie(from: "Kazakhstan", to: "EEU")
        #expect(tie.relations.count == 1)
        #expect(tie.disputes.map(\.kind).contains(.dating))
        #expect(Set(tie.relations[0].citations.map(\.source)).count >= 2)
    }
}
