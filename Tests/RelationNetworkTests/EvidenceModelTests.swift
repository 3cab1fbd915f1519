import Foundation
import GraphAlgorithms
import Testing

@testable import RelationNetwork

/// The evidence model on a small fixture whose answers are worked out by hand in the comments.
@Suite("Evidence model: claims, disputes, dated knowledge, stated routes")
struct EvidenceModelTests {
    static func evidence() throws -> RelationNetwork {
        try NetworkDocument.load(path: FixturePaths.fixture("network/evidence.yaml")).document.network
    }

    @Test("two datings of one membership: one relation, one dating dispute, counted once")
    func contradictingDatings() throws {
        let network = try Self.evidence()
        let memberships = network.relations.filter { $0.layer == .memberOf }
        #expect(memberships.count == 1)
        // a dates it to 2014, b to 2015-01-01; c says nothing about dates.
        let dating = network.disputes.filter { $0.kind == .dating }
        #expect(dating.count == 1)
        #expect(dating.first?.positions.map(\.source) == ["a", "b"])
        #expect(dating.first?.positions.map(\.says) == ["since 2014", "since 2015-01-01"])
        // The Union's own dates start in 2015; a dates the tie to 2014: an entity-dating dispute.
        #expect(network.disputes.filter { $0.kind == .entityDating }.map(\.relation) == ["m1"])
        // Counted once: strength 1 (not 2), degree 1.
        let projection = try AnalysisGraph(network: network)
        let (k, e) = (try #require(projection.vertex(ofID: "K")), try #require(projection.vertex(ofID: "E")))
        #expect(projection.strengths.weight(from: k, to: e) == 1)
        #expect(projection.strengths.outDegree(of: e) + projection.strengths.inDegree(of: e) == 2, "one undirected edge, stored both ways")
        #expect(network.relations.first { $0.id == "m1" }?.effectiveValidity == ValidityInterval(since: PartialDate("2014"), until: nil))
    }

    @Test("as of a date any claim holds: kept and marked disputed; strict: only where all agree")
    func datingRules() throws {
        let network = try Self.evidence()
        let in2014 = try network.select(NetworkSelection(asOf: PartialDate("2014-06-01")))
        #expect(in2014.relations.contains { $0.id == "m1" })
        #expect(in2014.entity(withID: "E") != nil, "the Union's own since does not hide a tie dated earlier")
        let record = RelationRecord(try #require(in2014.relations.first { $0.id == "m1" }), in: in2014)
        #expect(record.disputed)
        let strict2014 = try network.select(NetworkSelection(asOf: PartialDate("2014-06-01"), strictDating: true))
        #expect(!strict2014.relations.contains { $0.id == "m1" })
        let strict2015 = try network.select(NetworkSelection(asOf: PartialDate("2015-06-01"), strictDating: true))
        #expect(strict2015.relations.contains { $0.id == "m1" })
        let before = try network.selecting(NetworkSelection(asOf: PartialDate("2013")))
        #expect(!before.network.relations.contains { $0.id == "m1" })
        #expect(before.notes.first { $0.filter == "as of 2013" }?.removed == 1)
    }

    @Test("a source with an inferred range is known at its latest date; earliest on request")
    func datedKnowledge() throws {
        let network = try Self.evidence()
        // c is dated 2019..2021: certainly published by the end of 2021, possibly by 2020.
        #expect(try network.select(NetworkSelection(knownBy: PartialDate("2021-12-31"))).relations.contains { $0.id == "r1" })
        #expect(try !network.select(NetworkSelection(knownBy: PartialDate("2020"))).relations.contains { $0.id == "r1" })
        let possibly = NetworkSelection(knownBy: PartialDate("2020"), knownByEarliest: true)
        #expect(try network.select(possibly).relations.contains { $0.id == "r1" })
        // By 2015 only a is known: m1 keeps a's claim alone, so its dating dispute is gone.
        let by2015 = try network.selecting(NetworkSelection(knownBy: PartialDate("2015")))
        #expect(by2015.network.disputes.filter { $0.kind == .dating }.isEmpty)
        #expect(by2015.notes.first { $0.filter == "known by 2015" }?.removed == 3)  // t4, t5, r1
    }

    @Test("a proposed tie is not an existing one")
    func proposedTies() throws {
        let network = try Self.evidence()
        let outcome = try network.selecting(NetworkSelection())
        #expect(!outcome.network.relations.contains { $0.id == "p1" })
        #expect(outcome.notes.first?.filter == "claims")
        let projection = try AnalysisGraph(network: network)
        let (k, x) = (try #require(projection.vertex(ofID: "K")), try #require(projection.vertex(ofID: "X")))
        #expect(projection.strengths.weight(from: k, to: x) == nil)
    }

    @Test("a composed path is flagged; --stated-only keeps the stated ones")
    func statedRoutes() throws {
        let network = try Self.evidence()
        let transit = try AnalysisGraph(
            network: network, selection: NetworkSelection(layers: [.transit]), projection: ProjectionOptions(directed: true))
        let stated = try transit.paths(PathQuery(from: "U", to: "K"))
        #expect(stated.paths.first?.entities == ["U", "B", "R", "K"])
        #expect(stated.paths.first?.statedByOneSource == true)
        #expect(stated.paths.first?.statedByRoutes == ["west"])
        let composed = try transit.paths(PathQuery(from: "U", to: "X"))
        #expect(composed.paths.first?.entities == ["U", "B", "R", "K", "T", "X"])
        #expect(composed.paths.first?.statedByOneSource == false)
        #expect(composed.paths.first?.composition?.contains("composed from 3 separately sourced parts") == true)
        #expect(try transit.paths(PathQuery(from: "U", to: "X", statedOnly: true)).paths.isEmpty)
        #expect(try transit.paths(PathQuery(from: "B", to: "K", statedOnly: true)).paths.first?.entities == ["B", "R", "K"])
        #expect(try transit.paths(PathQuery(from: "K", to: "T", statedOnly: true)).paths.first?.statedByOneSource == true)
    }

    @Test("claims, stances, ranges and routes survive every lossless format; analyses agree", arguments: [
        InteropFormat.json, .graphml, .gexf, .nodelink, .yaml,
    ])
    func roundTrips(format: InteropFormat) throws {
        let original = try Self.evidence()
        let back = try roundTrip(original, through: format)
        #expect(back == original, "\(format): \(firstDifference(original, back))")
        #expect(back.disputes == original.disputes)
        for network in [try NetworkDocument.load(path: FixturePaths.curatedGraph).document.network, original] {
            let copy = try roundTrip(network, through: format)
            let (a, b) = (try AnalysisGraph(network: network), try AnalysisGraph(network: copy))
            #expect(try a.centralityTable() == b.centralityTable())
            #expect(try a.communities(CommunityOptions(runs: 3)) == b.communities(CommunityOptions(runs: 3)))
            let focus = try #require(network.defaultFocus()).id
            #expect(try network.balanceAnalysis(focus: focus) == copy.balanceAnalysis(focus: focus))
            let other = try #require(network.entities.last { $0.id != focus }).id
            #expect(try a.paths(PathQuery(from: focus, to: other, k: 2)) == b.paths(PathQuery(from: focus, to: other, k: 2)))
        }
    }

    @Test(
        "bad claims, stances, routes and date ranges are located errors",
        arguments: [
            ("      - { source: a, paragraph: 1, evidence: e, since: \"2014-13\" }", "malformed date '2014-13'"),
            ("      - { source: a, paragraph: 1, evidence: e, stance: doubts }", "unknown stance 'doubts'"),
            ("      - { source: a, paragraph: 1, evidence: e, strength: 1.5 }", "strength 1.5 is outside (0, 1]"),
            ("      - { source: a, paragraph: 1, evidence: e, since: \"2016\", until: \"2015\" }", "since 2016 is after until 2015"),
        ])
    func badClaims(line: String, message: String) throws {
        let text = Self.minimal(citation: line)
        let diagnostics = try Self.diagnostics(text)
        #expect(diagnostics.contains { $0.message.contains(message) && $0.location.line == 12 }, "\(diagnostics)")
    }

    @Test("a route whose legs do not join, and a range that starts after it ends, are located errors")
    func badRouteAndRange() throws {
        let route = Self.minimal(citation: "      - { source: a, paragraph: 1, evidence: e }")
            + "routes:\n  - { id: r, legs: [A, B, C], citation: { source: a, paragraph: 1, evidence: e } }\n"
        let routeProblems = try Self.diagnostics(route)
        #expect(routeProblems.contains { $0.message.contains("route legs B → C do not join") && $0.location.line == 14 }, "\(routeProblems)")
        let range = Self.minimal(citation: "      - { source: a, paragraph: 1, evidence: e }")
            .replacingOccurrences(of: "date: \"2014\"", with: "date: \"2021..2019\"")
        let rangeProblems = try Self.diagnostics(range)
        #expect(rangeProblems.contains { $0.message.contains("date range '2021..2019' starts after it ends") && $0.location.line == 3 })
    }

    /// A small network whose single relation has the given citation line (line 12).
    static func minimal(citation: String) -> String {
        """
        schema: diplograph/1
        sources:
          - { id: a, title: A, date: "2014" }
        layers: [{ id: trade, domain: economic }]
        entities: [{ id: A, kind: state, name: A }, { id: B, kind: state, name: B }, { id: C, kind: state, name: C }]
        relations:
          - from: A
            to: B
            layer: trade
            strength: 0.5
            citations:
        \(citation)

        """
    }

    /// Every problem of `text`, parsed and validated.
    static func diagnostics(_ text: String) throws -> [Diagnostic] {
        let parsed = NetworkDocument.parse(text, file: "t.yaml")
        let document = try #require(parsed.document)
        return parsed.diagnostics + NetworkValidator().validate(document)
    }
}
