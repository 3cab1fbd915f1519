import Foundation
import GraphAlgorithms
import Testing
@testable import RelationNetwork

@Suite("Path explanations and dependencies on the curated graph")
struct PathExplanationTests {
    func curated() throws -> RelationNetwork {
        try NetworkDocument.load(path: FixturePaths.curatedGraph).document.network
    }

    @Test("Ukrainian goods reach Kazakhstan through Belarus and Russia (transit, directed), every hop cited")
    func ukraineToKazakhstan() throws {
        let transit = try curated().select(layers: ["transit"])
        let paths = try transit.paths(from: "Ukraine", to: "kazakhstan", k: 3, directed: true)
        // The only directed transit route: UKR → BLR → RUS → KAZ (strengths 0.5 each, 1/s = 2 per hop).
        #expect(paths.map(\.entityIDs) == [["UKR", "BLR", "RUS", "KAZ"]])
        #expect(paths.first?.cost == 6)
        for hop in paths.first?.hops ?? [] {
            #expect(hop.relations.map(\.layer) == ["transit"])
            #expect(hop.relations.allSatisfy { $0.from == hop.from && $0.to == hop.to && !$0.citations.isEmpty })
        }
        #expect(paths.first?.hops.first?.relations.first?.citations.first?.source == "noonan-2016")
        // Every intermediary is unavoidable, and the reverse direction has no route.
        let projection = transit.project(directed: true)
        let ukr = try #require(projection.vertex(of: "UKR"))
        let kaz = try #require(projection.vertex(of: "KAZ"))
        let unavoidable = try projection.distances.unavoidableIntermediaries(from: Int(ukr), to: Int(kaz))
        #expect(unavoidable?.map { projection.entityIDs[Int($0)] } == ["BLR", "RUS"])
        #expect(try transit.paths(from: "KAZ", to: "UKR", directed: true).isEmpty)
    }

    /// Layer choice: the curated data has no Russia → EU transit relation, so Kazakhstan reaches the
    /// EU by transit alone only over the Trans-Caspian route. Over the transit and dependency layers,
    /// read undirected, the sourced ties KAZ–RUS (transit, dependency) and EU–RUS ("Europe seeks to
    /// overcome its dependence on Russia") give a route via Russia, and the Trans-Caspian route is
    /// the alternative once Russia is taken out.
    @Test("Kazakhstan → EU: via Russia over transit + dependency; the Trans-Caspian route without Russia")
    func kazakhstanToEurope() throws {
        let network = try curated().select(layers: ["transit", "dependency"])
        let best = try network.paths(from: "Kazakhstan", to: "European Union")
        #expect(best.map(\.entityIDs) == [["KAZ", "RUS", "EU"]])
        let lastHop = try #require(best.first?.hops.last)
        #expect(lastHop.relations.map(\.layer) == ["dependency"])
        #expect(lastHop.relations.first?.from == "EU")
        let withoutRussia = try network.paths(from: "KAZ", to: "Europe", avoiding: ["Russia"])
        #expect(withoutRussia.map(\.entityIDs) == [["KAZ", "TITR", "EU"]])
        let since = withoutRussia.first?.hops.flatMap(\.relations).compactMap(\.validity.since)
        #expect(since?.map(\.description) == ["2022-10", "2022-10"])
        // The two routes are the only ones; ranked by distance, by bottleneck and by reliability alike.
        for mode in PathMode.allCases {
            let ranked = try network.paths(from: "KAZ", to: "EU", mode: mode, k: 5)
            #expect(ranked.map(\.entityIDs) == [["KAZ", "RUS", "EU"], ["KAZ", "TITR", "EU"]], "\(mode)")
        }
        // Transit alone, directed along the flow of goods: only the Trans-Caspian route.
        let transit = try curated().select(layers: ["transit"])
        #expect(try transit.paths(from: "KAZ", to: "EU", k: 3, directed: true).map(\.entityIDs) == [["KAZ", "TITR", "EU"]])
        // Before the route was discussed (as of 2020) there is no transit route at all.
        let before = try curated().select(layers: ["transit"], asOf: PartialDate("2020"))
        #expect(try before.paths(from: "KAZ", to: "EU", directed: true).isEmpty)
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
        let transit = try curated().select(layers: ["transit"])
        let analysis = try transit.dependencies(of: "Ukraine", directed: true)
        #expect(analysis.source == "UKR")
        #expect(analysis.reachableCount == 7)
        let first = try #require(analysis.intermediaries.first)
        #expect(first.id == "BLR")
        #expect(first.unavoidableFor == ["AFG", "EU", "KAZ", "NDN", "RUS", "TITR"])
        #expect(abs(first.share - 6.0 / 7) < 1e-12)
        #expect(analysis.intermediaries.map(\.id).prefix(3) == ["BLR", "RUS", "KAZ"])
        // Cut-off targets found by removal equal the dominator sets.
        let projection = transit.project(directed: true)
        let ukr = Int(try #require(projection.vertex(of: "UKR")))
        let before = try projection.distances.shortestPathTree(from: ukr)
        for row in analysis.intermediaries {
            let without = try projection.distances.removing(vertices: [row.vertex]).shortestPathTree(from: ukr)
            let cutOff = projection.entityIDs.indices.filter { t in
                t != Int(row.vertex) && before.distances[t] < .infinity && without.distances[t] == .infinity
            }
            #expect(cutOff.map { projection.entityIDs[$0] }.sorted() == row.unavoidableFor, "\(row.id)")
        }
        // Over all layers (undirected), Kazakhstan reaches everyone; Russia is avoidable but matters.
        let all = try curated().dependencies(of: "KAZ")
        let russia = try #require(all.intermediaries.first { $0.id == "RUS" })
        #expect(russia.share > 0)
        #expect(russia.longerCount > 0)
    }

    @Test("bad requests: unknown names with suggestions, avoided endpoints, k < 1")
    func badRequests() throws {
        let network = try curated()
        #expect(throws: SelectionError.unknownEntity("Ukrane", suggestions: ["Ukraine"])) {
            _ = try network.paths(from: "Ukrane", to: "KAZ")
        }
        #expect(throws: PathError.self) { _ = try network.paths(from: "UKR", to: "KAZ", avoiding: ["Kazakhstan"]) }
        #expect(throws: PathError.invalidArgument("k must be at least 1 (got 0)")) {
            _ = try network.paths(from: "UKR", to: "KAZ", k: 0)
        }
    }
}
