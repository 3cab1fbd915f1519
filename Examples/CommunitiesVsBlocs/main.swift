// Communities against blocs: the camps the relation data supports (Leiden, ten seeded runs), how
// firm each is, and how they line up with the blocs the network declares (member_of).
//
//   swift run communities-vs-blocs [GRAPH] [--json]
//   the CLI: diplograph communities [GRAPH] [--format json]
//
// GRAPH is a network file (default: the bundled curated graph). The blocs are read from the whole
// network, so they stay a fixed reference whatever is clustered. --json prints exactly what the
// CLI prints with --format json.
import Diplograph
import Foundation

var arguments = Array(CommandLine.arguments.dropFirst())
let json = arguments.contains("--json")
arguments.removeAll { $0 == "--json" }
let graphPath = arguments.first ?? BundledGraphs.curatedGraphURL?.path ?? "Graphs/kazakhstan-multivector.yaml"

do {
    let network = try NetworkDocument.load(path: graphPath).document.network
    let analysis = try AnalysisGraph(network: network).communities()
    guard !json else {
        print(try ResultJSON.text(analysis), terminator: "")
        exit(0)
    }
    print(
        "\(analysis.communities.count == 1 ? "1 community" : "\(analysis.communities.count) communities") "
            + "(\(analysis.algorithm), \(analysis.seeds.count) runs), "
            + String(format: "modularity %.3f, runs agree %.2f (NMI)", analysis.modularity, analysis.agreement))
    for community in analysis.communities {
        let firmness = String(format: "%.2f", community.firmness)
        print("  \(community.number). \(community.size) members, firmness \(firmness), most central \(community.mostCentral.label):")
        print("     " + community.members.map(\.id).joined(separator: " "))
    }
    if !analysis.unclustered.isEmpty { print("  without relations: \(analysis.unclustered.joined(separator: ", "))") }
    guard let alignment = analysis.blocAlignment else { exit(0) }
    print("\nDeclared blocs:")
    for bloc in alignment.blocs {
        let held = bloc.community.map { "community \($0) holds \(bloc.held) of \(bloc.clusteredMembers.count)" } ?? "no clustered members"
        print("  \(bloc.name) (\(bloc.id)), members \(bloc.members.joined(separator: " ")): \(held)")
    }
    if let nmi = alignment.nmi { print(String(format: "NMI between communities and primary blocs: %.2f", nmi)) }
    if let together = alignment.coMembersTogether {
        print(String(format: "Co-member pairs in one community: %.0f%% of %d", together * 100, alignment.coMemberPairs))
    }
} catch {
    FileHandle.standardError.write(Data("communities-vs-blocs: \(error)\n".utf8))
    exit(1)
}
