import Foundation
import Testing

@Suite("CLI: structured output and formats")
struct StructuredOutputTests {
    /// Every subcommand that prints a result, with arguments that give a non-trivial one.
    static let jsonCommands: [[String]] = [
        ["validate"],
        ["info"],
        ["centrality", "--measure", "in-degree", "--measure", "pagerank", "--directed"],
        ["path", "Ukraine", "Kazakhstan", "--layers", "transit", "--directed", "--k", "2"],
        ["path", "Kazakhstan", "China", "--mode", "reliable"],
        ["dependencies", "Kazakhstan"],
        ["communities", "--runs", "3"],
        ["balance", "Kazakhstan"],
        ["robustness", "--samples", "20"],
        ["explain", "Russia"],
        ["explain", "Kazakhstan", "--measure", "betweenness"],
        ["explain", "Kazakhstan", "EEU"],
        ["figures"],
    ]

    /// Every key of every object in `value`, recursively.
    private func keys(of value: Any) -> [String] {
        if let object = value as? [String: Any] {
            return object.keys.sorted() + object.values.flatMap { keys(of: $0) }
        }
        if let array = value as? [Any] { return array.flatMap { keys(of: $0) } }
        return []
    }

    @Test("--format json: every key of every subcommand's output is snake_case", arguments: jsonCommands)
    func snakeCaseKeys(arguments: [String]) throws {
        let result = try CLIRunner.run(arguments + ["--format", "json"])
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        let value = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        let all = keys(of: value)
        #expect(all.count > 5, "\(arguments) printed too little to check")
        let snakeCase = try Regex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
        let offending = Set(all.filter { $0.wholeMatch(of: snakeCase) == nil })
        #expect(offending.isEmpty, "\(arguments): \(offending.sorted())")
    }

    @Test(
        "an unsupported --format is a usage error (64) naming the formats the command supports",
        arguments: [
            (["balance"], "csv", ["table", "json", "markdown"]),
            (["info"], "markdown", ["table", "json"]),
            (["path", "Kazakhstan", "Russia"], "csv", ["table", "json", "markdown"]),
            (["dependencies", "Kazakhstan"], "csv", ["table", "json", "markdown"]),
            (["validate"], "table", ["text", "json"]),
            (["centrality"], "html", ["table", "csv", "json", "markdown"]),
            (["communities"], "yaml", ["table", "csv", "json", "markdown"]),
            (["robustness"], "html", ["table", "csv", "json", "markdown"]),
            (["explain", "Russia"], "csv", ["table", "json", "markdown"]),
        ])
    func unsupportedFormat(command: [String], format: String, supported: [String]) throws {
        let result = try CLIRunner.run(command + ["--format", format])
        #expect(result.status == 64, "\(command) --format \(format): \(result.stderr)")
        #expect(result.stdout.isEmpty)
        for name in supported { #expect(result.stderr.contains("'\(name)'"), "\(command): \(result.stderr)") }
    }

    @Test("--help names each command's formats")
    func helpNamesFormats() throws {
        let help = try CLIRunner.run(["balance", "--help"])
        #expect(help.stdout.contains("Output format: table, json or markdown."))
        let validate = try CLIRunner.run(["validate", "--help"])
        #expect(validate.stdout.contains("Output format: text or json."))
    }
}

@Suite("CLI: one error shape")
struct ErrorShapeTests {
    @Test("analysis commands print an edge-list error once, as file:line:col: error: message", arguments: [
        ["centrality"], ["path", "a", "b"], ["communities"], ["info"],
    ])
    func edgeListErrors(command: [String]) throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "a b 1\nb c x\n".write(to: folder.appendingPathComponent("bad.edges"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(command + ["bad.edges"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("bad.edges:2:5: error: weight 'x' is not a number"), "\(result.stderr)")
        #expect(!result.stderr.contains("error: error:"))
    }
}
