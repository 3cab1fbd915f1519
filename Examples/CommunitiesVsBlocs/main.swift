// Communities against formal blocs: which camps the relation data supports, and how they line up
// with the blocs the network declares (member_of).
//
//   swift run communities-vs-blocs [LAYERS] [GRAPH]
//
// LAYERS is a comma-separated list of layer ids (default: all). Leiden runs on the undirected
// strength projection; the blocs are read from the whole network, so they stay a fixed reference
// whatever layers are clustered.
import Diplograph
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
let layers = arguments.first.map { Set($0.split(separator: ",").map { LayerID(String($0)) }) }
let graphPath = arguments.count > 1 ? arguments[1] : BundledGraphs.curatedGraphURL?.path ?? "Graphs/kazakhstan-multivector.yaml"

do {
    let network = try NetworkDocument.load(path: graphPath).document.network
    let selected = try network.select(layers: layers)
    let projection = selected.project()

    // Cluster only entities with at least one tie; isolated ones would be singleton communities.
    let connected = projection.strengths.vertices.filter { projection.strengths.outDegree(of: $0) > 0 }
    let result = try projection.strengths.leidenCommunities(iterations: nil)
    let ids = connected.map { projection.entityIDs[$0] }
    let membership = connected.map { result.membership[$0] }
    print(String(format: "Leiden: %d communities of related entities, modularity %.3f", Set(membership).count, result.modularity))

    for community in Set(membership).sorted() {
        let members = zip(ids, membership).filter { $0.1 == community }.map(\.0)
        print("  \(community): \(members.joined(separator: " "))")
    }

    let alignment = BlocAlignment(reference: network, entityIDs: ids, membership: membership)
    print("\nFormal blocs:")
    for bloc in alignment.blocs {
        let held = bloc.community.map { "community \($0) holds \(bloc.held) of \(bloc.clusteredMembers.count)" } ?? "no clustered members"
        print("  \(bloc.name): members \(bloc.members.joined(separator: ", ")); \(held)")
    }
    if let nmi = alignment.nmi { print(String(format: "NMI with each state's primary bloc: %.2f", nmi)) }
} catch {
    FileHandle.standardError.write(Data("communities-vs-blocs: \(error)\n".utf8))
    exit(1)
}
