// render-bench: Graphviz rendering through the C API against the `dot` binary, and a render loop
// for leak checks.
//
//   render-bench [--vertices 2000] [--reps 5] [--engine sfdp]
//       times Diagram.render(format: "svg") against `dot -Tsvg` on the DOT the API wrote
//       (same library, same engine: the DOT names its layout engine), prints both and the ratio.
//   render-bench --loop 1000 [--network FILE.yaml | --vertices 40]
//       renders SVG, PNG and DOT that many times in one process and prints the resident memory
//       after 10 % and after all cycles (run it under `valgrind --leak-check=full`).
import Diplograph
import Foundation

struct SplitMix {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

func option(_ name: String) -> String? {
    let args = CommandLine.arguments
    guard let i = args.firstIndex(of: name), i + 1 < args.count else { return nil }
    return args[i + 1]
}

/// A seeded sparse graph: a random spanning tree plus `extra` random edges per vertex.
func sparseGraph(vertices n: Int, seed: UInt64) -> Graph {
    var random = SplitMix(state: seed)
    var edges: [WeightedEdge] = []
    for v in 1..<max(n, 2) {
        let u = Int(random.next() % UInt64(v))
        edges.append(WeightedEdge(Vertex(u), Vertex(v), weight: Double(random.next() % 100 + 1) / 100))
    }
    for _ in 0..<n {
        let u = Int(random.next() % UInt64(n)), v = Int(random.next() % UInt64(n))
        if u != v { edges.append(WeightedEdge(Vertex(u), Vertex(v), weight: Double(random.next() % 100 + 1) / 100)) }
    }
    return Graph(vertexCount: n, edges: edges, directed: false)
}

func residentKilobytes() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
        let pages = text.split(separator: " ").dropFirst().first.flatMap({ Int($0) })
    else { return -1 }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE))) / 1024
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? .nan : sorted[sorted.count / 2]
}

func makeDiagram(vertices: Int, engine: String?) throws -> Diagram {
    var options = DiagramOptions()
    options.engine = engine
    options.legend = !CommandLine.arguments.contains("--no-legend")
    if let path = option("--network") {
        let network = try NetworkDocument.load(path: path).0.network
        options.title = network.title
        return try Diagram(network: network, options: options)
    }
    let graph = sparseGraph(vertices: vertices, seed: 2024)
    let ids = (0..<vertices).map { "v\($0)" }
    return try Diagram(graph: graph, ids: ids, labels: ids.map { "Vertex \($0)" }, options: options)
}

do {
    let vertices = Int(option("--vertices") ?? "") ?? 2000
    let engine = option("--engine")
    if let loops = option("--loop").flatMap({ Int($0) }) {
        let diagram = try makeDiagram(vertices: option("--vertices") == nil && option("--network") == nil ? 40 : vertices, engine: engine)
        var samples: [String] = []
        for cycle in 1...max(loops, 1) {
            _ = try diagram.render(format: "svg")
            if cycle % 10 == 0 { _ = try diagram.render(format: "png") }
            _ = try diagram.dot()
            if cycle % max(loops / 10, 1) == 0 { samples.append("\(cycle): \(residentKilobytes()) kB") }
        }
        print("render cycles: \(loops); resident memory after " + samples.joined(separator: ", "))
        exit(0)
    }
    let reps = Int(option("--reps") ?? "") ?? 5
    let diagram = try makeDiagram(vertices: vertices, engine: engine)
    let dot = try diagram.dot()
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("render-bench-\(getpid()).dot")
    try dot.write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    print("graph: \(diagram.vertexCount) vertices, \(diagram.edgeCount) edges; engine \(diagram.engine); labels \(diagram.showsLabels ? "shown" : "hidden")")
    for notice in diagram.notices { print("note: \(notice)") }
    _ = try diagram.render(format: "svg")  // warm-up (plugin loading)
    var api: [Double] = []
    var binary: [Double] = []
    var apiSVG = Data()
    for _ in 0..<reps {
        api.append(try seconds { apiSVG = try diagram.render(format: "svg") })
        binary.append(
            try seconds {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: "/usr/bin/dot")
                process.arguments = ["-Tsvg", file.path, "-o", "/dev/null"]
                try process.run()
                process.waitUntilExit()
                guard process.terminationStatus == 0 else { throw CocoaError(.fileReadUnknown) }
            })
    }
    let check = Process()
    check.executableURL = URL(fileURLWithPath: "/usr/bin/dot")
    check.arguments = ["-Tsvg", file.path]
    let pipe = Pipe()
    check.standardOutput = pipe
    try check.run()
    let binarySVG = pipe.fileHandleForReading.readDataToEndOfFile()
    check.waitUntilExit()
    let (a, b) = (median(api), median(binary))
    print(String(format: "API render (svg):  median %.3f s  min %.3f s  (%d runs)", a, api.min() ?? .nan, reps))
    print(String(format: "dot -Tsvg process: median %.3f s  min %.3f s  (%d runs)", b, binary.min() ?? .nan, reps))
    print(String(format: "ratio API / dot: %.3f (median), %.3f (min)", a / b, (api.min() ?? .nan) / (binary.min() ?? .nan)))
    print("same SVG as dot -Tsvg: \(apiSVG == binarySVG ? "yes" : "no (\(apiSVG.count) vs \(binarySVG.count) bytes)")")
} catch {
    FileHandle.standardError.write(Data("render-bench: \(error)\n".utf8))
    exit(1)
}
