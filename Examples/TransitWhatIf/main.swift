// Transit what-if: remove an actor and compare the routes that remain.
//
//   swift run transit-what-if [FROM] [TO] [REMOVED] [GRAPH]
//
// Defaults: from Ukraine to Kazakhstan, removing Russia, on the bundled curated graph. Routes
// follow the transit-domain layers in the direction of the flow; each hop is printed with the
// relation behind it and its source paragraph.
import Diplograph
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
func argument(_ index: Int, _ fallback: String) -> String { arguments.count > index ? arguments[index] : fallback }
let (from, to, removed) = (argument(0, "Ukraine"), argument(1, "Kazakhstan"), argument(2, "Russia"))
let graphPath = argument(3, BundledGraphs.curatedGraphURL?.path ?? "Graphs/kazakhstan-multivector.yaml")

func show(_ paths: [ExplainedPath], in network: RelationNetwork) {
    guard !paths.isEmpty else {
        print("  no route")
        return
    }
    for path in paths {
        print(String(format: "  cost %.2f: ", path.cost) + path.entityIDs.joined(separator: " → "))
        for hop in path.hops {
            for relation in hop.relations {
                let citation = relation.citations.first.map { " [\($0.source) ¶\($0.paragraph): “\($0.evidence)”]" } ?? ""
                print("    \(hop.from) → \(hop.to): \(relation.layer) \(relation.strength)\(citation)")
            }
        }
    }
}

do {
    let network = try NetworkDocument.load(path: graphPath).document.network
    let transitLayers = Set(network.layers.filter { $0.domain == "transit" }.map(\.id))
    let transit = try network.select(layers: transitLayers)

    print("Routes \(from) → \(to) over \(transitLayers.sorted().map(\.rawValue).joined(separator: ", ")):")
    show(try transit.paths(from: from, to: to, k: 3, directed: true), in: transit)

    print("\nWithout \(removed):")
    show(try transit.paths(from: from, to: to, k: 3, directed: true, avoiding: [removed]), in: transit)

    // Who else depends on the removed actor: entities whose every transit route from `from` runs through it.
    let analysis = try transit.dependencies(of: from, directed: true)
    if let item = analysis.intermediaries.first(where: { $0.id == (try? transit.resolveEntity(removed).id) }) {
        print("\n\(removed) carries \(String(format: "%.0f", 100 * item.share)) % of \(from)'s shortest transit paths;",
              "unavoidable for: \(item.unavoidableFor.isEmpty ? "none" : item.unavoidableFor.joined(separator: ", "))")
    }
} catch {
    FileHandle.standardError.write(Data("transit-what-if: \(error)\n".utf8))
    exit(1)
}
