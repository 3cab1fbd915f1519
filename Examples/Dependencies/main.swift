// Dependencies: whom one entity's connections run through, and what is left without each
// intermediary (entities cut off, routes that get longer).
//
//   swift run dependencies [NODE [GRAPH]] [--top N] [--json]
//   the CLI: diplograph dependencies NODE [GRAPH] --top N [--format json]
//
// NODE is an id, name or alias (default: Kazakhstan); GRAPH is a network file (default: the bundled
// curated graph); --top keeps the first N intermediaries (default 10). --json prints exactly what
// the CLI prints with --format json.
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
let node = arguments.first ?? "Kazakhstan"
let graphPath = arguments.count > 1 ? arguments[1] : BundledGraphs.curatedGraphURL?.path ?? "Graphs/kazakhstan-multivector.yaml"

func cell(_ text: String, _ width: Int) -> String { text.padding(toLength: width, withPad: " ", startingAt: 0) }

do {
    let network = try NetworkDocument.load(path: graphPath).document.network
    let report = try AnalysisGraph(network: network).dependencies(of: node).top(top)
    guard !json else {
        print(try ResultJSON.text(report), terminator: "")
        exit(0)
    }
    print("\(report.node.label) reaches \(report.reachable) entities; its shortest paths run through:\n")
    print(cell("share", 8) + cell("without it", 30) + "intermediary: unavoidable for")
    for item in report.intermediaries {
        let increase = item.without.meanIncrease.map { String(format: ", +%.0f%%", $0 * 100) } ?? ""
        let without = "\(item.without.cutOff) cut off, \(item.without.longer) longer\(increase)"
        let unavoidable = item.unavoidableFor.isEmpty ? "" : ": " + item.unavoidableFor.joined(separator: " ")
        print(cell(String(format: "%.1f%%", item.share * 100), 8) + cell(without, 30) + "\(item.label) (\(item.id))" + unavoidable)
    }
} catch {
    FileHandle.standardError.write(Data("dependencies: \(error)\n".utf8))
    exit(1)
}
