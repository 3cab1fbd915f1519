import Foundation
import GraphAlgorithms
import Testing
@testable import RelationNetwork

@Suite("Path explanations and dependencies on the curated graph")
struct PathExplanationTests {
    func curated() throws -> RelationNetwork {
        try NetworkDocument.load(path: FixturePaths.curatedGraph).document.network
    }

    /// The curated graph selected to `layers` (and `asOf`), projected `directed` or not.
    func analysis(
        layers: Set<LayerID>? = nil, asOf: PartialDate? = nil, directed: Bool = false, keepIsolated: Bool = false
    ) throws -> AnalysisGraph {
        try AnalysisGraph(
            network: curated(), selection: NetworkSelection(layers: layers, asOf: asOf, keepIsolated: keepIsolated),
            projection: ProjectionOptions(directed: directed))
    }

    @Test("Ukrainian goods reach Kazakhstan through Belarus and Russia (transit, directed), every hop cited")
    func ukraineToKazakhstan() throws {
        let transit = try analysis(layers: ["transit"], directed: true)
        let paths = try transit.paths(PathQuery(from: "Ukraine", to: "kazakhstan", k: 3)).paths
        // The only directed transit route: UKR → BLR → RUS → KAZ (strengths 0.5 each, 1/s = 2 per hop).
        #expect(paths.map(\.entities) == [["UKR", "BLR", "RUS", "KAZ"]])
        #expect(paths.first?.cost == 6)
        for hop in paths.first?.hops ?? [] {
            #expect(hop.relations.map(\.relation.layer) == ["transit"])
            #expect(hop.relations.allSatisfy { $0.relation.from == hop.from && $0.relation.to == hop.to })
            #expect(hop.relations.allSatisfy { !$0.relation.citations.isEmpty })
        }
        #expect(paths.first?.hops.first?.relations.first?.relation.citations.first?.source == "noonan-2016")
        // Every intermediary is unavoidable, and the reverse direction has no route.
        let ukr = try #require(transit.vertex(ofID: "UKR"))
        let kaz = try #require(transit.vertex(ofID: "KAZ"))
        let unavoidable = try transit.distances.unavoidableIntermediaries(from: ukr, to: kaz)
        #expect(unavoidable?.map { transit.ids[Int($0)] } == ["BLR", "RUS"])
        #expect(try transit.paths(PathQuery(from: "KAZ", to: "UKR")).paths.isEmpty)
    }

    /// Layer choice: the curated data has no Russia → EU transit relation, so Kazakhstan reaches the
    /// EU by transit alone only over the Trans-Caspian route. Over the transit and dependency layers,
    /// read undirected, the sourced ties KAZ–RUS (transit, dependency) and EU–RUS ("Europe seeks to
    /// overcome its dependence on Russia") give a route via Russia, and the Trans-Caspian route is
    /// the alternative once Russia is taken out.
    @Test("Kazakhstan → EU: via Russia over transit + dependency; the Trans-Caspian route without Russia")
    func kazakhstanToEurope() throws {
        let network = try analysis(layers: ["transit", "dependency"])
        let best = try network.paths(PathQuery(from: "Kazakhstan", to: "European Union")).paths
        #expect(best.map(\.entities) == [["KAZ", "RUS", "EU"]])
        let lastHop = try #require(best.first?.hops.last)
        #expect(lastHop.relations.map(\.relation.layer) == ["dependency"])
        #expect(lastHop.relations.first?.relation.from == "EU")
        let withoutRussia = try network.paths(PathQuery(from: "KAZ", to: "Europe", avoiding: ["Russia"])).paths
        #expect(withoutRussia.map(\.entities) == [["KAZ", "TITR", "EU"]])
        let since = withoutRussia.first?.hops.flatMap(\.relations).compactMap(\.relation.validity.since)
        #expect(since?.map(\.description) == ["2022-10", "2022-10"])
        // The two routes are the only ones; ranked by distance, by bottleneck and by reliability alike.
        for mode in PathMode.allCases {
            let ranked = try network.paths(PathQuery(from: "KAZ", to: "EU", mode: mode, k: 5)).paths
            #expect(ranked.map(\.entities) == [["KAZ", "RUS", "EU"], ["KAZ", "TITR", "EU"]], "\(mode)")
        }
        // Transit alone, directed along the flow of goods: only the Trans-Caspian route.
        let transit = try analysis(layers: ["transit"], directed: true)
        #expect(try transit.paths(PathQuery(from: "KAZ", to: "EU", k: 3)).paths.map(\.entities) == [["KAZ", "TITR", "EU"]])
        // Before the route was discussed (as of 2020) there is no transit route at all.
        let before = try analysis(layers: ["transit"], asOf: PartialDate("2020"), directed: true, keepIsolated: true)
        #expect(try before.paths(PathQuery(from: "KAZ", to: "EU")).paths.isEmpty)
    }

