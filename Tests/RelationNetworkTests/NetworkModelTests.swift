import Foundation
import GraphAlgorithms
import Testing
@testable import RelationNetwork

@Suite("Model, round trips, selection and projection")
struct NetworkModelTests {
    func small() throws -> RelationNetwork {
        try NetworkDocument.load(path: FixturePaths.fixture("network/small.yaml"), sourcesDirectory: FixturePaths.sources)
            .document.network
    }

    @Test("lookups by id are direct and several relations may join a pair")
    func lookups() throws {
        let network = try small()
        #expect(network.entity(withID: "KAZ")?.name == "Kazakhstan")
        #expect(network.entity(withID: "kaz") == nil)
        #expect(network.layer(withID: "tension")?.isSigned == true)
        #expect(network.source(withID: "art")?.dateInferred == true)
        #expect(network.relations(between: "RUS", and: "KAZ").map(\.id) == ["r2", "r4", "r5"])
        #expect(network.entity(withID: "CPC")?.attributes["length"] == "1500 km")
    }

    @Test("YAML → model → JSON → model and → YAML → model give equal networks")
    func roundTrips() throws {
        let network = try small()
        for format in NetworkFormat.allCases {
            let text = try network.encoded(as: format)
            let (document, diagnostics) = NetworkDocument.parse(text, file: "round-trip.\(format.rawValue)")
            #expect(diagnostics.isEmpty, "\(diagnostics)")
            #expect(document?.network == network)
            #expect(try document?.network.encoded(as: format) == text, "encoding is deterministic")
        }
    }

    @Test("texts that look like other YAML types survive a YAML round trip")
    func trickyStrings() throws {
        let relation = Relation(
            from: "A", to: "B", layer: "l", strength: 0.5,
            citations: [Citation(source: "s", paragraph: 1, evidence: "null", claim: "yes: no # 1")],
            note: "\"]; x -> y [ \\N <b> Қазақстан 🇰🇿\n2nd line")
        let network = RelationNetwork(
            sources: [Source(id: "s", title: "2014")], layers: [Layer(id: "l", domain: "true")],
            entities: [Entity(id: "A", kind: "state", name: "~"), Entity(id: "B", kind: "state", name: "1.5")],
            relations: [relation])
        for format in NetworkFormat.allCases {
            let text = try network.encoded(as: format)
            #expect(NetworkDocument.parse(text, file: "t").document?.network == network, "\(format): \(text)")
        }
    }

    @Test("as-of keeps relations and entities valid on the date")
    func asOf() throws {
        let network = try small()
        let in2015 = try network.select(asOf: PartialDate("2015"))
        #expect(in2015.relations.compactMap(\.id) == ["r1", "r2", "r3"])
        // The EEU's own dates start in 2015, but a source dates Kazakhstan's membership to 2014:
        // the entity's dates never hide a tie a source dates earlier (a dispute, listed).
        let in2014 = try network.select(asOf: PartialDate("2014-06-01"))
        #expect(in2014.entity(withID: "EEU") != nil)
        #expect(in2014.relations.compactMap(\.id) == ["r1", "r2", "r3"])
        #expect(network.disputes.map(\.kind) == [.entityDating])
        let in2013 = try network.select(asOf: PartialDate("2013"))
        #expect(in2013.entity(withID: "EEU") == nil, "no tie of the EEU holds in 2013")
        let in2021 = try network.select(asOf: PartialDate("2021"))
        #expect(in2021.relations.compactMap(\.id) == ["r1", "r2", "r4", "r5"])
    }

    @Test("known-by keeps only what sources published by then support")
    func knownBy() throws {
        let network = try small()
        #expect(try network.select(knownBy: PartialDate("2016")).relations.compactMap(\.id) == ["r1", "r2", "r3"])
        #expect(try network.select(knownBy: PartialDate("2016-03-31")).relations.isEmpty)
        #expect(try network.select(knownBy: PartialDate("2020")).relations.count == 5)
    }

