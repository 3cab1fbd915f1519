// PageRank over a plain edge list (no relation network): the ten highest ranks, with timings.
//
//   swift run -c release large-edge-list-pagerank [FILE] [--json]
//   the CLI: diplograph centrality FILE --measure pagerank --top 10 [--format json]
//
// FILE is a whitespace-separated edge list (`u v [w]`, `#` comments; weights are strengths).
// Without one, the example first writes a seeded random graph of 10,000 vertices and 50,000 edges
// to a temporary file. --json prints exactly what the CLI prints with --format json.
import Diplograph
import Foundation

var arguments = Array(CommandLine.arguments.dropFirst())
let json = arguments.contains("--json")
arguments.removeAll { $0 == "--json" }

/// Writes the seeded random edge list and returns its path.
func seededEdgeList() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("diplograph-example-10k.edges").path
    var random = SplitMix64(seed: 42)
    var text = "# seeded random graph: 10,000 vertices, 50,000 edges\n"
    for _ in 0..<50_000 { text += "\(random.next() % 10_000) \(random.next() % 10_000)\n" }
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
}

do {
    let path = try arguments.first ?? seededEdgeList()
    let clock = ContinuousClock()
    let start = clock.now
    let named = try NamedGraph(contentsOfFile: path)
    let loaded = clock.now
    let table = try AnalysisGraph(graph: named.graph, names: named.names).centralityTable(measures: [.pagerank]).top(10)
    guard !json else {
        print(try ResultJSON.text(table), terminator: "")
        exit(0)
    }
    let times = String(format: "load %.0f ms, PageRank %.0f ms", (loaded - start) / .milliseconds(1), (clock.now - loaded) / .milliseconds(1))
    print("\(named.graph.vertexCount) vertices, \(named.graph.edgeCount) edges: \(times)")
    for (rank, row) in table.rows.enumerated() {
        print(String(format: "%2d. ", rank + 1) + row.id + String(format: "  %.6f", row.values[0]))
    }
} catch {
    FileHandle.standardError.write(Data("large-edge-list-pagerank: \(error)\n".utf8))
    exit(1)
}
