/// Hop distances from one source: the result of ``Graph/breadthFirstLevels(from:)``.
public struct BreadthFirstLevels: Sendable, Equatable {
    /// The source of the search.
    public let source: Vertex
    /// `levels[v]` is the number of edges on a shortest path from the source to `v` (0 for the
    /// source), or `-1` when `v` is unreachable.
    public let levels: [Int32]
    /// Number of vertices reached, the source included.
    public let reachedCount: Int

    /// Whether `v` is reachable from the source. O(1).
    /// - Parameter v: a vertex of the searched graph.
    public func isReachable(_ v: Int) -> Bool { levels[v] >= 0 }
}

extension Graph {
    /// The hop distance from `source` to every vertex (following out-edges), by direction-optimising
    /// breadth-first search.
    ///
    /// Levels are expanded top-down (scan the frontier's out-edges) while the frontier is small and
    /// bottom-up (every unvisited vertex scans its in-edges for a frontier vertex, stopping at the
    /// first) while it is large, switching with Beamer's heuristic: to bottom-up when the frontier's
    /// out-edges exceed 1/15 of the edges not yet examined, back to top-down when the frontier
    /// shrinks below 1/18 of the vertices. Bottom-up levels run in parallel over fixed vertex
    /// blocks, top-down levels over large frontiers in parallel slices that claim vertices by an
    /// atomic OR on a visited bitmap; the levels do not depend on the core count or the scheduling. Use this for reachability and
    /// unweighted distances; ``ShortestPathSearch`` also counts shortest paths and
    /// ``shortestPathTree(from:weights:)`` gives predecessors.
    ///
    /// Source: S. Beamer, K. Asanović & D. Patterson, "Direction-optimizing breadth-first search",
    /// SC 2012; the GAP Benchmark Suite's `bfs.cc` (same parameters α = 15, β = 18).
    /// - Parameter source: the start vertex.
    /// - Throws: ``PathError/vertexOutOfRange(_:vertexCount:)``.
    /// - Complexity: O(V + E) time in the worst case, usually far fewer edge visits on graphs with a
    ///   large connected core; O(V) memory (levels, a queue, a V-bit visited map and two V-bit
    ///   frontiers).
    public func breadthFirstLevels(from source: Int) throws(PathError) -> BreadthFirstLevels {
        try checkVertex(source)
        var levels = [Int32](repeating: -1, count: vertexCount)
        let reached = levels.withUnsafeMutableBufferPointer { levels in
            withAdjacencyBuffers { adjacency in
                var search = DirectionOptimizingSearch(adjacency: adjacency, levels: levels)
                return search.run(from: source)
            }
        }
        return BreadthFirstLevels(source: Vertex(source), levels: levels, reachedCount: reached)
    }
}
