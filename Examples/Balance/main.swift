// Balance: how evenly one actor's ties spread over the external poles, per domain (tie strength,
// HHI, normalised entropy), over time, and what the sources themselves claim about each tie.
//
//   swift run balance [FOCUS [GRAPH]] [--json]
//   the CLI: diplograph balance [FOCUS] [GRAPH] [--format json]
//
// FOCUS is an id, name or alias (default: the state with the most relations); GRAPH is a network
// file (default: the bundled curated graph). The poles are Russia, China, the United States, the
// EU and Türkiye when the network has them all. --json prints exactly what the CLI prints.
import Diplograph
import Foundation

var arguments = Array(CommandLine.arguments.dropFirst())
let json = arguments.contains("--json")
arguments.removeAll { $0 == "--json" }
let graphPath = arguments.count > 1 ? arguments[1] : BundledGraphs.curatedGraphURL?.path ?? "Graphs/kazakhstan-multivector.yaml"

func cell(_ text: String, _ width: Int) -> String { text.padding(toLength: width, withPad: " ", startingAt: 0) }
func number(_ value: Double?) -> String { value.map { String(format: "%.3f", $0) } ?? "–" }

do {
    let network = try NetworkDocument.load(path: graphPath).document.network
    let analysis = try network.balanceAnalysis(focus: arguments.first)
    guard !json else {
        print(try ResultJSON.text(analysis), terminator: "")
        exit(0)
    }
    print("Balance of \(analysis.focus.label): " + analysis.poles.map { "\($0.id) = \($0.label)" }.joined(separator: ", "))
    print("\n" + cell("domain", 16) + analysis.poles.map { cell($0.id, 7) }.joined() + "HHI    entropy")
    let rows = (analysis.balance.domains + [analysis.balance.overall]).map { ($0.domain.rawValue, $0) }
        + analysis.timeline.map { ("all, \($0.asOf ?? "?")", $0.overall) }
    for (name, row) in rows {
        print(cell(name, 16) + row.strengths.map { cell(String(format: "%.2f", $0), 7) }.joined()
              + cell(number(row.herfindahl), 7) + number(row.normalizedEntropy))
    }
    if !analysis.assessments.isEmpty { print("\nWhat the sources claim:") }
    for check in analysis.assessments {
        let verdict = check.agrees ? "agrees" : "differs"
        print("  \(check.pole) \(check.domain): \(check.level.rawValue) (\(check.citation.source) ¶\(check.citation.paragraph)); "
              + String(format: "data share %.2f, ", check.share) + verdict)
    }
} catch {
    FileHandle.standardError.write(Data("balance: \(error)\n".utf8))
    exit(1)
}
