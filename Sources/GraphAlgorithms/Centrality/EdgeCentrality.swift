/// A score per edge, from ``Graph/edgeBetweenness(weights:normalized:sampling:)``.
///
/// Entries are sorted by source, then target (the out-adjacency order). An undirected edge appears
/// once, with `sources[i] <= targets[i]`.
public struct EdgeCentrality: Sendable, Hashable {
    /// Source vertex of each edge.
    public let sources: [Vertex]
    /// Target vertex of each edge.
    public let targets: [Vertex]
    /// Score of each edge.
    public let values: [Double]
    /// Whether `(u, v)` and `(v, u)` are different edges.
    public let isDirected: Bool

    /// Number of edges.
    public var count: Int { values.count }

    /// The score of edge `source → target` (either orientation when undirected), or `nil` when there
    /// is no such edge.
    /// - Complexity: O(log E).
    public func value(from source: Int, to target: Int) -> Double? {
        var (u, v) = (source, target)
        if !isDirected && u > v { swap(&u, &v) }
        var low = 0
        var high = values.count
        while low < high {
            let mid = (low + high) / 2
            let key = (Int(sources[mid]), Int(targets[mid]))
            if key < (u, v) { low = mid + 1 } else { high = mid }
        }
        guard low < values.count, Int(sources[low]) == u, Int(targets[low]) == v else { return nil }
        return values[low]
    }
}
