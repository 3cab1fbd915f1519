import Foundation
import Testing

@Suite("CLI: robustness and explain")
struct RobustnessCommandTests {
    @Test("robustness JSON has the entity and source fields; the fixture's one-source entity is flagged")
    func fields() throws {
        let result = try CLIRunner.run([
            "robustness", CLIRunner.fixture("network/robustness.yaml"), "--measure", "pagerank", "--samples", "30", "--format", "json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let entities = try #require(object["entities"] as? [[String: Any]])
        for key in ["id", "rank", "rank_min", "rank_max", "rank_p05", "rank_p95"] {
            #expect(entities.allSatisfy { $0[key] != nil }, "\(key)")
        }
        let sources = try #require(object["sources"] as? [[String: Any]])
        #expect(sources.allSatisfy { $0["id"] != nil && $0["rank_correlation"] != nil })
        #expect(entities.first { $0["id"] as? String == "Z" }?["hinges_on"] as? String == "s3")
        let table = try CLIRunner.run(["robustness", CLIRunner.fixture("network/robustness.yaml"), "--samples", "30"])
        #expect(table.stdout.contains("What hinges on one source"))
    }

    @Test("bad input: --samples 0 is a usage error; no sources, or an edge list, is exit 1; unknown entity gets suggestions")
    func badInput() throws {
        let zero = try CLIRunner.run(["robustness", "--samples", "0"])
        #expect(zero.status == 64, "\(zero.stderr)")
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let unsourced = """
            schema: diplograph/1
            sources: []
            layers: [{ id: trade, domain: economic }]
            entities: [{ id: A, kind: state, name: A }, { id: B, kind: state, name: B }]
            relations: [{ from: A, to: B, layer: trade, strength: 1 }]

            """
        try unsourced.write(to: folder.appendingPathComponent("plain.yaml"), atomically: true, encoding: .utf8)
        let none = try CLIRunner.run(["robustness", "plain.yaml"], in: folder)
        #expect(none.status == 1)
        #expect(none.stderr.contains("no sources"), "\(none.stderr)")
        try "a b 1\nb c 1\n".write(to: folder.appendingPathComponent("g.edges"), atomically: true, encoding: .utf8)
        let edges = try CLIRunner.run(["robustness", "g.edges"], in: folder)
        #expect(edges.status == 1 && edges.stderr.contains("no sources"), "\(edges.stderr)")
        let unknown = try CLIRunner.run(["explain", "Rusia"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("did you mean") && unknown.stderr.contains("Russia"), "\(unknown.stderr)")
        let measure = try CLIRunner.run(["explain", "Russia", "--measure", "katz"])
        #expect(measure.status == 1 && measure.stderr.contains("explainable measures"))
    }

    @Test("explain Russia: ties with citations, and the parts add up")
    func explainRussia() throws {
        let result = try CLIRunner.run(["explain", "Russia", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let score = try #require(object["score"] as? Double)
        let ties = try #require(object["ties"] as? [[String: Any]])
        let terms = try #require(object["terms"] as? [[String: Any]])
        let total = (ties + terms).compactMap { $0["contribution"] as? Double }.reduce(0, +)
        #expect(abs(total - score) <= 1e-9)
        let text = try CLIRunner.run(["explain", "Russia"])
        #expect(text.stdout.contains("Kazakhstan (KAZ)") && text.stdout.contains("¶"), "\(text.stdout)")
        let withGraph = try CLIRunner.run(["explain", "K", "E", CLIRunner.fixture("network/evidence.yaml")])
        #expect(withGraph.stdout.contains("Disputes"), "\(withGraph.stdout)")
    }
}

@Suite("CLI: figures")
struct FiguresCommandTests {
    @Test("figures lists every figure of the graph with its citation; an entity restricts to its ties")
    func figures() throws {
        let all = try CLIRunner.run(["figures", "--format", "json"])
        #expect(all.status == 0, "\(all.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [String: Any])
        let figures = try #require(object["figures"] as? [[String: Any]])
        // Independent count: every figure in the curated file.
        let yaml = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("Graphs/kazakhstan-multivector.yaml"), encoding: .utf8)
        let expected = yaml.components(separatedBy: "\n").filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("- measure:") || $0.contains("{ measure:") }.count
        #expect(figures.count == expected && expected > 0, "\(figures.count) vs \(expected)")
        #expect(figures.allSatisfy { $0["source"] is String && $0["paragraph"] is Int && $0["evidence"] is String })
        let china = try CLIRunner.run(["figures", "China", "--format", "json"])
        let chinaFigures = try #require((try JSONSerialization.jsonObject(with: Data(china.stdout.utf8)) as? [String: Any])?["figures"] as? [[String: Any]])
        #expect(chinaFigures.allSatisfy { $0["from"] as? String == "CHN" || $0["to"] as? String == "CHN" })
        #expect(chinaFigures.count < figures.count)
        let fixture = try CLIRunner.run(["figures", CLIRunner.fixture("network/small.yaml")])
        #expect(fixture.status == 0, "\(fixture.stderr)")
    }
}
