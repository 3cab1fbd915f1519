/// What one instantiation of the search kernels records, fixed at compile time: the kernels are
/// generic over a variant, so each specialisation keeps only the work it needs in its inner loop.
///
/// - ``PathCounting``: shortest-path counts σ for Brandes' algorithm, closeness and harmonic
///   centrality (the public ``ShortestPathSearch/run(from:)``).
/// - ``PathFinding``: one predecessor per vertex, bans and an early exit at the target (the path
///   queries and Yen's algorithm).
/// - ``WidestPathFinding``: as ``PathFinding`` with the bottleneck in place of the sum.
protocol SearchVariant {
    /// Whether the kernels count shortest paths σ.
    static var countsPaths: Bool { get }
    /// Whether the kernels record predecessors, skip banned vertices and edges, honour a minimum
    /// edge weight (BFS) and stop once the target is settled.
    static var findsPaths: Bool { get }
    /// The label of the source in Dijkstra's algorithm.
    static var sourceLabel: Double { get }
    /// The label of a path with label `label` extended by an edge of weight `weight`; smaller
    /// labels are better.
    static func extend(_ label: Double, by weight: Double) -> Double
}

/// Shortest paths with σ counting; labels are distances.
enum PathCounting: SearchVariant {
    static var countsPaths: Bool { true }
    static var findsPaths: Bool { false }
    static var sourceLabel: Double { 0 }
    @inline(__always) static func extend(_ label: Double, by weight: Double) -> Double { label + weight }
}

/// Shortest paths with predecessors, bans and early exit; labels are distances.
enum PathFinding: SearchVariant {
    static var countsPaths: Bool { false }
    static var findsPaths: Bool { true }
    static var sourceLabel: Double { 0 }
    @inline(__always) static func extend(_ label: Double, by weight: Double) -> Double { label + weight }
}

/// Widest (maximum-bottleneck) paths with predecessors, bans and early exit. Labels are *negated*
/// bottlenecks, so that smaller is better as in Dijkstra's algorithm: the source has `−∞` (an
/// unbounded width), and extending by an edge keeps the narrower of path and edge,
/// `max(label, −weight)`. Negation is exact, so ties and results equal those of a max-heap on widths
/// with ties towards the smaller vertex.
enum WidestPathFinding: SearchVariant {
    static var countsPaths: Bool { false }
    static var findsPaths: Bool { true }
    static var sourceLabel: Double { -.infinity }
    @inline(__always) static func extend(_ label: Double, by weight: Double) -> Double {
        Swift.max(label, -weight)
    }
}

/// A Dijkstra queue entry, ordered by label then vertex.
struct SearchQueueEntry: Comparable, Sendable {
    var label: Double
    var vertex: Vertex

    static func < (a: SearchQueueEntry, b: SearchQueueEntry) -> Bool {
        a.label < b.label || (a.label == b.label && a.vertex < b.vertex)
    }
}
