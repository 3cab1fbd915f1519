import Foundation
import Testing

@Suite("CLI: convert writes the two CSV files as a unit, and locates CSV and DOT errors")
struct ConvertSafetyTests {
    static let curated = CLIRunner.packageRoot.appendingPathComponent("Graphs/kazakhstan-multivector.yaml").path

    @Test("an existing NAME.nodes.csv or NAME.edges.csv is never overwritten or deleted, and nothing is half-written")
    func twoFileOutputKeepsUserFiles() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for existing in ["net.nodes.csv", "net.edges.csv"] {
            let mine = folder.appendingPathComponent(existing)
            try "user data\n".write(to: mine, atomically: true, encoding: .utf8)
            let result = try CLIRunner.run(["convert", Self.curated, "net.csv"], in: folder)
            #expect(result.status == 1)
            #expect(result.stderr.contains("already exists"), "\(result.stderr)")
            #expect(try String(contentsOf: mine, encoding: .utf8) == "user data\n")
            let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            #expect(files == [existing], "nothing else written, no temporary left: \(files)")
            try FileManager.default.removeItem(at: mine)
        }
        let result = try CLIRunner.run(["convert", Self.curated, "net.csv"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["net.edges.csv", "net.nodes.csv"])
        // A one-file output still replaces an older file.
        try "old\n".write(to: folder.appendingPathComponent("net.yaml"), atomically: true, encoding: .utf8)
        let yaml = try CLIRunner.run(["convert", "net.csv", "net.yaml"], in: folder)
        #expect(yaml.status == 0, "\(yaml.stderr)")
        #expect(try String(contentsOf: folder.appendingPathComponent("net.yaml"), encoding: .utf8) != "old\n")
    }

    @Test("CSV and DOT import errors are file:line:col: error: message")
    func errorShape() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "id,source,target\ne1,A,\"B\nC\"\ne2,A,\"B\" x\n".write(
            to: folder.appendingPathComponent("bad.csv"), atomically: true, encoding: .utf8)
        let csv = try CLIRunner.run(["convert", "bad.csv", "out.yaml"], in: folder)
        #expect(csv.status == 1)
        #expect(csv.stderr.hasPrefix("bad.csv:4:9: error: unexpected text after a closing quote"), "\(csv.stderr)")
        try "digraph {\n a [label=\"one\ntwo\"]\n a -> \n}\n".write(
            to: folder.appendingPathComponent("bad.dot"), atomically: true, encoding: .utf8)
        let dot = try CLIRunner.run(["convert", "bad.dot", "out.yaml"], in: folder)
        #expect(dot.status == 1)
        #expect(dot.stderr.hasPrefix("bad.dot:5:1: error: DOT: syntax error in line 5 near '}'"), "\(dot.stderr)")
    }
}
