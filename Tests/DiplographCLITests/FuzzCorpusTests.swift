import Foundation
import Testing

/// Every fuzz seed (Fuzz/Corpus/TARGET) and every input the fuzzers found to crash a parser
/// (Tests/Fixtures/fuzz/TARGET, the regression tests) goes through `diplograph info` the way the
/// fuzz target feeds it to the loader: the command loads it (exit 0) or refuses it with located
/// errors (exit 1), never a signal.
@Suite("CLI: fuzz corpus and regressions")
struct FuzzCorpusTests {
    /// A fuzz target: the `--input-format` it loads and the file name it gives the input.
    struct Target: CustomTestStringConvertible, Sendable {
        var name: String
        var format: String
        var fileName: String
        var testDescription: String { name }
    }

    /// The targets of Fuzz/Package.swift.
    static let targets: [Target] = [
        Target(name: "edgelist", format: "edgelist", fileName: "input.txt"),
        Target(name: "csv-edgelist", format: "edgelist", fileName: "input.csv"),
        Target(name: "csv-tables", format: "csv", fileName: "input.csv"),
        Target(name: "dot", format: "dot", fileName: "input.dot"),
        Target(name: "graphml", format: "graphml", fileName: "input.graphml"),
        Target(name: "gexf", format: "gexf", fileName: "input.gexf"),
        Target(name: "nodelink", format: "nodelink", fileName: "input.json"),
        Target(name: "yaml", format: "yaml", fileName: "input.yaml"),
        Target(name: "json", format: "json", fileName: "input.json"),
    ]

    /// The files in `folder` (none when it does not exist).
    static func files(in folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// Writes `input` where the fuzz target would: CSV tables split at the first `\n----\n` line
    /// into `input.nodes.csv` and `input.edges.csv` (see Fuzz/Sources/FuzzSupport).
    static func place(_ input: Data, for target: Target, in folder: URL) throws -> URL {
        let path = folder.appendingPathComponent(target.fileName)
        guard target.name == "csv-tables" else {
            try input.write(to: path)
            return path
        }
        let separator = Data("\n----\n".utf8)
        let (nodes, edges) = input.range(of: separator).map { (input[..<$0.lowerBound], input[$0.upperBound...]) }
            ?? (Data("id\n".utf8), input)
        try nodes.write(to: folder.appendingPathComponent("input.nodes.csv"))
        try edges.write(to: folder.appendingPathComponent("input.edges.csv"))
        return path
    }

    @Test("every seed and regression input exits 0 or 1 with located errors", arguments: targets)
    func corpus(target: Target) throws {
        let root = CLIRunner.packageRoot
        let inputs = Self.files(in: root.appendingPathComponent("Fuzz/Corpus/\(target.name)"))
            + Self.files(in: root.appendingPathComponent("Tests/Fixtures/fuzz/\(target.name)"))
        #expect(!inputs.isEmpty)
        for input in inputs {
            let folder = try CLIRunner.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            let path = try Self.place(try Data(contentsOf: input), for: target, in: folder)
            let result = try CLIRunner.run(["info", "--input-format", target.format, path.path], in: folder)
            #expect([0, 1].contains(result.status), "\(input.lastPathComponent): exit \(result.status)\n\(result.stderr)")
            if result.status == 1 {
                let first = result.stderr.split(separator: "\n").first.map(String.init) ?? ""
                #expect(
                    first.contains(/^.+:\d+:\d+: error: ./), "\(input.lastPathComponent): not a located error: \(first)")
            }
        }
    }
}
