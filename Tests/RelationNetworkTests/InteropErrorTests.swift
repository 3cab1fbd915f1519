import Foundation
import Testing

@testable import RelationNetwork

/// The diagnostics of reading a fixture that must fail.
func importErrors(_ fixture: String, _ format: InteropFormat) throws -> [Diagnostic] {
    let error = try #require(throws: NetworkLoadError.self) {
        try NetworkInterop.read(path: FixturePaths.fixture("interop/" + fixture), format: format, displayPath: fixture)
    }
    return error.diagnostics
}

@Suite("Interop: malformed inputs give located errors")
struct InteropErrorTests {
    @Test("unbalanced GraphML: the XML parser's line")
    func malformedGraphML() throws {
        let diagnostics = try importErrors("malformed.graphml", .graphml)
        let first = try #require(diagnostics.first)
        #expect(first.location.file == "malformed.graphml")
        #expect(first.location.line == 6)
        #expect(first.description.hasPrefix("malformed.graphml:\(first.location.line):"))
        #expect(first.message.hasPrefix("malformed XML"))
    }

    @Test("a GraphML value of the wrong type: its <data> line and the field")
    func badValue() throws {
        let first = try #require(try importErrors("bad-value.graphml", .graphml).first)
        #expect(first.location.line == 8)
        #expect(first.field == "edges[0].strength")
        #expect(first.message.contains("'strong' is not a valid double"))
    }

    @Test("invalid JSON in citations and an out-of-range strength: each at its own <data>")
    func badCitations() throws {
        let diagnostics = try importErrors("bad-citations.graphml", .graphml)
        #expect(diagnostics.map(\.location.line) == [12], "structural errors stop before validation")
        #expect(diagnostics.first?.field == "relations[1].citations")
        #expect(diagnostics.first?.message.contains("not valid JSON") == true)
    }

    @Test("a strength above 1 in a curated GraphML graph is located at its <data>")
    func strengthRange() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("interop-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = try String(contentsOfFile: FixturePaths.fixture("interop/bad-citations.graphml"), encoding: .utf8)
        let path = folder.appendingPathComponent("range.graphml").path
        // Uncurated graphs take any positive strength; a curated one keeps strengths in (0, 1].
        try source.replacingOccurrences(of: #"[{"source": "x", "paragraph": 1,"#, with: "[]")
            .replacingOccurrences(of: "<data key=\"d1\">1.5</data>", with: "<data key=\"d1\">-1.5</data>")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let error = try #require(throws: NetworkLoadError.self) { try NetworkInterop.read(path: path, format: .graphml) }
        let first = try #require(error.diagnostics.first)
        #expect(first.location.line == 15)
        #expect(first.field == "relations[2].strength")
    }

    @Test("malformed GEXF (a raw &): the XML parser's line")
    func malformedGEXF() throws {
        let first = try #require(try importErrors("malformed.gexf", .gexf).first)
        #expect(first.location.line == 5)
        #expect(first.message.hasPrefix("malformed XML"))
    }

    @Test("GEXF with an undeclared attribute and a non-numeric weight: both located")
    func badAttvalue() throws {
        let diagnostics = try importErrors("bad-attvalue.gexf", .gexf)
        #expect(diagnostics.map(\.location.line) == [11, 16])
        #expect(diagnostics[0].message.contains("undeclared attribute '7'"))
        #expect(diagnostics[1].field == "edges[0].weight")
    }

    @Test("malformed node-link JSON: line and column of the problem")
    func malformedNodeLink() throws {
        let first = try #require(try importErrors("malformed.nodelink.json", .nodelink).first)
        #expect(first.location.line == 4 || first.location.line == 5)
    }

    @Test("a missing file is an error naming it")
    func missing() throws {
        let error = try #require(throws: NetworkLoadError.self) {
            try NetworkInterop.read(path: "/nonexistent/x.graphml", format: .graphml)
        }
        #expect(error.description.hasPrefix("/nonexistent/x.graphml:1:1: error:"))
    }
}