    @Test("layers, domains and kinds select; unknown names are errors with suggestions")
    func layersAndKinds() throws {
        let network = try small()
        #expect(try network.select(layers: ["trade"]).relations.compactMap(\.id) == ["r2", "r5"])
        #expect(try network.select(domains: ["economic"]).relations.count == 3)
        let states = try network.select(kinds: ["state"])
        #expect(states.entities.count == 3)
        #expect(states.relations.compactMap(\.id) == ["r2", "r3", "r4", "r5"])
        #expect(throws: SelectionError.unknownLayer("trades", suggestions: ["trade"])) {
            try network.select(layers: ["trades"])
        }
        #expect(throws: SelectionError.self) { try network.select(kinds: ["nation"]) }
    }

    @Test("undirected projection sums parallel strengths and leaves tension out")
    func undirectedProjection() throws {
        let network = try small()
        let projection = network.project()
        let kaz = try #require(projection.vertex(of: "KAZ"))
        let rus = try #require(projection.vertex(of: "RUS"))
        let chn = try #require(projection.vertex(of: "CHN"))
        #expect(projection.strengths.vertexCount == 5)
        #expect(projection.strengths.edgeCount == 3)
        #expect(projection.strengths.weight(from: Int(kaz), to: Int(rus)) == 0.8 + 0.4)
        #expect(projection.distances.weight(from: Int(rus), to: Int(kaz)) == 1 / (0.8 + 0.4))
        #expect(projection.strengths.weight(from: Int(kaz), to: Int(chn)) == 0.6)
        let withTension = network.project(includeSigned: true)
        #expect(withTension.strengths.weight(from: Int(kaz), to: Int(rus)) == 0.8 + 0.3 + 0.4, "summed in file order")
    }

    @Test("distance transforms: inverse, neglog (independent channels under sum), unit; max aggregation")
    func distances() throws {
        let network = try small()
        let (kaz, rus) = (0, 1)
        let neglog = network.project(distance: .neglog)
        let reliability = 1 - (1 - 0.8) * (1 - 0.4)
        #expect(abs((neglog.distances.weight(from: kaz, to: rus) ?? 0) - -log(reliability)) < 1e-15)
        #expect(network.project(distance: .unit).distances.weight(from: kaz, to: rus) == 1)
        let strongest = network.project(aggregate: .max, distance: .neglog)
        #expect(strongest.strengths.weight(from: kaz, to: rus) == 0.8)
        #expect(strongest.distances.weight(from: kaz, to: rus) == -log(0.8))
    }

    @Test("directed projection follows directed layers and doubles undirected ones")
    func directedProjection() throws {
        let projection = try small().project(directed: true)
        let graph = projection.strengths
        let v = { (id: String) in Int(projection.vertex(of: id) ?? -1) }
        #expect(graph.weight(from: v("KAZ"), to: v("EEU")) == 1)
        #expect(graph.weight(from: v("EEU"), to: v("KAZ")) == nil)
        #expect(graph.weight(from: v("CHN"), to: v("KAZ")) == 0.6)
        #expect(graph.weight(from: v("KAZ"), to: v("CHN")) == nil)
        #expect(graph.weight(from: v("RUS"), to: v("KAZ")) == 0.8 + 0.4)
        #expect(graph.weight(from: v("KAZ"), to: v("RUS")) == 0.8 + 0.4)
    }

    @Test("entities resolve by id, name or alias, case-insensitively, with suggestions otherwise")
    func resolving() throws {
        let network = try small()
        #expect(try network.resolveEntity("kaz").id == "KAZ")
        #expect(try network.resolveEntity("astana").id == "KAZ")
        #expect(try network.resolveEntity("Қазақстан").id == "KAZ")
        #expect(try network.resolveEntity("RUSSIAN FEDERATION").id == "RUS")
        let error = #expect(throws: SelectionError.self) { try network.resolveEntity("Rusia") }
        guard case let .unknownEntity(name, suggestions)? = error else {
            Issue.record("expected unknownEntity, got \(String(describing: error))")
            return
        }
        #expect(name == "Rusia")
        #expect(suggestions.first == "Russia")
    }

    @Test("summary counts")
    func summary() throws {
        let summary = try small().summary()
        #expect(summary.entities == 5)
        #expect(summary.relations == 5)
        #expect(summary.citations == 5)
        #expect(summary.figures == 1)
        #expect(summary.entitiesByKind.map(\.name) == ["state", "bloc", "pipeline"])
        #expect(summary.relationsByLayer.first?.name == "trade")
        #expect(summary.earliestDate == "2010")
        #expect(summary.latestDate == "2020-03-15")
        #expect(summary.undatedRelations == 1)
        #expect(summary.components == 2, "CPC is isolated")
        #expect(summary.density == 2.0 * 3 / (5 * 4))
    }
}
