import Foundation
import GraphAlgorithms

/// `Fixtures/communities/*.json`, written by `Scripts/make-community-fixtures.py`.
enum CommunityFixtures {
    struct Karate: Decodable {
        let vertexCount: Int
        let edges: [[Double]]
        let clubs: [String]
        let bestKnownModularity: Double
    }

    struct ModularityFile: Decodable {
        let graphs: [ModularityGraph]
    }

    struct ModularityGraph: Decodable {
        let name: String
        let directed: Bool
        let vertexCount: Int
        let edges: [[Double]]
        let cases: [ModularityCase]

        var graph: Graph {
            Graph(
                vertexCount: vertexCount,
                edges: edges.map { WeightedEdge(Vertex($0[0]), Vertex($0[1]), weight: $0[2]) },
                directed: directed)
        }
    }

    struct ModularityCase: Decodable {
        let membership: [Int]
        let resolution: Double
        let modularity: Double
    }

    struct ComparisonFile: Decodable {
        let cases: [ComparisonCase]
    }

    struct ComparisonCase: Decodable {
        let a: [Int]
        let b: [Int]
        let nmi: Double
        let ari: Double
    }

    static func load<T: Decodable>(_ name: String, as type: T.Type) -> T {
        do {
            let data = try Data(contentsOf: fixtureURL("communities/" + name))
            return try JSONDecoder().decode(T.self, from: data)
        } catch {
            fatalError("cannot load communities/\(name): \(error)")
        }
    }

    static let karate = load("karate.json", as: Karate.self)
    static let modularity = load("modularity.json", as: ModularityFile.self)
    static let comparison = load("comparison.json", as: ComparisonFile.self)

    /// Zachary's karate club with unit weights.
    static var karateGraph: Graph {
        Graph(
            vertexCount: karate.vertexCount,
            edges: karate.edges.map { WeightedEdge(Vertex($0[0]), Vertex($0[1]), weight: $0[2]) },
            directed: false)
    }
}

/// A seeded random graph with real weights in [0.1, 2.1) (no structural symmetries in practice).
func randomWeightedGraph(vertices n: Int, edges m: Int, directed: Bool, seed: UInt64) -> Graph {
    var rng = SplitMix64(seed: seed)
    var edges: [WeightedEdge] = []
    for _ in 0..<m {
        let u = rng.nextIndex(below: n)
        let v = rng.nextIndex(below: n)
        guard u != v else { continue }
        let weight = 0.1 + Double(rng.nextIndex(below: 1 << 20)) / Double(1 << 19)
        edges.append(WeightedEdge(Vertex(u), Vertex(v), weight: weight))
    }
    return Graph(vertexCount: n, edges: edges, directed: directed)
}

/// `graph` with vertex `v` renamed `permutation[v]`.
func relabel(_ graph: Graph, by permutation: [Int]) -> Graph {
    var edges: [WeightedEdge] = []
    for v in 0..<graph.vertexCount {
        for e in graph.outOffsets[v]..<graph.outOffsets[v + 1] {
            let u = Int(graph.outNeighbors[e])
            if !graph.isDirected && u < v { continue }
            // Shuffle the edge order too: emit in reverse for odd vertices.
            edges.append(WeightedEdge(Vertex(permutation[v]), Vertex(permutation[u]), weight: graph.outWeights[e]))
        }
    }
    return Graph(vertexCount: graph.vertexCount, edges: edges.reversed(), directed: graph.isDirected)
}

/// A seeded random permutation of `0..<n`.
func randomPermutation(_ n: Int, seed: UInt64) -> [Int] {
    var rng = SplitMix64(seed: seed)
    var p = Array(0..<n)
    for i in stride(from: n - 1, to: 0, by: -1) { p.swapAt(i, rng.nextIndex(below: i + 1)) }
    return p
}

/// Whether every community induces a (weakly) connected subgraph.
func communitiesAreConnected(_ graph: Graph, _ membership: [Int]) -> Bool {
    let n = graph.vertexCount
    var seen = [Bool](repeating: false, count: n)
    var componentsPerCommunity = [Int: Int]()
    for s in 0..<n where !seen[s] {
        componentsPerCommunity[membership[s], default: 0] += 1
        seen[s] = true
        var stack = [s]
        while let v = stack.popLast() {
            let neighbours = graph.outNeighbors(of: v).map(Int.init)
                + (graph.isDirected ? graph.inNeighbors[graph.inOffsets[v]..<graph.inOffsets[v + 1]].map(Int.init) : [])
            for u in neighbours where !seen[u] && membership[u] == membership[v] {
                seen[u] = true
                stack.append(u)
            }
        }
    }
    return componentsPerCommunity.values.allSatisfy { $0 == 1 }
}
