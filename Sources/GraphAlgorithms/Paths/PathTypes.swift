/// A path through a graph: its vertices in order and a total cost.
///
/// What `cost` means depends on the query that produced the path: the sum of edge lengths for
/// shortest paths (``Graph/shortestPath(from:to:weights:)``, ``Graph/kShortestPaths(from:to:k:weights:)``,
/// simple-path enumeration), `−ln` of the product of strengths for the most reliable path, and the
/// bottleneck strength (the smallest edge weight, larger is better) for widest paths.
public struct GraphPath: Sendable, Hashable, CustomStringConvertible {
    /// The vertices from source to target; a single vertex for the empty path from a vertex to itself.
    public let vertices: [Vertex]
    /// The path's total cost (see the type's documentation).
    public let cost: Double

    public init(vertices: [Vertex], cost: Double) {
        self.vertices = vertices
        self.cost = cost
    }

    /// Number of edges on the path.
    public var hopCount: Int { Swift.max(vertices.count - 1, 0) }

    /// The first vertex.
    public var source: Vertex? { vertices.first }

    /// The last vertex.
    public var target: Vertex? { vertices.last }

    /// The vertices strictly between source and target.
    public var intermediaries: ArraySlice<Vertex> {
        vertices.count > 2 ? vertices[1..<(vertices.count - 1)] : []
    }

    /// Consecutive vertex pairs `(u, v)`, one per edge.
    public var hops: [(from: Vertex, to: Vertex)] {
        zip(vertices, vertices.dropFirst()).map { (from: $0, to: $1) }
    }

    public var description: String {
        vertices.map(String.init).joined(separator: " → ") + " (cost \(cost))"
    }
}

/// An edge of an undirected (or direction-ignoring) view of a graph, endpoints ordered `u < v`.
public struct VertexPair: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let u: Vertex
    public let v: Vertex

    /// The pair with its endpoints ordered.
    public init(_ a: Vertex, _ b: Vertex) {
        (u, v) = a <= b ? (a, b) : (b, a)
    }

    public static func < (a: VertexPair, b: VertexPair) -> Bool { (a.u, a.v) < (b.u, b.v) }

    public var description: String { "\(u)–\(v)" }
}

/// A path query could not be answered as asked.
public enum PathError: Error, Hashable, CustomStringConvertible {
    /// A vertex argument is not in `0..<vertexCount`.
    case vertexOutOfRange(Int, vertexCount: Int)
    /// An edge weight cannot be used as a path length (negative, NaN or infinite — or zero where
    /// the algorithm needs positive lengths).
    case invalidLength(source: Int, target: Int, weight: Double, zeroAllowed: Bool)
    /// An edge weight cannot be used as a strength (must be positive and finite; at most 1 for
    /// reliabilities).
    case invalidStrength(source: Int, target: Int, weight: Double, requirement: String)
    /// An argument is out of its domain (`k < 1`, a negative limit, source equal to target where a
    /// separation is asked for, adjacent endpoints for a vertex cut).
    case invalidArgument(String)

    public var description: String {
        switch self {
        case let .vertexOutOfRange(v, count):
            return "vertex \(v) is not in the graph (it has \(count) vertices)"
        case let .invalidLength(source, target, weight, zeroAllowed):
            return "edge \(source) → \(target) has length \(weight); path lengths must be "
                + (zeroAllowed ? "non-negative and finite" : "positive and finite")
        case let .invalidStrength(source, target, weight, requirement):
            return "edge \(source) → \(target) has strength \(weight); strengths must be \(requirement)"
        case let .invalidArgument(reason):
            return reason
        }
    }
}

extension Graph {
    /// Throws unless `v` is a vertex.
    func checkVertex(_ v: Int) throws(PathError) {
        guard v >= 0 && v < vertexCount else { throw .vertexOutOfRange(v, vertexCount: vertexCount) }
    }

    /// Throws unless every weight is a usable path length (`> 0`, or `≥ 0` when `allowZero`).
    func checkLengths(allowZero: Bool) throws(PathError) {
        for u in vertices {
            for e in outOffsets[u]..<outOffsets[u + 1] {
                let w = outWeights[e]
                guard w.isFinite && (allowZero ? w >= 0 : w > 0) else {
                    throw .invalidLength(
                        source: u, target: Int(outNeighbors[e]), weight: w, zeroAllowed: allowZero)
                }
            }
        }
    }

    /// Throws unless every weight is a positive finite strength (and at most 1 when `atMostOne`).
    func checkStrengths(atMostOne: Bool) throws(PathError) {
        for u in vertices {
            for e in outOffsets[u]..<outOffsets[u + 1] {
                let w = outWeights[e]
                guard w.isFinite && w > 0 && (!atMostOne || w <= 1) else {
                    throw .invalidStrength(
                        source: u, target: Int(outNeighbors[e]), weight: w,
                        requirement: atMostOne ? "in (0, 1]" : "positive and finite")
                }
            }
        }
    }

    /// The sum of the weights along `vertices` (each consecutive pair must be an edge).
    func pathLength(_ vertices: [Vertex], unit: Bool) -> Double {
        var total = 0.0
        for (u, v) in zip(vertices, vertices.dropFirst()) {
            total += unit ? 1 : (weight(from: Int(u), to: Int(v)) ?? .infinity)
        }
        return total
    }
}
