@testable import GraphAlgorithms
import Testing

@Suite("Shortest-path engine: reuse after early exits, widest searches and bans")
struct ShortestPathSearchReuseTests {
    /// A fresh path-finding search from `source` to every vertex: distances and predecessors.
    static func fresh(_ graph: Graph, _ weights: PathWeights, from source: Int) -> ([Double], [Vertex]) {
        var search = ShortestPathSearch(findingPathsIn: graph, weights: weights)
        search.findPaths(from: source, to: nil)
        return (search.distances, search.predecessors)
    }

    @Test("a reused workspace answers as a fresh one", arguments: [PathWeights.unit, .distance])
    func reuse(weights: PathWeights) {
        let graph = randomWeightedGraph(vertices: 60, edges: 240, directed: true, seed: 7)
        var search = ShortestPathSearch(findingPathsIn: graph, weights: weights)
        for step in 0..<30 {
            let source = (step * 17) % graph.vertexCount
            let target = (step * 29 + 5) % graph.vertexCount
            // Leave the workspace in a different state each time: stopped early, widest, banned.
            switch step % 3 {
            case 0: _ = search.shortestPath(from: source, to: target)
            case 1: _ = search.widestPath(from: source, to: target)
            default:
                search.ban(vertex: Vertex((source + 1) % graph.vertexCount))
                search.ban(edgeFrom: Vertex(source), to: graph.outNeighbors(of: source).first ?? 0)
                _ = search.shortestPath(from: source, to: target)
                search.clearBans()
            }
            search.findPaths(from: target, to: nil)
            let (distances, predecessors) = Self.fresh(graph, weights, from: target)
            #expect(search.distances == distances)
            #expect(search.predecessors == predecessors)
        }
    }

    @Test("the widest path has the largest bottleneck, then the fewest edges")
    func widest() throws {
        let graph = randomWeightedGraph(vertices: 40, edges: 160, directed: false, seed: 11)
        for target in 1..<graph.vertexCount {
            guard let path = try graph.widestPath(from: 0, to: target) else { continue }
            let bottleneck = zip(path.vertices, path.vertices.dropFirst())
                .map { graph.weight(from: Int($0), to: Int($1)) ?? 0 }.min() ?? .infinity
            #expect(path.cost == bottleneck)
            // No path uses only stronger edges; among paths as strong, none is shorter.
            #expect(try graph.keepingEdges { $0 > bottleneck }.shortestPath(from: 0, to: target) == nil)
            let strong = graph.keepingEdges { $0 >= bottleneck }
            #expect(try strong.shortestPath(from: 0, to: target, weights: .unit)?.hopCount == path.hopCount)
        }
    }
}

extension Graph {
    /// The same graph with only the edges whose weight satisfies `keep`.
    fileprivate func keepingEdges(_ keep: (Double) -> Bool) -> Graph {
        var edges: [WeightedEdge] = []
        for u in vertices {
            for e in outOffsets[u]..<outOffsets[u + 1]
            where keep(outWeights[e]) && (isDirected || Int(outNeighbors[e]) >= u) {
                edges.append(WeightedEdge(Vertex(u), outNeighbors[e], weight: outWeights[e]))
            }
        }
        return Graph(vertexCount: vertexCount, edges: edges, directed: isDirected)
    }
}
