import Foundation
import Testing

/// "Bring your own network": every command reads every format, weights mean the same whatever the
/// format, and NetworkX's own graphs give NetworkX's numbers.
@Suite("CLI: foreign graphs")
struct ForeignGraphTests {
    /// The foreign fixtures (see Scripts/make-foreign-fixtures.py) with two vertices to join by a path.
    static let fixtures: [(file: String, from: String, to: String)] = [
        ("foreign/lesmis.graphml", "Napoleon", "Valjean"),
        ("foreign/davis.gexf", "Evelyn Jefferson", "E14"),
        ("foreign/florentine.nodelink.json", "Acciaiuoli", "Strozzi"),
        ("foreign/alliances.dot", "A", "E"),
    ]

    /// The `id` → value of `measure` in a `centrality --format json` result.
    static func values(_ result: CLIResult, _ measure: String) throws -> [String: Double] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let rows = try #require(object["rows"] as? [[String: Any]])
        var values: [String: Double] = [:]
        for row in rows { values[try #require(row["id"] as? String)] = try #require(row[measure] as? Double) }
        return values
    }

    @Test("each foreign file goes through info, centrality, communities, path, render and report", arguments: fixtures)
    func everyCommand(file: String, from: String, to: String) throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = CLIRunner.fixture(file)
        let runs: [[String]] = [
            ["info", path],
            ["centrality", path],
            ["communities", path],
            ["path", from, to, path],
            ["render", path, "--format", "dot"],
            ["report", path, "--output", "report.md"],
        ]
        for arguments in runs {
            let result = try CLIRunner.run(arguments, in: folder)
            #expect(result.status == 0, "\(arguments.joined(separator: " ")): \(result.stderr)")
            #expect(!result.stderr.contains("relation has no citation"), "missing citations are one note, not one warning each")
        }
        let report = try String(contentsOf: folder.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(report.contains("What the sources quantify is left out: the network records no figures."))
        #expect(report.contains("How much rests on each source is left out: the network cites no sources."))
        let info = try CLIRunner.run(["info", path], in: folder)
        if !file.hasSuffix(".dot") { #expect(info.stderr.contains("have no citation (uncurated data)"), "\(info.stderr)") }
    }

    @Test("unweighted betweenness equals NetworkX's", arguments: fixtures.prefix(3).map(\.file))
    func betweennessMatchesNetworkX(file: String) throws {
        let reference = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: CLIRunner.fixture("foreign/betweenness.json"))))
                as? [String: Any])
        let expected = try #require(reference[URL(fileURLWithPath: file).lastPathComponent] as? [String: Double])
        let result = try CLIRunner.run([
            "centrality", CLIRunner.fixture(file), "--measure", "betweenness", "--distance", "unit", "--format", "json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let actual = try Self.values(result, "betweenness")
        #expect(Set(actual.keys) == Set(expected.keys))
        for (id, value) in expected {
            #expect(abs((actual[id] ?? .nan) - value) < 1e-9, "\(file): \(id): \(actual[id] ?? .nan) vs NetworkX \(value)")
        }
    }

    /// A weighted graph with weights above 1, as an edge list.
    static let edges: [(String, String, Double)] = [
        ("a", "b", 3), ("b", "c", 1.5), ("c", "a", 0.5), ("c", "d", 7), ("d", "e", 2), ("e", "f", 0.25), ("f", "d", 4),
        ("b", "e", 1), ("g", "a", 12),
    ]

    @Test("the same weighted graph gives the same centralities in every format")
    func sameCentralitiesEveryFormat() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.edges.map { "\($0.0) \($0.1) \($0.2)\n" }.joined()
            .write(to: folder.appendingPathComponent("g.edges"), atomically: true, encoding: .utf8)
        try ("source,target,weight\n" + Self.edges.map { "\($0.0),\($0.1),\($0.2)\n" }.joined())
            .write(to: folder.appendingPathComponent("g-edges.csv"), atomically: true, encoding: .utf8)
        var graphml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="w" for="edge" attr.name="weight" attr.type="double"/>
              <graph edgedefault="undirected">

            """
        for name in ["a", "b", "c", "d", "e", "f", "g"] { graphml += "    <node id=\"\(name)\"/>\n" }
        for (source, target, weight) in Self.edges {
            graphml += "    <edge source=\"\(source)\" target=\"\(target)\"><data key=\"w\">\(weight)</data></edge>\n"
        }
        graphml += "  </graph>\n</graphml>\n"
        try graphml.write(to: folder.appendingPathComponent("g.graphml"), atomically: true, encoding: .utf8)
        for target in ["g.gexf", "g.nodelink.json", "g.yaml", "tables.csv"] {
            let converted = try CLIRunner.run(["convert", "g.graphml", target], in: folder)
            #expect(converted.status == 0, "\(target): \(converted.stderr)")
        }
        let measures = ["closeness", "betweenness", "pagerank"]
        var reference: [String: [String: Double]]?
        for file in ["g.edges", "g-edges.csv", "g.graphml", "g.gexf", "g.nodelink.json", "g.yaml", "tables.csv"] {
            let result = try CLIRunner.run(
                ["centrality", file, "--format", "json"] + measures.flatMap { ["--measure", $0] }, in: folder)
            #expect(result.status == 0, "\(file): \(result.stderr)")
            guard result.status == 0 else { continue }
            var values: [String: [String: Double]] = [:]
            for measure in measures { values[measure] = try Self.values(result, measure) }
            guard let reference else {
                reference = values
                continue
            }
            for measure in measures {
                let (expected, actual) = (reference[measure] ?? [:], values[measure] ?? [:])
                #expect(Set(expected.keys) == Set(actual.keys), "\(file) \(measure)")
                for (id, value) in expected {
                    #expect(abs((actual[id] ?? .nan) - value) < 1e-9, "\(file) \(measure) \(id): \(actual[id] ?? .nan) vs \(value)")
                }
            }
        }
    }

    @Test("--weights distance inverts weights; a zero weight is a located error; a negative one is a tension")
    func weightSemantics() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "a b 2\nb c 4\n".write(to: folder.appendingPathComponent("lengths.edges"), atomically: true, encoding: .utf8)
        try "a b 0.5\nb c 0.25\n".write(to: folder.appendingPathComponent("strengths.edges"), atomically: true, encoding: .utf8)
        let lengths = try CLIRunner.run(
            ["centrality", "lengths.edges", "--weights", "distance", "--measure", "pagerank", "--format", "json"], in: folder)
        let strengths = try CLIRunner.run(["centrality", "strengths.edges", "--measure", "pagerank", "--format", "json"], in: folder)
        #expect(lengths.status == 0 && strengths.status == 0, "\(lengths.stderr)\(strengths.stderr)")
        #expect(try Self.values(lengths, "pagerank") == Self.values(strengths, "pagerank"))

        try "a b 1\nb c 0\n".write(to: folder.appendingPathComponent("zero.edges"), atomically: true, encoding: .utf8)
        let zero = try CLIRunner.run(["centrality", "zero.edges"], in: folder)
        #expect(zero.status != 0)
        #expect(zero.stderr.contains("zero.edges:2:5: error:"), "\(zero.stderr)")

        try "a b 1\nb c -2\n".write(to: folder.appendingPathComponent("signed.edges"), atomically: true, encoding: .utf8)
        let signed = try CLIRunner.run(["info", "signed.edges", "--format", "json"], in: folder)
        #expect(signed.status == 0, "\(signed.stderr)")
        let balance = try CLIRunner.run(["balance", "signed.edges", "--poles", "a,c"], in: folder)
        #expect(balance.status == 0, "\(balance.stderr)")
    }

    @Test("commands that need a network read an edge list as one; --input-format overrides detection")
    func edgeListAsNetwork() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.edges.map { "\($0.0) \($0.1) \($0.2)\n" }.joined()
            .write(to: folder.appendingPathComponent("g.txt"), atomically: true, encoding: .utf8)
        for arguments in [["info", "g.txt"], ["balance", "g.txt"], ["validate", "g.txt"], ["explain", "a", "b", "g.txt"], ["figures", "g.txt"]] {
            let result = try CLIRunner.run(arguments, in: folder)
            #expect(result.status == 0, "\(arguments.joined(separator: " ")): \(result.stderr)")
        }
        let robustness = try CLIRunner.run(["robustness", "g.txt"], in: folder)
        #expect(robustness.status == 1)
        #expect(robustness.stderr.contains("cites no sources"), "\(robustness.stderr)")
        try FileManager.default.copyItem(
            atPath: CLIRunner.fixture("foreign/lesmis.graphml"), toPath: folder.appendingPathComponent("lesmis.xml").path)
        let sniffed = try CLIRunner.run(["info", "lesmis.xml", "--format", "json"], in: folder)
        #expect(sniffed.status == 0, "\(sniffed.stderr)")
        let forced = try CLIRunner.run(["info", "lesmis.xml", "--input-format", "edgelist"], in: folder)
        #expect(forced.status != 0, "an XML file read as an edge list fails")
    }
}
