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
