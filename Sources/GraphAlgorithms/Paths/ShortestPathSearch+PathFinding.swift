extension ShortestPathSearch {
    /// A workspace for single-pair path queries on `graph`: predecessors instead of path counts,
    /// bans, early exit. Shortest paths use BFS when `weights` is `.unit`, else Dijkstra on the
    /// weights as lengths; widest paths read the weights as strengths whatever `weights` says.
    /// - Precondition: the caller has validated the weights it will search on (non-negative
    ///   lengths; positive strengths for widest paths).
    /// - Complexity: O(V) memory and time.
    init(findingPathsIn graph: Graph, weights: PathWeights) {
        self.init(unvalidated: graph, weights: weights, countsPaths: false)
    }

    /// Bans vertex `v` until ``clearBans()``.
    mutating func ban(vertex v: Vertex) { bans.ban(vertex: v, in: graph) }

    /// Bans edge `u → v` (both directions of an undirected edge) until ``clearBans()``.
    mutating func ban(edgeFrom u: Vertex, to v: Vertex) { bans.ban(edgeFrom: u, to: v, in: graph) }

    /// Lifts every ban.
    mutating func clearBans() { bans.clear() }

    /// Shortest paths from `source` under the current bans (BFS or Dijkstra, by `weights`), stopping
    /// once `target` is settled. Nothing is reached when `source` is banned.
    mutating func findPaths(from source: Int, to target: Int?) {
        resetReached(PathFinding.self)
        guard !bans.isBanned(source) else { return }
        switch weights {
        case .unit:
            breadthFirst(PathFinding.self, from: source, to: target ?? -1)
        case .distance:
            dijkstra(PathFinding.self, from: source, to: target ?? -1)
        }
    }

    /// Widest (maximum-bottleneck) paths from `source` under the current bans, stopping once
    /// `target` is settled: afterwards `-distances[v]` is the largest achievable minimum edge
    /// weight over paths to `v` (`+∞` at the source, `−∞` when unreached). Weights must have been
    /// validated (positive).
    mutating func findWidestPaths(from source: Int, to target: Int?) {
        resetReached(WidestPathFinding.self)
        guard !bans.isBanned(source) else { return }
        dijkstra(WidestPathFinding.self, from: source, to: target ?? -1)
    }

    /// The vertices from the last search's source to `target` along predecessors, or `nil` when
    /// `target` was not reached.
    func pathVertices(to target: Int, source: Int) -> [Vertex]? {
        if target == source { return bans.isBanned(source) ? nil : [Vertex(source)] }
        guard predecessors[target] >= 0 else { return nil }
        var vertices = [Vertex(target)]
        var v = target
        while v != source {
            let p = Int(predecessors[v])
            guard p >= 0, vertices.count <= graph.vertexCount else { return nil }
            vertices.append(Vertex(p))
            v = p
        }
        return vertices.reversed()
    }

    /// The shortest path `source → target` under the current bans: its vertices and length.
    mutating func shortestPath(from source: Int, to target: Int) -> GraphPath? {
        findPaths(from: source, to: target)
        guard let vertices = pathVertices(to: target, source: source) else { return nil }
        return GraphPath(vertices: vertices, cost: distances[target])
    }

    /// The widest path `source → target` under the current bans: its bottleneck is the largest
    /// achievable; among paths with that bottleneck, the one with fewest edges (BFS over the edges
    /// at least that strong, ties broken as in BFS). Cost: the bottleneck (`+∞` for
    /// `source == target`). The workspace's `weights` play no part.
    mutating func widestPath(from source: Int, to target: Int) -> GraphPath? {
        if source == target {
            return bans.isBanned(source) ? nil : GraphPath(vertices: [Vertex(source)], cost: .infinity)
        }
        findWidestPaths(from: source, to: target)
        let bottleneck = -distances[target]
        guard bottleneck > 0 else { return nil }
        resetReached(PathFinding.self)
        breadthFirst(PathFinding.self, from: source, to: target, minimumWeight: bottleneck)
        guard let vertices = pathVertices(to: target, source: source) else { return nil }
        return GraphPath(vertices: vertices, cost: bottleneck)
    }
}