    @Test("hop relations respect direction: directed layers one way, undirected layers both")
    func hopDirection() throws {
        let network = try curated()
        let directed = network.hopRelations(from: "RUS", to: "KAZ", directed: true)
        #expect(directed.contains { $0.layer == "transit" && $0.from == "RUS" })
        #expect(!directed.contains { $0.layer == "transit" && $0.from == "KAZ" })
        #expect(directed.contains { $0.layer == "trade" && $0.from == "KAZ" })  // trade is undirected
        #expect(!directed.contains { $0.sign == .tension })
        let undirected = network.hopRelations(from: "RUS", to: "KAZ", directed: false)
        #expect(undirected.contains { $0.layer == "transit" && $0.from == "KAZ" })
        #expect(network.hopRelations(from: "RUS", to: "KAZ", directed: false, includeSigned: true).contains { $0.sign == .tension })
    }

    @Test("dependencies: Ukraine's transit links all run through Belarus; taking it out cuts them off")
    func dependencies() throws {
        let transit = try analysis(layers: ["transit"], directed: true)
        let report = try transit.dependencies(of: "Ukraine")
        #expect(report.node.id == "UKR")
        #expect(report.reachable == 7)
        let first = try #require(report.intermediaries.first)
        #expect(first.id == "BLR")
        #expect(first.unavoidableFor == ["AFG", "EU", "KAZ", "NDN", "RUS", "TITR"])
        #expect(abs(first.share - 6.0 / 7) < 1e-12)
        #expect(report.intermediaries.map(\.id).prefix(3) == ["BLR", "RUS", "KAZ"])
        // Cut-off targets found by removal equal the dominator sets.
        let ukr = try #require(transit.vertex(ofID: "UKR"))
        let before = try transit.distances.shortestPathTree(from: ukr)
        for row in report.intermediaries {
            let removed = Vertex(try #require(transit.vertex(ofID: row.id)))
            let without = try transit.distances.removing(vertices: [removed]).shortestPathTree(from: ukr)
            let cutOff = transit.ids.indices.filter { t in
                t != Int(removed) && before.distances[t] < .infinity && without.distances[t] == .infinity
            }
            #expect(cutOff.map { transit.ids[$0] }.sorted() == row.unavoidableFor, "\(row.id)")
            #expect(row.without.cutOff == cutOff.count)
        }
        // Over all layers (undirected), Kazakhstan reaches everyone; without Russia many ties are longer.
        let all = try analysis().dependencies(of: "KAZ")
        let russia = try #require(all.intermediaries.first { $0.id == "RUS" })
        #expect(russia.share > 0)
        #expect(russia.without.longer > 0)
    }

    @Test("bad requests: unknown names with suggestions, avoided endpoints, k < 1")
    func badRequests() throws {
        let network = try analysis()
        #expect(throws: AnalysisError.self) { _ = try network.paths(PathQuery(from: "Ukrane", to: "KAZ")) }
        do {
            _ = try network.paths(PathQuery(from: "Ukrane", to: "KAZ"))
        } catch {
            #expect(error.description.contains("Ukraine"))
        }
        #expect(throws: AnalysisError.avoidedEndpoint(network.display(try network.vertex(named: "KAZ")))) {
            _ = try network.paths(PathQuery(from: "UKR", to: "KAZ", avoiding: ["Kazakhstan"]))
        }
        #expect(throws: AnalysisError.algorithm("k must be at least 1 (got 0)")) {
            _ = try network.paths(PathQuery(from: "UKR", to: "KAZ", k: 0))
        }
    }
}
