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
