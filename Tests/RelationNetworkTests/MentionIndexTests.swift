import Foundation
import Testing

@testable import RelationNetwork

@Suite("Mention index")
struct MentionIndexTests {
    static let network = try? NetworkDocument.load(path: FixturePaths.fixture("network/small.yaml")).document.network

    /// An index of `Tests/Fixtures/sources/article.txt` (paragraph 3 names Kazakhstan, the Eurasian
    /// Economic Union and Russia) with the given mention lines after the good ones.
    static func index(_ extra: String = "") -> String {
        """
        schema: diplograph-mentions/1
        graph: small.yaml
        sources:
          - source: art
            paragraphs:
              - paragraph: 3
                mentions:
                  - { phrase: Kazakhstan, entity: KAZ }
                  - { phrase: "Eurasian Economic Union", entity: EEU }
                  - { phrase: "Russia’s", entity: RUS }
        \(extra)
        skipped:
          - { source: art, paragraph: 2, reason: byline }

        """
    }

    @Test("a good index checks clean against the network and the source text")
    func clean() throws {
        let (index, diagnostics) = MentionIndex.parse(Self.index(), file: "m.yaml")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let parsed = try #require(index)
        #expect(parsed.mentions.count == 3 && parsed.skipped.count == 1 && parsed.graph == "small.yaml")
        #expect(parsed.check(against: try #require(Self.network), sourcesDirectory: FixturePaths.sources).isEmpty)
    }

    @Test("a phrase not in its paragraph, an unknown entity, and a mention both mapped and omitted are located errors")
    func problems() throws {
        let extra = """
                      - { phrase: "Uzbekistan", omitted: "not named here" }
                      - { phrase: Russia, entity: RUSS }
                      - { phrase: Kazakhstan, entity: KAZ, omitted: both }
            """
        let (index, structural) = MentionIndex.parse(Self.index(extra), file: "m.yaml")
        #expect(structural.map(\.location.line) == [13])
        #expect(structural.first?.message.contains("exactly one of 'entity'") == true)
        let problems = try #require(index).check(against: try #require(Self.network), sourcesDirectory: FixturePaths.sources)
        #expect(problems.map(\.location.line) == [11, 12])
        #expect(problems.first?.message.contains("\"Uzbekistan\" does not occur in paragraph 3") == true)
        #expect(problems.last?.message.contains("unknown entity 'RUSS' (did you mean 'RUS'") == true, "\(problems)")
    }

    @Test("only the first suggestionLimit unknown entities get suggestions (each scans every entity)")
    func suggestionsCapped() throws {
        let unknown = MentionIndex.suggestionLimit + 5
        let extra = (0..<unknown).map { "          - { phrase: Russia, entity: RUS\($0) }" }.joined(separator: "\n")
        let (index, structural) = MentionIndex.parse(Self.index(extra), file: "m.yaml")
        #expect(structural.isEmpty, "\(structural)")
        let problems = try #require(index).check(against: try #require(Self.network), sourcesDirectory: nil)
        #expect(problems.count == unknown)
        #expect(problems.filter { $0.message.contains("did you mean 'RUS'") }.count == MentionIndex.suggestionLimit)
    }

    @Test("validate --sources-dir checks the index beside the graph and reports it like the graph")
    func throughValidation() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mentions-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let index = Self.index("          - { phrase: Mongolia, omitted: x }")
        try index.write(to: folder.appendingPathComponent("MENTIONS.yaml"), atomically: true, encoding: .utf8)
        let (parsed, _) = MentionIndex.parse(index, file: folder.appendingPathComponent("MENTIONS.yaml").path)
        let report = NetworkDocument.validationReport(
            path: FixturePaths.fixture("network/small.yaml"), sourcesDirectory: FixturePaths.sources,
            mentionIndex: (try #require(parsed), "MENTIONS.yaml"))
        #expect(report.errors == 1 && report.mentions == 4)
        #expect(report.diagnostics.first?.description.contains("MENTIONS.yaml:11:") == true, "\(report.diagnostics)")
    }
}

@Suite("The curated graph's mention index")
struct CuratedMentionIndexTests {
    @Test("every mapped id exists, every phrase occurs in its paragraph, every mention is mapped or has a reason")
    func curated() throws {
        let network = try NetworkDocument.load(path: FixturePaths.curatedGraph).document.network
        let path = FixturePaths.packageRoot.appendingPathComponent("Graphs/MENTIONS.yaml").path
        let index = try MentionIndex.load(path: path)
        #expect(index.graph == "kazakhstan-multivector.yaml")
        #expect(index.mentions.allSatisfy { ($0.entity == nil) != ($0.omitted == nil) })
        #expect(index.check(against: network, sourcesDirectory: nil).isEmpty)
        // Every source of the graph has its body indexed, and the phrases are checked when the seeds are there.
        #expect(Set(index.mentions.map(\.source)) == Set(network.sources.map(\.id)))
        if FileManager.default.fileExists(atPath: FixturePaths.seeds) {
            #expect(index.check(against: network, sourcesDirectory: FixturePaths.seeds).isEmpty)
        }
        // Every entity of the graph is mentioned somewhere.
        let mapped = Set(index.mentions.compactMap(\.entity))
        #expect(network.entities.filter { !mapped.contains($0.id) }.map(\.id).isEmpty)
    }
}
