import Foundation
import Testing
@testable import RelationNetwork

/// One bad-input fixture and the located diagnostic it must produce.
struct BadFixture: CustomTestStringConvertible, Sendable {
    var file: String
    var line: Int
    var field: String?
    var message: String

    var testDescription: String { file }
}

@Suite("Validation")
struct ValidationTests {
    static let badFixtures: [BadFixture] = [
        .init(file: "unknown-entity.yaml", line: 43, field: "relations[2].from", message: "unknown entity 'CHNA' (did you mean 'CHN'?)"),
        .init(file: "unknown-layer.yaml", line: 38, field: "relations[1].layer", message: "unknown layer 'trades'"),
        .init(file: "unknown-source.yaml", line: 34, field: "relations[0].citations[0].source", message: "unknown source 'article'"),
        .init(file: "duplicate-entity-id.yaml", line: 24, field: "entities[3].id", message: "duplicate entity id 'RUS' (first defined at line 22)"),
        .init(file: "duplicate-relation-id.yaml", line: 68, field: "relations[4].id", message: "duplicate relation id 'r2'"),
        .init(file: "strength-above-one.yaml", line: 39, field: "relations[1].strength", message: "strength 1.5 is outside (0, 1]"),
        .init(file: "strength-zero.yaml", line: 39, field: "relations[1].strength", message: "is outside (0, 1]"),
        .init(file: "strength-nan.yaml", line: 39, field: "relations[1].strength", message: "is not a finite number"),
        .init(file: "strength-not-number.yaml", line: 39, field: "relations[1].strength", message: "'strong' is not a number"),
        .init(file: "sign-invalid.yaml", line: 63, field: "relations[3].sign", message: "sign 2 must be 1 or -1"),
        .init(file: "since-after-until.yaml", line: 47, field: "relations[2].since", message: "since 2010 is after until 2009"),
        .init(file: "malformed-date.yaml", line: 47, field: "relations[2].since", message: "malformed date '2010-13-01'"),
        .init(file: "missing-citation.yaml", line: 40, field: "relations[1].citations", message: "relation has no citation"),
        .init(file: "paragraph-beyond-source.yaml", line: 81, field: "assessments[0].citation.paragraph", message: "paragraph 9 is beyond the 4 paragraphs of source 'art'"),
        .init(file: "evidence-not-in-paragraph.yaml", line: 34, field: "relations[0].citations[0].evidence", message: "does not occur in paragraph 3 of source 'art'"),
        .init(file: "unknown-kind.yaml", line: 24, field: "entities[3].kind", message: "unknown kind 'blok'"),
        .init(file: "missing-field.yaml", line: 42, field: "relations[2]", message: "missing required field 'layer'"),
        .init(file: "unknown-field.yaml", line: 46, field: "relations[2].strenght", message: "unknown field 'strenght'"),
        .init(file: "self-relation.yaml", line: 29, field: "relations[0].to", message: "relation joins 'KAZ' to itself"),
        .init(file: "missing-source-file.yaml", line: 11, field: "sources[0].file", message: "cannot read source text"),
        .init(file: "malformed.yaml", line: 5, field: nil, message: "malformed document"),
        .init(file: "malformed.json", line: 6, field: nil, message: "malformed document"),
        .init(file: "empty.yaml", line: 1, field: nil, message: "the file is empty"),
        .init(file: "not-a-mapping.json", line: 1, field: nil, message: "expected a mapping"),
    ]

    @Test("the valid fixture has no problems, with and without its sources")
    func validFixture() throws {
        for sources in [nil, FixturePaths.sources] {
            let (document, warnings) = try NetworkDocument.load(
                path: FixturePaths.fixture("network/small.yaml"), sourcesDirectory: sources)
            #expect(warnings.isEmpty)
            #expect(document.network.relations.count == 5)
        }
    }

    @Test("each bad fixture gives its located error", arguments: badFixtures)
    func badFixture(_ fixture: BadFixture) {
        let path = FixturePaths.fixture("bad/" + fixture.file)
        #expect(throws: NetworkLoadError.self) {
            try NetworkDocument.load(path: path, displayPath: fixture.file, sourcesDirectory: FixturePaths.sources)
        }
        do {
            _ = try NetworkDocument.load(path: path, displayPath: fixture.file, sourcesDirectory: FixturePaths.sources)
        } catch let error as NetworkLoadError {
            let match = error.diagnostics.first { $0.message.contains(fixture.message) }
            #expect(match != nil, "got: \(error.description)")
            #expect(match?.location.file == fixture.file)
            #expect(match?.location.line == fixture.line)
            #expect(match?.field == fixture.field)
            #expect(match?.description.hasPrefix("\(fixture.file):\(fixture.line):") == true)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test("every bad fixture in the folder is covered by the table")
    func tableCoversFolder() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: FixturePaths.fixture("bad")).sorted()
        #expect(files == Self.badFixtures.map(\.file).sorted())
    }

    @Test("all problems are reported, not only the first")
    func reportsEverything() {
        let text = """
            schema: diplograph/1
            sources: []
            layers: [{ id: trade, domain: economic }]
            entities: [{ id: A, kind: state, name: A }, { id: B, kind: stat, name: B }]
            relations:
              - { from: A, to: C, layer: trad, strength: -2, sign: 0 }
            """
        let parsed = NetworkDocument.parse(text, file: "t.yaml")
        guard let document = parsed.document else {
            Issue.record("did not parse")
            return
        }
        // The sign is checked while decoding; the rest by the validator.
        let messages = (parsed.diagnostics + NetworkValidator().validate(document)).map(\.message)
        #expect(messages.count == 6, "\(messages)")
        #expect(messages.contains { $0.contains("unknown kind 'stat'") })
        #expect(messages.contains { $0.contains("unknown entity 'C'") })
        #expect(messages.contains { $0.contains("unknown layer 'trad'") })
        #expect(messages.contains { $0.contains("strength -2.0 must be positive") }, "uncurated: any positive strength")
        #expect(messages.contains { $0.contains("sign 0") })
        #expect(messages.contains { $0.contains("no citation") })
    }

    @Test("an uncurated network only warns about missing citations")
    func uncuratedWarns() throws {
        let text = """
            schema: diplograph/1
            sources: []
            layers: [{ id: trade, domain: economic }]
            entities: [{ id: A, kind: state, name: A }, { id: B, kind: state, name: B }]
            relations: [{ from: A, to: B, layer: trade, strength: 0.5 }]
            """
        let document = try #require(NetworkDocument.parse(text, file: "t.yaml").document)
        let diagnostics = NetworkValidator().validate(document)
        #expect(diagnostics.map(\.severity) == [.warning])
    }
}
