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
        #expect(network.relations.count >= 130)
        #expect(Set(network.relations.map(\.layer)).count >= 8)
        #expect(network.relations.allSatisfy { !$0.citations.isEmpty })
        #expect(network.relations.allSatisfy { $0.citations.allSatisfy { !$0.evidence.isEmpty } })
        #expect(!network.assessments.isEmpty)
        #expect(network.relations.contains { !$0.figures.isEmpty })
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
