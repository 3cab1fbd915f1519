import Foundation
import GraphAlgorithms
import Testing

/// `Fixtures/centrality.json`, written by `Scripts/make-centrality-fixtures.py`.
struct CentralityFixtures: Decodable {
    let networkx: String
    let graphs: [FixtureGraph]

    static let shared: CentralityFixtures = {
        do {
            let data = try Data(contentsOf: fixtureURL("centrality.json"))
            return try JSONDecoder().decode(CentralityFixtures.self, from: data)
        } catch {
            fatalError("cannot load centrality.json: \(error)")
        }
    }()

    static func graph(named name: String) -> FixtureGraph {
        guard let graph = shared.graphs.first(where: { $0.name == name }) else {
            fatalError("no fixture graph \(name)")
        }
        return graph
    }
}

/// The URL of a file in the test bundle's `Fixtures` folder.
func fixtureURL(_ name: String) -> URL {
    guard let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
        fatalError("Fixtures folder missing from the test bundle")
    }
    return folder.appendingPathComponent(name)
}

struct FixtureGraph: Decodable {
    let name: String
    let directed: Bool
    let vertexCount: Int
    /// Raw edges `[u, v, weight]`, parallel edges included.
    let edges: [[Double]]
    let cases: [FixtureCase]

    /// The graph with parallel edges summed, as the fixture script collapses them.
    var graph: Graph {
        Graph(
            vertexCount: vertexCount,
            edges: edges.map { WeightedEdge(Vertex($0[0]), Vertex($0[1]), weight: $0[2]) },
            directed: directed, parallelEdges: .sum)
    }
}

struct FixtureCase: Decodable, CustomStringConvertible {
    let measure: String
    let weights: String?
    let direction: String?
    let normalized: Bool?
    let endpoints: Bool?
    let k: Int?
    let seed: UInt64?
    let sources: [Int]?
    let damping: Double?
    let personalization: [Double]?
    let dangling: [Double]?
    let alpha: Double?
    let beta: Double?
    let error: String?
    let values: [Double]?
    let edges: [[Double]]?
    let hubs: [Double]?
    let authorities: [Double]?

    var description: String {
        var parts = [measure]
        if let weights { parts.append("weights=\(weights)") }
        if let direction { parts.append("direction=\(direction)") }
        if let normalized { parts.append("normalized=\(normalized)") }
        if let endpoints { parts.append("endpoints=\(endpoints)") }
        if let k { parts.append("k=\(k)") }
        if let alpha { parts.append("alpha=\(alpha)") }
        if let beta { parts.append("beta=\(beta)") }
        if damping != nil || personalization != nil { parts.append("personalized") }
        if dangling != nil { parts.append("dangling") }
        return parts.joined(separator: " ")
    }

    var pathWeights: PathWeights { weights == "distance" ? .distance : .unit }
    var strengthWeights: StrengthWeights { weights == "strength" ? .strength : .unit }
    var degreeDirection: DegreeDirection {
        switch direction {
        case "incoming": .incoming
        case "outgoing": .outgoing
        default: .total
        }
    }
    var sampling: BetweennessSampling? {
        k.map { BetweennessSampling(sourceCount: $0, seed: seed ?? 0) }
    }
}

/// Relative tolerance for exact measures.
let exactTolerance = 1e-9
/// Relative tolerance for iterative measures.
let iterativeTolerance = 1e-6

/// Whether `a` and `b` agree to `tolerance` relative to the larger magnitude (values below 1e-12
/// in magnitude count as equal to 0).
func close(_ a: Double, _ b: Double, tolerance: Double) -> Bool {
    if a.isNaN || b.isNaN { return a.isNaN && b.isNaN }
    return abs(a - b) <= tolerance * max(abs(a), abs(b)) || abs(a - b) <= 1e-12
}

/// A description of the first difference between two vectors, or `nil` when they agree.
///
/// Exact measures are compared entry by entry with ``close(_:_:tolerance:)``. Iterative measures
/// stop at a tolerance on the whole vector, so they are compared norm-wise: every entry within
/// `tolerance` times the largest expected magnitude.
func firstMismatch(
    _ actual: [Double], _ expected: [Double], tolerance: Double, normwise: Bool = false
) -> String? {
    guard actual.count == expected.count else {
        return "\(actual.count) values, expected \(expected.count)"
    }
    let scale = expected.map { abs($0) }.max() ?? 0
    for i in actual.indices {
        let agrees =
            normwise
            ? abs(actual[i] - expected[i]) <= tolerance * scale
            : close(actual[i], expected[i], tolerance: tolerance)
        if !agrees { return "vertex \(i): \(actual[i]), expected \(expected[i])" }
    }
    return nil
}
