// peer-kernels: runs one Diplograph kernel on an edge-list file, for Scripts/compare-peers.py.
//
//   peer-kernels KERNEL GRAPH.edges VALUES-OUT
//
// Prints {"load_s": …, "kernel_s": …} on stdout and writes "name value" lines (one per vertex) to
// VALUES-OUT so the script can check the result against the peer libraries. Kernels: load,
// pagerank, pagerank-unit, betweenness, closeness, components, bfs (direction-optimising), sssp
// (Δ-stepping), dijkstra and bfs-search (the path-counting engine); dijkstra-tree and bfs-tree run
// the path API (`shortestPathTree`, distances plus predecessors). Weights are read as given: PageRank
// uses them as strengths, Dijkstra as distances (the peers' convention), the rest ignore them.
// louvain and leiden (3 iterations, NetworKit ParallelLeiden's default, where igraph runs its
// default 2) write each vertex's community, use the weights as strengths and add "modularity" to the
// JSON line; the PageRank kernels add "iterations".
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GraphAlgorithms

// Foundation is not imported: its libraries would count in the peak memory the script measures.

func fail(_ message: String) -> Never {
    _ = "peer-kernels: \(message)\n".withCString { write(2, $0, strlen($0)) }
    exit(1)
}

let arguments = CommandLine.arguments
guard arguments.count == 4 else { fail("usage: peer-kernels KERNEL GRAPH VALUES-OUT") }
let (kernel, graphPath, valuesPath) = (arguments[1], arguments[2], arguments[3])

let clock = ContinuousClock()
let loadStart = clock.now
let named: NamedGraph
do {
    named = try NamedGraph(contentsOfFile: graphPath)
} catch {
    fail("\(error)")
}
let loadTime = clock.now - loadStart
let graph = named.graph
let source = named.names.firstIndex(of: "0") ?? 0

func singleSource(_ weights: PathWeights) throws -> [Double] {
    var search = try ShortestPathSearch(graph: graph, weights: weights)
    search.run(from: source)
    return search.distances
}

/// What one kernel run produced. BFS levels and component labels stay integers until the clock has
/// stopped: converting them for the output file is formatting, not part of the kernel.
struct KernelOutput {
    var values: [Double]?
    var levels: [Int32]?
    var labels: [Int]?
    var modularity: Double?
    var iterations: Int?

    /// The per-vertex values to write, if the kernel has any.
    var writtenValues: [Double]? {
        if let levels { return levels.map { $0 < 0 ? .infinity : Double($0) } }
        if let labels { return labels.map(Double.init) }
        return values
    }
}

func runKernel() throws -> KernelOutput {
    var output = KernelOutput()
    switch kernel {
    case "load": break
    // NetworkX's stopping rule is Σ|Δ| < n·tolerance; tolerance 1e-11/n stops when the total change
    // is below 1e-11, so every value equals igraph's exact solver to 1e-6 relative (the script checks),
    // also on graphs with small components, whose ranks settle slowly (as 0.85^k).
    case "pagerank", "pagerank-unit":
        let ranks = try graph.pageRank(
            weights: kernel == "pagerank" ? .strength : .unit,
            tolerance: 1e-11 / Double(max(graph.vertexCount, 1)), maxIterations: 1000)
        output.iterations = ranks.iterations
        output.values = ranks.values
    case "betweenness": output.values = try graph.betweenness(weights: .unit, normalized: false)
    case "closeness": output.values = try graph.closeness(weights: .unit)
    case "components": output.labels = graph.connectedComponents().component
    case "dijkstra": output.values = try singleSource(.distance)
    // The path engine (distances and path counts, as betweenness uses it): `dijkstra`, `bfs-search`.
    case "bfs-search": output.values = try singleSource(.unit)
    // The reachability kernels: direction-optimising BFS, Δ-stepping (Dijkstra on small graphs).
    case "bfs": output.levels = try graph.breadthFirstLevels(from: source).levels
    case "sssp": output.values = try graph.shortestDistances(from: source)
    // The path API (distances plus a predecessor tree): `dijkstra-tree`, `bfs-tree`.
    case "dijkstra-tree": output.values = try graph.shortestPathTree(from: source, weights: .distance).distances
    case "bfs-tree": output.values = try graph.shortestPathTree(from: source, weights: .unit).distances
    case "louvain", "leiden":
        let result = kernel == "louvain" ? try graph.louvainCommunities() : try graph.leidenCommunities(iterations: 3)
        output.modularity = result.modularity
        output.values = result.membership.map(Double.init)
    default: fail("unknown kernel '\(kernel)'")
    }
    return output
}

// PEER_KERNELS_REPEAT=N runs the kernel N times in this process and reports the fastest run (for
// profiling a kernel apart from loading); the peer script runs each kernel once per process.
let repeats = max(1, getenv("PEER_KERNELS_REPEAT").flatMap { Int(String(cString: $0)) } ?? 1)
var kernelTime = Duration.seconds(Int64.max)
var output = KernelOutput()
for _ in 0..<repeats {
    let kernelStart = clock.now
    do {
        output = try runKernel()
    } catch {
        fail("\(error)")
    }
    kernelTime = min(kernelTime, clock.now - kernelStart)
}
let values = output.writtenValues
let modularity = output.modularity
let iterations = output.iterations

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
}

if let values {
    guard let file = fopen(valuesPath, "w") else { fail("cannot write \(valuesPath)") }
    for (name, value) in zip(named.names, values) {
        fputs(name + " " + "\(value)" + "\n", file)
    }
    guard fclose(file) == 0 else { fail("cannot write \(valuesPath)") }
}
let quality = modularity.map { ", \"modularity\": \($0)" } ?? ""
let iterationCount = iterations.map { ", \"iterations\": \($0)" } ?? ""
print("{\"load_s\": \(seconds(loadTime)), \"kernel_s\": \(seconds(kernelTime))\(quality)\(iterationCount)}")

