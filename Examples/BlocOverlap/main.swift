// Bloc overlap: which states share the most blocs and agreements.
//
//   swift run bloc-overlap [GRAPH]
//
// Builds the state × (bloc, organisation, agreement) co-membership from the `member_of` and
// `party_to` layers, projects it onto states (two states are joined by the number of bodies they
// both belong to), and prints the most connected pairs with the shared bodies.
import Diplograph
import Foundation

let graphPath = CommandLine.arguments.dropFirst().first ?? BundledGraphs.curatedGraphURL?.path ?? "Graphs/kazakhstan-multivector.yaml"

do {
    let network = try NetworkDocument.load(path: graphPath).document.network
    // The membership layers the graph actually has.
    let layers = Set(["member_of", "party_to"]).filter { network.layer(withID: $0) != nil }
    let memberships = try network.select(layers: layers)

    // Bodies each state belongs to (the bipartite view).
    var bodiesOf: [String: Set<String>] = [:]
    for relation in memberships.relations where network.entity(withID: relation.from)?.kind == "state" {
        bodiesOf[relation.from, default: []].insert(relation.to)
    }

    // Project onto states: one weighted edge per pair sharing at least one body.
    let states = bodiesOf.keys.sorted()
    var edges: [WeightedEdge] = []
    for (i, a) in states.enumerated() {
        for (j, b) in states.enumerated() where j > i {
            let shared = bodiesOf[a, default: []].intersection(bodiesOf[b, default: []]).count
            if shared > 0 { edges.append(WeightedEdge(Vertex(i), Vertex(j), weight: Double(shared))) }
        }
    }
    let projection = Graph(vertexCount: states.count, edges: edges, directed: false)
    let strength = projection.strength()

    print("States by co-membership strength (sum of shared bodies over partners):")
    for v in projection.vertices.sorted(by: { (strength[$0], states[$1]) > (strength[$1], states[$0]) }) {
        print("  \(states[v])  strength \(Int(strength[v])), partners \(projection.outDegree(of: v))")
    }
    print("\nMost connected pairs:")
    for edge in edges.sorted(by: { ($0.weight, states[Int($1.source)]) > ($1.weight, states[Int($0.source)]) }).prefix(8) {
        let (a, b) = (states[Int(edge.source)], states[Int(edge.target)])
        let shared = bodiesOf[a, default: []].intersection(bodiesOf[b, default: []]).sorted()
        print("  \(a)–\(b): \(Int(edge.weight)) shared — \(shared.joined(separator: ", "))")
    }
} catch {
    FileHandle.standardError.write(Data("bloc-overlap: \(error)\n".utf8))
    exit(1)
}
