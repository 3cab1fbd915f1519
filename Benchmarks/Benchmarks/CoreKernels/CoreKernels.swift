// Hot kernels of GraphAlgorithms on seeded synthetic graphs (ordo-one/benchmark).
// Run from the Benchmarks folder: `swift package benchmark`.
import Benchmark
import GraphAlgorithms

/// A seeded G(n, m)-style edge array: m random pairs of n vertices, weights in [0.1, 1).
func randomEdges(vertexCount n: Int, edgeCount m: Int, seed: UInt64) -> [WeightedEdge] {
    var state = seed
    func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    return (0..<m).map { _ in
        let u = Vertex(next() % UInt64(n))
        let v = Vertex(next() % UInt64(n))
        return WeightedEdge(u, v, weight: 0.1 + 0.9 * Double(next() >> 11) / Double(1 << 53))
    }
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .peakMemoryResident], maxDuration: .seconds(5))

    let large = randomEdges(vertexCount: 200_000, edgeCount: 2_000_000, seed: 3)
    let small = randomEdges(vertexCount: 10_000, edgeCount: 50_000, seed: 1)
    let largeGraph = Graph(vertexCount: 200_000, edges: large, directed: false)
    let smallGraph = Graph(vertexCount: 10_000, edges: small, directed: false)

    Benchmark("build CSR 200k/2M") { benchmark in
        blackHole(Graph(vertexCount: 200_000, edges: large, directed: false))
    }
    Benchmark("BFS 200k/2M") { benchmark in
        var search = try ShortestPathSearch(graph: largeGraph, weights: .unit)
        search.run(from: 0)
        blackHole(search.distances)
    }
    Benchmark("Dijkstra 200k/2M") { benchmark in
        var search = try ShortestPathSearch(graph: largeGraph, weights: .distance)
        search.run(from: 0)
        blackHole(search.distances)
    }
    Benchmark("PageRank 200k/2M") { benchmark in
        blackHole(try largeGraph.pageRank(weights: .strength).values)
    }
    Benchmark("Brandes betweenness 10k/50k", configuration: .init(maxDuration: .seconds(20), maxIterations: 3)) { benchmark in
        blackHole(try smallGraph.betweenness(weights: .unit))
    }
}
