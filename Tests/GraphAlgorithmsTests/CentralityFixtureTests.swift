import GraphAlgorithms
import Testing

/// Every measure against NetworkX values for the fixture graphs.
@Suite("Centrality matches NetworkX")
struct CentralityFixtureTests {
    static let graphNames = ["directed-weighted", "undirected-weighted", "disconnected",
                             "parallel-edges", "dangling"]

    @Test("fixture file is complete")
    func fixtureCoverage() {
        let fixtures = CentralityFixtures.shared
        #expect(fixtures.graphs.map(\.name) == Self.graphNames)
        let measures = Set(fixtures.graphs.flatMap { $0.cases.map(\.measure) })
        #expect(measures == ["degree", "strength", "betweenness", "edgeBetweenness", "closeness",
                             "harmonic", "eigenvector", "pageRank", "hits", "katz"])
    }

    @Test("all measures", arguments: graphNames)
    func allMeasures(graphName: String) throws {
        let fixture = CentralityFixtures.graph(named: graphName)
        let graph = fixture.graph
        for testCase in fixture.cases {
            try check(testCase, on: graph, named: graphName)
        }
    }

    private func check(_ c: FixtureCase, on graph: Graph, named name: String) throws {
        let label = "\(name): \(c)"
        if let expectedError = c.error {
            #expect(expectedError == "didNotConverge", "\(label): unknown error kind")
            #expect(throws: CentralityError.self, "\(label) should not converge") {
                _ = try run(c, on: graph)
            }
            return
        }
        switch c.measure {
        case "edgeBetweenness":
            let result = try graph.edgeBetweenness(
                weights: c.pathWeights, normalized: c.normalized ?? true, sampling: c.sampling)
            let expected = c.edges ?? []
            #expect(result.count == expected.count, "\(label): edge count")
            for row in expected {
                let value = result.value(from: Int(row[0]), to: Int(row[1]))
                #expect(
                    value.map { close($0, row[2], tolerance: exactTolerance) } == true,
                    "\(label): edge \(Int(row[0]))–\(Int(row[1])) is \(String(describing: value)), expected \(row[2])"
                )
            }
            checkSources(c, graph: graph, label: label)
        case "hits":
            let scores = try graph.hits(weights: c.strengthWeights)
            let hubs = firstMismatch(
                scores.hubs, c.hubs ?? [], tolerance: iterativeTolerance, normwise: true)
            #expect(hubs == nil, "\(label) hubs: \(hubs ?? "")")
            let authorities = firstMismatch(
                scores.authorities, c.authorities ?? [], tolerance: iterativeTolerance,
                normwise: true)
            #expect(authorities == nil, "\(label) authorities: \(authorities ?? "")")
        default:
            let iterative = ["eigenvector", "pageRank", "katz"].contains(c.measure)
            let values = try run(c, on: graph)
            let mismatch = firstMismatch(
                values, c.values ?? [], tolerance: iterative ? iterativeTolerance : exactTolerance,
                normwise: iterative)
            #expect(mismatch == nil, "\(label): \(mismatch ?? "")")
            checkSources(c, graph: graph, label: label)
        }
    }

    /// The sampled sources equal those the fixture script handed to NetworkX.
    private func checkSources(_ c: FixtureCase, graph: Graph, label: String) {
        guard let sampling = c.sampling else { return }
        #expect(
            sampling.sources(vertexCount: graph.vertexCount).map(Int.init) == c.sources,
            "\(label): sampled sources differ from the fixture's")
    }

    private func run(_ c: FixtureCase, on graph: Graph) throws -> [Double] {
        switch c.measure {
        case "degree": return graph.degreeCentrality(direction: c.degreeDirection)
        case "strength": return graph.strength(direction: c.degreeDirection)
        case "betweenness":
            return try graph.betweenness(
                weights: c.pathWeights, normalized: c.normalized ?? true,
                endpoints: c.endpoints ?? false, sampling: c.sampling)
        case "closeness": return try graph.closeness(weights: c.pathWeights)
        case "harmonic": return try graph.harmonic(weights: c.pathWeights)
        case "eigenvector": return try graph.eigenvector(weights: c.strengthWeights).values
        case "pageRank":
            return try graph.pageRank(
                damping: c.damping ?? 0.85, personalization: c.personalization,
                dangling: c.dangling, weights: c.strengthWeights
            ).values
        case "katz":
            return try graph.katz(
                alpha: c.alpha ?? 0.1, beta: c.beta ?? 1, normalized: c.normalized ?? true,
                weights: c.strengthWeights
            ).values
        default:
            Issue.record("unknown measure \(c.measure)")
            return []
        }
    }
}
