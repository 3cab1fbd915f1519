import Foundation
import Testing

/// An example's arguments and the `diplograph` arguments it stands for.
struct ExampleCase: Sendable, CustomTestStringConvertible {
    var product: String
    var example: [String]
    var command: [String]

    /// The product and its arguments, file paths shortened to their names.
    var testDescription: String {
        ([product] + example.map { $0.hasPrefix("/") ? URL(fileURLWithPath: $0).lastPathComponent : $0 }).joined(separator: " ")
    }
}

@Suite("Examples print what their subcommands print")
struct ExampleTests {
    static let small = CLIRunner.fixture("network/small.yaml")
    static let edgeList = CLIRunner.packageRoot.appendingPathComponent(
        "Tests/GraphAlgorithmsTests/Fixtures/edgelists/people.edges").path

    static let cases = [
        ExampleCase(product: "communities-vs-blocs", example: ["--json"], command: ["communities", "--format", "json"]),
        ExampleCase(product: "communities-vs-blocs", example: [small, "--json"], command: ["communities", small, "--format", "json"]),
        ExampleCase(
            product: "sourced-path", example: ["Ukraine", "Kazakhstan", "--layers", "transit", "--directed", "--json"],
            command: ["path", "Ukraine", "Kazakhstan", "--layers", "transit", "--directed", "--format", "json"]),
        ExampleCase(
            product: "sourced-path", example: ["China", "Russia", small, "--k", "2", "--json"],
            command: ["path", "China", "Russia", small, "--k", "2", "--format", "json"]),
        ExampleCase(
            product: "centrality-report", example: ["--top", "5", "--json"], command: ["centrality", "--top", "5", "--format", "json"]),
        ExampleCase(
            product: "dependencies", example: ["Kazakhstan", "--json"],
            command: ["dependencies", "Kazakhstan", "--top", "10", "--format", "json"]),
        ExampleCase(product: "balance", example: ["--json"], command: ["balance", "--format", "json"]),
        ExampleCase(
            product: "large-edge-list-pagerank", example: [edgeList, "--json"],
            command: ["centrality", edgeList, "--measure", "pagerank", "--top", "10", "--format", "json"]),
    ]

    @Test("an example's --json is byte-identical to its subcommand's --format json", arguments: cases)
    func sameJSON(_ test: ExampleCase) throws {
        let example = try CLIRunner.runExample(test.product, test.example)
        let command = try CLIRunner.run(test.command)
        #expect(example.status == 0, "\(example.stderr)")
        #expect(command.status == 0, "\(command.stderr)")
        #expect(example.stdout.hasPrefix("{"), "\(example.stdout)")
        #expect(example.stdout == command.stdout)
    }

    @Test("diagram and report write their files where they are told and print the path")
    func writtenFiles() throws {
        let folder = try CLIRunner.temporaryFolder()
        for (product, name, marker) in [("diagram", "d.svg", "<svg"), ("report", "r.html", "<html")] {
            let path = folder.appendingPathComponent(name).path
            let result = try CLIRunner.runExample(product, ["--output", path])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains(path))
            #expect(try String(contentsOfFile: path, encoding: .utf8).contains(marker))
        }
    }
}
