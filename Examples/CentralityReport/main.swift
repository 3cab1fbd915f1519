// Centrality report: who is central in the network, by degree, betweenness, closeness and PageRank.
//
//   swift run centrality-report [GRAPH] [--top N] [--json]
//   the CLI: diplograph centrality [GRAPH] --top N [--format json]
//
// GRAPH is a network file (default: the bundled curated graph); --top keeps the first N rows
// (default 10). --json prints exactly what the CLI prints with --format json.
import Diplograph
import Foundation

var arguments = Array(CommandLine.arguments.dropFirst())
/// Removes `name` and the value after it from `arguments`; returns the value.
func option(_ name: String, in arguments: inout [String]) -> String? {
    guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count else { return nil }
    defer { arguments.removeSubrange(i...(i + 1)) }
    return arguments[i + 1]
}
let top = option("--top", in: &arguments).flatMap { Int($0) } ?? 10
let json = arguments.contains("--json")
arguments.removeAll { $0 == "--json" }
let graphPath = arguments.first ?? BundledGraphs.curatedGraphURL?.path ?? "Graphs/kazakhstan-multivector.yaml"

func cell(_ text: String, _ width: Int) -> String { text.padding(toLength: width, withPad: " ", startingAt: 0) }

do {
    let network = try NetworkDocument.load(path: graphPath).document.network
    let table = try AnalysisGraph(network: network).centralityTable().top(top)
    guard !json else {
        print(try ResultJSON.text(table), terminator: "")
        exit(0)
    }
    print(table.measures.map { cell($0.rawValue, 13) }.joined() + "entity")
    for row in table.rows {
        print(row.values.map { cell(String(format: "%.4f", $0), 13) }.joined() + "\(row.label) (\(row.id))")
    }
} catch {
    FileHandle.standardError.write(Data("centrality-report: \(error)\n".utf8))
    exit(1)
}
