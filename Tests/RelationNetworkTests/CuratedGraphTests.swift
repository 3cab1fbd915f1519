import Foundation
import Testing
@testable import RelationNetwork

@Suite("The curated Kazakhstan graph")
struct CuratedGraphTests {
    static let seedsPresent = FileManager.default.fileExists(atPath: FixturePaths.seeds)

    func network() throws -> RelationNetwork {
        let sources = Self.seedsPresent ? FixturePaths.seeds : nil
        return try NetworkDocument.load(path: FixturePaths.curatedGraph, sourcesDirectory: sources).document.network
    }

    @Test("every citation checks against the seed articles", .enabled(if: seedsPresent))
    func citationsCheck() throws {
        let (_, warnings) = try NetworkDocument.load(path: FixturePaths.curatedGraph, sourcesDirectory: FixturePaths.seeds)
        #expect(warnings.isEmpty)
    }

    @Test("it reaches the counts a complete reading gives")
    func counts() throws {
        let network = try network()
        #expect(network.isCurated)
        #expect(network.sources.count == 5)
        #expect(network.entities.count >= 45)
        // 129 since the dated duplicates (EEU, Customs Union, EPCA ×2) became one relation each with a
        // dating dispute (was 133, floor 130).
        #expect(network.relations.count >= 129)
        #expect(Set(network.relations.map(\.layer)).count >= 8)
        #expect(network.relations.allSatisfy { !$0.citations.isEmpty })
        #expect(network.relations.allSatisfy { $0.citations.allSatisfy { !$0.evidence.isEmpty } })
        #expect(!network.assessments.isEmpty)
        #expect(network.relations.contains { !$0.figures.isEmpty })
    }

    @Test("contradictory datings are one relation with a dispute; stated routes join")
    func disputesAndRoutes() throws {
        let network = try network()
        let membership = network.relations.filter { $0.from == "KAZ" && $0.to == "EEU" && $0.layer == "member_of" }
        #expect(membership.count == 1)
        let eeu = try #require(membership.first)
        #expect(eeu.validity.isUndated)
        #expect(Set(eeu.citations.compactMap { $0.dating.since?.description }) == ["2014", "2015-01-01"])
        #expect(eeu.effectiveStrength <= 1)
        #expect(eeu.holds(at: try #require(PartialDate("2014-06-01"))))
        let disputed = Set(network.disputes.filter { $0.kind == .dating }.map(\.relation))
        #expect(disputed.isSuperset(of: ["r001", "r005", "r021", "r022"]))
        #expect(network.disputes.contains { $0.kind == .existence && $0.relation == "r101" })
        #expect(network.routes.map(\.legs).contains(["UKR", "BLR", "RUS", "KAZ"]))
        #expect(network.sources.first { $0.id == "balancing-act" }?.dateRange?.description == "2020-09..2022-09")
    }

    @Test("sources carry title, and a date that is printed or marked inferred")
    func sources() throws {
        for source in try network().sources {
            #expect(!source.title.isEmpty)
            #expect(source.file != nil)
        }
    }

    @Test("evidence phrases are short quotations, not copied paragraphs")
    func shortEvidence() throws {
        let network = try network()
        let phrases = network.relations.flatMap(\.citations).map(\.evidence)
        #expect(phrases.allSatisfy { $0.split(separator: " ").count <= 25 })
    }
}
