#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Distances and one shortest-path tree from a source, for path reconstruction.
public struct ShortestPathTree: Sendable {
    /// The source of the search.
    public let source: Vertex
    /// Distance from the source per vertex (`.infinity` when unreachable).
    public let distances: [Double]
    /// The predecessor of each vertex on its chosen shortest path (`-1` for the source and for
    /// unreachable vertices).
    public let predecessors: [Vertex]

    /// The chosen shortest path from the source to `target`, or `nil` when unreachable (or not a
    /// vertex). O(path length).
    public func path(to target: Int) -> GraphPath? {
        guard target >= 0 && target < distances.count, distances[target] < .infinity else { return nil }
        var vertices = [Vertex(target)]
        var v = target
        while v != Int(source) {
            let p = Int(predecessors[v])
            guard p >= 0, vertices.count <= distances.count else { return nil }
            vertices.append(Vertex(p))
            v = p
        }
        return GraphPath(vertices: vertices.reversed(), cost: distances[target])
    }
}

extension Graph {
    /// Shortest paths from `source` to every vertex: breadth-first search for `.unit` weights,
    /// Dijkstra's algorithm (binary heap, stale entries skipped) for `.distance` weights.
    ///
    /// Tie-breaking: vertices are settled in order of (distance, index), and a vertex's predecessor
    /// is the first settled vertex that gives it its final distance; in BFS, the first discovered
    /// neighbour. Equal-length alternatives are therefore resolved towards earlier-settled,
    /// lower-index vertices, independently of edge insertion order.
    ///
    /// Source: E. W. Dijkstra, "A note on two problems in connexion with graphs", *Numerische
    /// Mathematik* 1 (1959); NetworkX `single_source_dijkstra` / `single_source_shortest_path`.
    /// - Throws: ``PathError/vertexOutOfRange(_:vertexCount:)``; ``PathError/invalidLength(source:target:weight:zeroAllowed:)``
    ///   for a negative, NaN or infinite length (zero lengths are allowed).
    /// - Complexity: O(V + E) for BFS, O((V + E) log E) for Dijkstra; O(V) memory.
    public func shortestPathTree(from source: Int, weights: PathWeights = .distance) throws(PathError)
        -> ShortestPathTree
    {
        try checkVertex(source)
        if weights == .distance { try checkLengths(allowZero: true) }
        var search = ShortestPathSearch(findingPathsIn: self, weights: weights)
        search.findPaths(from: source, to: nil)
        return ShortestPathTree(source: Vertex(source), distances: search.distances, predecessors: search.predecessors)
    }

    /// One shortest path from `source` to `target`, or `nil` when `target` is unreachable.
    ///
    /// The search stops as soon as `target` is settled. Ties are broken as in
    /// ``shortestPathTree(from:weights:)``. The path from a vertex to itself is `[source]`, cost 0.
    /// - Throws: as ``shortestPathTree(from:weights:)``.
    /// - Complexity: O(V + E) (BFS) or O((V + E) log E) (Dijkstra) in the worst case.
    public func shortestPath(from source: Int, to target: Int, weights: PathWeights = .distance)
        throws(PathError) -> GraphPath?
    {
        try checkVertex(source)
        try checkVertex(target)
        if weights == .distance { try checkLengths(allowZero: true) }
        var search = ShortestPathSearch(findingPathsIn: self, weights: weights)
        return search.shortestPath(from: source, to: target)
    }

    /// The widest (maximum-bottleneck) path: the path whose weakest edge is strongest, reading
    /// weights as strengths (larger = better). Among paths with the best bottleneck, the one with
    /// fewest edges is returned (then BFS tie-breaking: lower-index vertices first). The path's
    /// `cost` is its bottleneck (`+∞` for `source == target`).
    ///
    /// Source: the maximum-capacity path problem, M. Pollack, "The maximum capacity through a
    /// network", *Operations Research* 8 (1960); solved by Dijkstra's algorithm with `min` in place
    /// of `+` and a max-heap, then a BFS restricted to edges at least as strong as the bottleneck.
    /// - Throws: ``PathError/invalidStrength(source:target:weight:requirement:)`` when a weight is not
    ///   positive and finite.
    /// - Complexity: O((V + E) log E) time, O(V) memory.
    public func widestPath(from source: Int, to target: Int) throws(PathError) -> GraphPath? {
        try checkVertex(source)
        try checkVertex(target)
        try checkStrengths(atMostOne: false)
        var search = ShortestPathSearch(findingPathsIn: self, weights: .distance)
        return search.widestPath(from: source, to: target)
    }

    /// The most reliable path: weights are probabilities (strengths in (0, 1]) and the path
    /// maximising their product is found by Dijkstra's algorithm on the lengths `−ln w`. The path's
    /// `cost` is `−ln(product)`, so its reliability is `exp(-cost)`.
    ///
    /// Source: the standard reduction of the most-reliable-path problem to shortest paths (e.g.
    /// Ahuja, Magnanti & Orlin, *Network Flows*, 1993, §4.1).
    /// - Throws: ``PathError/invalidStrength(source:target:weight:requirement:)`` when a weight is
    ///   outside (0, 1].
    /// - Complexity: O(E) to transform, then O((V + E) log E).
    public func mostReliablePath(from source: Int, to target: Int) throws(PathError) -> GraphPath? {
        try checkVertex(source)
        try checkVertex(target)
        try checkStrengths(atMostOne: true)
        var search = ShortestPathSearch(findingPathsIn: negativeLogWeights(), weights: .distance)
        return search.shortestPath(from: source, to: target)
    }

    /// The graph with every weight `w` replaced by `−ln w` (`+0` for `w == 1`).
    func negativeLogWeights() -> Graph {
        mappingWeights { w in
            let length = -log(w)
            return length == 0 ? 0 : length
        }
    }
}
