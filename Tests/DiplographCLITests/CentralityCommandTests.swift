import Foundation
import Testing

@Suite("CLI: centrality")
struct CentralityCommandTests {
    func json(_ result: CLIResult) throws -> (measures: [String], rows: [[String: Any]]) {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return (try #require(object["measures"] as? [String]), try #require(object["rows"] as? [[String: Any]]))
    }

    @Test("JSON has the measures and rows sorted by the first measure, ties by id")
    func jsonShape() throws {
        let result = try CLIRunner.run([
            "centrality", CLIRunner.fixture("network/small.yaml"), "--measure", "degree", "--measure", "pagerank",
            "--format", "json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let (measures, rows) = try json(result)
        #expect(measures == ["degree", "pagerank"])
        #expect(rows.map { $0["id"] as? String } == ["KAZ", "CHN", "EEU", "RUS", "CPC"])
        #expect(rows.first?["label"] as? String == "Kazakhstan")
        // Undirected projection without tension: KAZ has 3 of 4 possible neighbours.
        #expect(rows.first?["degree"] as? Double == 0.75)
        let total = rows.compactMap { $0["pagerank"] as? Double }.reduce(0, +)
        #expect(abs(total - 1) < 1e-9)
    }

    @Test("edge lists use their vertex names as ids; --raw gives counts")
    func edgeList() throws {
        let folder = try CLIRunner.temporaryFolder()
        let file = folder.appendingPathComponent("g.edges")
        try "# triangle plus a tail\nx y\ny z\nz x\nz w\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["centrality", file.path, "--measure", "degree", "--raw", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "id,label,degree\nz,z,3.0\nx,x,2.0\ny,y,2.0\nw,w,1.0\n")
        #expect(result.stderr.isEmpty, "no progress lines when stderr is not a terminal")
    }

    @Test("--top limits rows; the table fits 80 columns")
    func topAndWidth() throws {
        let result = try CLIRunner.run([
            "centrality", CLIRunner.fixture("network/small.yaml"), "--top", "2",
            "--measure", "betweenness", "--measure", "closeness", "--measure", "harmonic", "--measure", "pagerank",
        ])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines.allSatisfy { $0.count <= 80 }, "\(lines)")
    }

    @Test("bad requests: unknown measure, unknown layer, empty selection, malformed edge list, NaN weight")
    func badInput() throws {
        let small = CLIRunner.fixture("network/small.yaml")
        let unknownMeasure = try CLIRunner.run(["centrality", small, "--measure", "fame"])
        #expect(unknownMeasure.status == 64)
        #expect(unknownMeasure.stderr.contains("fame"))
        let unknownLayer = try CLIRunner.run(["centrality", small, "--layers", "energy"])
        #expect(unknownLayer.status == 1)
        #expect(unknownLayer.stderr.contains("no layer 'energy'"))
        let none = try CLIRunner.run(["centrality", small, "--as-of", "1990", "--kinds", "bloc"])
        #expect(none.status == 1)
        #expect(none.stderr.contains("selection is empty"))

        let folder = try CLIRunner.temporaryFolder()
        let malformed = folder.appendingPathComponent("bad.edges")
        try "a b 1\nb c 2\nc\n".write(to: malformed, atomically: true, encoding: .utf8)
        let badList = try CLIRunner.run(["centrality", malformed.path])
        #expect(badList.status == 1)
        #expect(badList.stderr.contains("bad.edges:3"), "\(badList.stderr)")
        let nan = folder.appendingPathComponent("nan.edges")
        try "a b 1\nb c nan\n".write(to: nan, atomically: true, encoding: .utf8)
        let nanList = try CLIRunner.run(["centrality", nan.path])
        #expect(nanList.status == 1)
        #expect(nanList.stderr.contains("nan.edges:2"), "\(nanList.stderr)")
        let layered = try CLIRunner.run(["centrality", nan.path, "--layers", "trade"])
        #expect(layered.status == 1)
    }
}
