import Foundation
import Testing

@testable import RelationNetwork

/// Writes `network` in `format` to a temporary file and reads it back.
func roundTrip(_ network: RelationNetwork, through format: InteropFormat, name: String = "graph") throws -> RelationNetwork {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("interop-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let extensions: [InteropFormat: String] = [
        .yaml: "yaml", .json: "json", .graphml: "graphml", .gexf: "gexf", .nodelink: "nodelink.json", .csv: "csv",
    ]
    let path = folder.appendingPathComponent("\(name).\(extensions[format] ?? "out")").path
    for file in try NetworkInterop.export(network, as: format, to: path) {
        try Data(file.contents.utf8).write(to: URL(fileURLWithPath: file.path))
    }
    return try NetworkInterop.read(path: path, format: format).document.network
}

/// The first differing part of two networks, for readable failures.
func firstDifference(_ a: RelationNetwork, _ b: RelationNetwork) -> String {
    if a.title != b.title { return "title: \(String(describing: a.title)) vs \(String(describing: b.title))" }
    if a.description != b.description { return "description" }
    if a.isCurated != b.isCurated { return "curated" }
    if a.declaredKinds != b.declaredKinds { return "kinds \(a.declaredKinds) vs \(b.declaredKinds)" }
    if a.sources != b.sources { return "sources \(a.sources) vs \(b.sources)" }
    if a.layers != b.layers { return "layers \(a.layers) vs \(b.layers)" }
    for (x, y) in zip(a.entities, b.entities) where x != y { return "entity \(x) vs \(y)" }
    for (x, y) in zip(a.relations, b.relations) where x != y { return "relation \(x) vs \(y)" }
    if a.entities.count != b.entities.count || a.relations.count != b.relations.count { return "counts" }
    if a.assessments != b.assessments { return "assessments" }
    return "none"
}

@Suite("Interop: lossless round trips")
struct InteropRoundTripTests {
    static let curated: RelationNetwork? = try? NetworkDocument.load(path: FixturePaths.curatedGraph).document.network
    static let hostile: RelationNetwork? = try? NetworkDocument.load(path: FixturePaths.fixture("interop/hostile.yaml")).document.network

    @Test("the curated graph survives GraphML, GEXF, node-link JSON and native JSON/YAML", arguments: [
        InteropFormat.graphml, .gexf, .nodelink, .json, .yaml,
    ])
    func curatedRoundTrip(format: InteropFormat) throws {
        let original = try #require(Self.curated)
        let back = try roundTrip(original, through: format)
        #expect(back == original, "\(format): \(firstDifference(original, back))")
    }

    @Test("hostile text (quotes, <, &, newlines, CR, tabs, emoji, Cyrillic) survives every lossless format", arguments: [
        InteropFormat.graphml, .gexf, .nodelink, .json,
    ])
    func hostileRoundTrip(format: InteropFormat) throws {
        let original = try #require(Self.hostile)
        let back = try roundTrip(original, through: format)
        #expect(back == original, "\(format): \(firstDifference(original, back))")
    }

    @Test("relations without ids come back without ids")
    func anonymousRelations() throws {
        let original = try #require(Self.hostile)
        #expect(original.relations.contains { $0.id == nil })
        for format in [InteropFormat.graphml, .gexf, .nodelink] {
            let back = try roundTrip(original, through: format)
            #expect(back.relations.map(\.id) == original.relations.map(\.id), "\(format)")
        }
    }

    @Test("output is deterministic: same network, same bytes", arguments: [
        InteropFormat.graphml, .gexf, .nodelink, .csv, .json,
    ])
    func deterministic(format: InteropFormat) throws {
        let network = try #require(Self.curated)
        let first = try NetworkInterop.export(network, as: format, to: "x")
        let second = try NetworkInterop.export(network, as: format, to: "x")
        #expect(first == second)
        let reread = try roundTrip(network, through: .graphml)
        #expect(try NetworkInterop.export(reread, as: format, to: "x") == first)
    }

    @Test("CSV keeps entities and relations with their citations, not graph-level data")
    func csvKeeps() throws {
        let original = try #require(Self.curated)
        let back = try roundTrip(original, through: .csv)
        #expect(back.entities == original.entities)
        #expect(back.relations == original.relations)
        #expect(back.isCurated == false)
        #expect(back.title == nil)
        #expect(back.assessments.isEmpty)
        #expect(Set(back.sources.map(\.id)) == Set(original.relations.flatMap { $0.citations.map(\.source) }))
    }

    @Test("hostile text survives CSV too (entities and relations)")
    func hostileCSV() throws {
        let original = try #require(Self.hostile)
        let back = try roundTrip(original, through: .csv)
        #expect(back.entities == original.entities, "\(firstDifference(original, back))")
        #expect(back.relations == original.relations)
    }

    @Test("a text XML cannot hold is refused when writing, naming the field")
    func controlCharacter() throws {
        let network = RelationNetwork(
            sources: [], layers: [Layer(id: "trade", domain: "economic")],
            entities: [Entity(id: "A", kind: "state", name: "bell\u{7}"), Entity(id: "B", kind: "state", name: "B")],
            relations: [Relation(from: "A", to: "B", layer: "trade", strength: 0.5)])
        #expect(throws: InteropError.self) { try NetworkInterop.export(network, as: .graphml, to: "x.graphml") }
        #expect(throws: InteropError.self) { try NetworkInterop.export(network, as: .gexf, to: "x.gexf") }
        #expect(try roundTrip(network, through: .nodelink) == network)
    }
}
