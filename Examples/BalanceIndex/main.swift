// Balance index of a chosen state: how evenly its ties spread over the external poles, per domain.
//
//   swift run balance-index [STATE] [GRAPH]
//
// STATE is an id or a name (default: Kazakhstan); GRAPH defaults to the bundled curated graph.
// Prints, per domain, the tie strength with each pole, the Herfindahl–Hirschman index (HHI) and the
// normalised entropy, then what the sources themselves claim about each tie.
import Diplograph
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
let stateName = arguments.first ?? "Kazakhstan"
let graphPath = arguments.count > 1 ? arguments[1] : BundledGraphs.curatedGraphURL?.path ?? "Graphs/kazakhstan-multivector.yaml"

do {
    let network = try NetworkDocument.load(path: graphPath).document.network
    let state = try network.resolveEntity(stateName)
    let poles = try ["Russia", "China", "United States", "European Union", "Türkiye"].map { try network.resolveEntity($0).id }
    let report = try network.balance(of: state.id, poles: poles)

    print("Balance of \(state.name) between \(poles.joined(separator: ", "))\n")
    print("domain".padding(toLength: 10, withPad: " ", startingAt: 0), poles.map { $0.padding(toLength: 6, withPad: " ", startingAt: 0) }.joined(), "HHI    entropy")
    for domain in report.domains + [report.overall] {
        let strengths = domain.strengths.map { String(format: "%-6.2f", $0) }.joined()
        let hhi = domain.herfindahl.map { String(format: "%.3f", $0) } ?? "  –  "
        let entropy = domain.normalizedEntropy.map { String(format: "%.3f", $0) } ?? "  –"
        print(domain.domain.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0), strengths, hhi, " ", entropy)
    }

    print("\nWhat the sources claim:")
    for check in network.checkAssessments(against: report) {
        let verdict = check.agrees ? "agrees" : "differs"
        print("  \(check.pole) \(check.domain): \(check.level.rawValue) (\(check.citation.source) ¶\(check.citation.paragraph)) — data share \(String(format: "%.2f", check.share)), \(verdict)")
    }
} catch {
    FileHandle.standardError.write(Data("balance-index: \(error)\n".utf8))
    exit(1)
}
