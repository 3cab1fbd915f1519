// Sourced path: the best paths between two entities, every hop with the relations that make it
// and the citations behind each relation.
//
//   swift run sourced-path [FROM TO [GRAPH]] [--layers L1,L2] [--directed] [--k N] [--json]
//   the CLI: diplograph path FROM TO [GRAPH] [--layers L1,L2] [--directed] [--k N] [--format json]
//
// FROM and TO are ids, names or aliases (default: Ukraine, Kazakhstan); GRAPH is a network file
// (default: the bundled curated graph). Try `sourced-path Ukraine Kazakhstan --layers transit
// --directed`: how goods from Ukraine reach Kazakhstan overland. --json prints exactly what the CLI
// prints with --format json.
import Diplograph
import Foundation

var arguments = Array(CommandLine.arguments.dropFirst())
/// Removes `name` and the value after it from `arguments`; returns the value.
func option(_ name: String, in arguments: inout [String]) -> String? {
    guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count else { return nil }
    defer { arguments.removeSubrange(i...(i + 1)) }
    return arguments[i + 1]
}
let layers = option("--layers", in: &arguments).map { Set($0.split(separator: ",").map { LayerID(String($0)) }) }
let k = option("--k", in: &arguments).flatMap { Int($0) } ?? 1
let (directed, json) = (arguments.contains("--directed"), arguments.contains("--json"))
arguments.removeAll { $0 == "--directed" || $0 == "--json" }
let (from, to) = arguments.count >= 2 ? (arguments[0], arguments[1]) : ("Ukraine", "Kazakhstan")
let graphPath = arguments.count > 2 ? arguments[2] : BundledGraphs.curatedGraphURL?.path ?? "Graphs/kazakhstan-multivector.yaml"

do {
    let network = try NetworkDocument.load(path: graphPath).document.network
    let input = try AnalysisGraph(
        network: network, selection: NetworkSelection(layers: layers), projection: ProjectionOptions(directed: directed))
    let search = try input.paths(PathQuery(from: from, to: to, k: k))
    guard !json else {
        print(try ResultJSON.text(search), terminator: "")
        exit(0)
    }
    if search.paths.isEmpty { print("no path from \(search.from.label) to \(search.to.label)") }
    for path in search.paths {
        let hops = path.hopsCount == 1 ? "1 hop" : "\(path.hopsCount) hops"
        print("\(path.rank). \(path.labels.joined(separator: " → "))  (distance \(String(format: "%g", path.cost)), \(hops))")
        for hop in path.hops {
            print("   \(hop.from) → \(hop.to), tie strength \(hop.strength.map { String(format: "%.2f", $0) } ?? "–")")
            for relation in hop.relations {
                let dates = [relation.since.map { "since \($0)" }, relation.until.map { "until \($0)" }].compactMap { $0 }
                print("     " + (["\(relation.layer) \(relation.from) → \(relation.to)", "strength \(relation.strength)"] + dates).joined(separator: ", "))
                for citation in relation.citations {
                    print("       \(citation.title ?? citation.source) (\(citation.source)), ¶\(citation.paragraph): “\(citation.evidence)”")
                }
            }
        }
    }
} catch {
    FileHandle.standardError.write(Data("sourced-path: \(error)\n".utf8))
    exit(1)
}
