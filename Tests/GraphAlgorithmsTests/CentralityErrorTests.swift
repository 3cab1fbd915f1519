import GraphAlgorithms
import Testing

@Suite("Centrality errors and edge cases")
struct CentralityErrorTests {
    private func complete(_ n: Int) -> Graph {
        var edges: [WeightedEdge] = []
        for u in 0..<n { for v in (u + 1)..<n { edges.append(WeightedEdge(Vertex(u), Vertex(v))) } }
        return Graph(vertexCount: n, edges: edges, directed: false)
    }

    private func star(leaves: Int) -> Graph {
        Graph(vertexCount: leaves + 1,
              edges: (1...leaves).map { WeightedEdge(0, Vertex($0)) }, directed: false)
    }

    @Test("Katz rejects alpha >= 1/λmax")
    func katzAttenuation() throws {
        // K5: λmax = 4, decided by the Collatz–Wielandt bounds at once.
        #expect(throws: CentralityError.attenuationTooLarge(alpha: 0.25, spectralRadius: 4)) {
            _ = try complete(5).katz(alpha: 0.25)
        }
        let below = try complete(5).katz(alpha: 0.24)
        #expect(below.values.allSatisfy { abs($0 - 1 / 5.0.squareRoot()) < 1e-9 })
        // Star with four leaves: λmax = 2; the reported radius is a proven lower bound or the
        // converged estimate, so it lies in [1/alpha, 2].
        let error = #expect(throws: CentralityError.self) {
            _ = try star(leaves: 4).katz(alpha: 0.51)
        }
        if case let .attenuationTooLarge(alpha, radius) = error {
            #expect(alpha == 0.51 && radius >= 1 / 0.51 && radius <= 2 + 1e-9)
        } else {
            Issue.record("unexpected error \(String(describing: error))")
        }
        #expect(throws: Never.self) { _ = try star(leaves: 4).katz(alpha: 0.49) }
        // A directed path is nilpotent (λmax = 0): any alpha converges.
        let path = Graph(vertexCount: 3, edges: [WeightedEdge(0, 1), WeightedEdge(1, 2)],
                         directed: true)
        let katz = try path.katz(alpha: 5, normalized: false)
        #expect(katz.values == [1, 6, 31])
    }

    @Test("non-converging iterations throw didNotConverge")
    func didNotConverge() {
        let graph = complete(6)
        #expect(throws: CentralityError.didNotConverge(measure: .pageRank, iterations: 1)) {
            _ = try star(leaves: 5).pageRank(maxIterations: 1)
        }
        #expect(throws: CentralityError.didNotConverge(measure: .hits, iterations: 0)) {
            _ = try graph.hits(maxIterations: 0)
        }
        #expect(throws: CentralityError.didNotConverge(measure: .katz, iterations: 3)) {
            _ = try star(leaves: 5).katz(alpha: 0.4, maxIterations: 3)
        }
        #expect(throws: CentralityError.didNotConverge(measure: .eigenvector, iterations: 2)) {
            _ = try star(leaves: 5).eigenvector(maxIterations: 2)
        }
        #expect(CentralityError.didNotConverge(measure: .pageRank, iterations: 3).description
                == "pageRank did not converge within 3 iterations")
    }

    @Test("invalid distances and arguments are errors")
    func invalidInput() {
        let zero = Graph(vertexCount: 3, edges: [WeightedEdge(0, 1, weight: 0), WeightedEdge(1, 2)],
                         directed: false)
        #expect(throws: CentralityError.invalidDistance(
            measure: .betweenness, source: 0, target: 1, weight: 0)) {
            _ = try zero.betweenness(weights: .distance)
        }
        #expect(throws: Never.self) { _ = try zero.closeness(weights: .distance) }
        let negative = Graph(vertexCount: 2, edges: [WeightedEdge(0, 1, weight: -2)], directed: true)
        #expect(throws: CentralityError.self) { _ = try negative.harmonic(weights: .distance) }
        #expect(throws: CentralityError.self) { _ = try negative.edgeBetweenness(weights: .distance) }
        let graph = complete(4)
        for k in [0, 5] {
            #expect(throws: CentralityError.self) {
                _ = try graph.betweenness(sampling: BetweennessSampling(sourceCount: k, seed: 1))
            }
        }
        #expect(throws: CentralityError.self) { _ = try graph.pageRank(personalization: [1, 2]) }
        #expect(throws: CentralityError.self) { _ = try graph.pageRank(personalization: [0, 0, 0, 0]) }
        #expect(throws: CentralityError.self) { _ = try graph.pageRank(dangling: [1, -1, 0, 0]) }
        let edgeless = Graph(vertexCount: 3, edges: [], directed: true)
        #expect(throws: CentralityError.self) { _ = try edgeless.hits() }
    }

    @Test("empty and single-vertex graphs follow NetworkX")
    func tinyGraphs() throws {
        let empty = Graph(vertexCount: 0, edges: [], directed: false)
        #expect(throws: CentralityError.emptyGraph(measure: .eigenvector)) {
            _ = try empty.eigenvector()
        }
        #expect(try empty.pageRank().values.isEmpty)
        #expect(try empty.katz().values.isEmpty)
        #expect(try empty.betweenness().isEmpty)
        let single = Graph(vertexCount: 1, edges: [], directed: true)
        #expect(single.degreeCentrality() == [1])
        #expect(try single.pageRank().values == [1])
        #expect(try single.closeness() == [0])
        #expect(try single.betweenness(normalized: false, endpoints: true) == [0])
    }

    @Test("betweenness on a 3-path (NetworkX docstring values)")
    func pathDocstring() throws {
        let path = Graph(vertexCount: 3, edges: [WeightedEdge(0, 1), WeightedEdge(1, 2)],
                         directed: false)
        #expect(try path.betweenness(normalized: false) == [0, 1, 0])
        #expect(try path.betweenness(normalized: false, endpoints: true) == [2, 3, 2])
        #expect(try path.betweenness(normalized: true, endpoints: true) == [2.0 / 3, 1, 2.0 / 3])
        let directed = Graph(vertexCount: 3, edges: [WeightedEdge(0, 1), WeightedEdge(1, 2)],
                             directed: true)
        #expect(try directed.betweenness(normalized: true, endpoints: true) == [1.0 / 3, 0.5, 1.0 / 3])
        let edges = try path.edgeBetweenness(normalized: true)
        #expect(edges.values == [2.0 / 3, 2.0 / 3])
        #expect(edges.value(from: 2, to: 1) == 2.0 / 3 && edges.value(from: 0, to: 2) == nil)
    }
}
