// Load a large edge list and print the top-10 PageRank, with timings.
//
//   swift run -c release large-edge-list-pagerank [FILE.edges]
//
// FILE is a whitespace-separated edge list (`u v [w]`, `#` comments). Without one, the example
// writes a seeded random graph of 100,000 vertices and 500,000 edges to a temporary file first.
import Diplograph
import Foundation

func syntheticEdgeList() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("diplograph-example-100k.edges").path
    var rng = SplitMix64(seed: 42)
    var text = "# seeded random graph: 100k vertices, 500k edges\n"
    text.reserveCapacity(500_000 * 14)
    for _ in 0..<500_000 {
        text += "\(rng.next() % 100_000) \(rng.next() % 100_000)\n"
    }
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
}

let clock = ContinuousClock()
do {
    let path = try CommandLine.arguments.dropFirst().first ?? syntheticEdgeList()
    var named: NamedGraph?
    let loadTime = try clock.measure { named = try NamedGraph(contentsOfFile: path) }
    guard let named else { exit(1) }
    var ranks: IterativeCentrality?
    let rankTime = try clock.measure { ranks = try named.graph.pageRank() }
    guard let ranks else { exit(1) }

    print("\(named.graph.vertexCount) vertices, \(named.graph.edgeCount) edges")
    print("load \(loadTime), PageRank \(rankTime) (\(ranks.iterations) iterations)")
    let top = named.graph.vertices.sorted { (ranks.values[$0], named.names[$1]) > (ranks.values[$1], named.names[$0]) }.prefix(10)
    for (rank, v) in top.enumerated() {
        print(String(format: "%2d. %@  %.6f", rank + 1, named.names[v], ranks.values[v]))
    }
} catch {
    FileHandle.standardError.write(Data("large-edge-list-pagerank: \(error)\n".utf8))
    exit(1)
}
