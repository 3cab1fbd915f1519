import GraphAlgorithms

/// The shortest path from `source` to `target` on a distance graph, as vertices from source to
/// target; `nil` when `target` is unreachable.
///
/// Dijkstra from `source` (`ShortestPathSearch`), then a walk back from `target`, each step to the
/// predecessor `u` with `dist[u] + w(u, v) == dist[v]`, ties broken by the smallest vertex id.
/// Kept small and separate so a dedicated path API can replace it.
func renderShortestPath(on distances: Graph, from source: Int, to target: Int) throws(CentralityError) -> [Int]? {
    var search = try ShortestPathSearch(graph: distances, weights: .distance)
    search.run(from: source)
    let dist = search.distances
    guard dist[target].isFinite else { return nil }
    var path = [target]
    var v = target
    while v != source {
        var best: Int?
        for e in distances.inOffsets[v]..<distances.inOffsets[v + 1] {
            let u = Int(distances.inNeighbors[e])
            guard u != v, dist[u].isFinite, dist[u] + distances.inWeights[e] == dist[v] else { continue }
            if best.map({ u < $0 }) ?? true { best = u }
        }
        // Floating-point sums can miss exact equality; fall back to the closest predecessor.
        if best == nil {
            var closest = Double.infinity
            for e in distances.inOffsets[v]..<distances.inOffsets[v + 1] {
                let u = Int(distances.inNeighbors[e])
                let gap = abs(dist[u] + distances.inWeights[e] - dist[v])
                if u != v, dist[u] < dist[v], gap < closest { (closest, best) = (gap, u) }
            }
        }
        guard let step = best, path.count <= distances.vertexCount else { return nil }
        path.append(step)
        v = step
    }
    return path.reversed()
}

/// The vertices within `radius` hops of `center`, edges followed in both directions.
func renderEgoNetwork(on graph: Graph, center: Int, radius: Int) -> Set<Int> {
    var reached: Set<Int> = [center]
    var frontier = [center]
    for _ in 0..<max(radius, 0) {
        var next: [Int] = []
        for v in frontier {
            let neighbours = graph.outNeighbors[graph.outOffsets[v]..<graph.outOffsets[v + 1]]
                + graph.inNeighbors[graph.inOffsets[v]..<graph.inOffsets[v + 1]]
            for w in neighbours where reached.insert(Int(w)).inserted { next.append(Int(w)) }
        }
        frontier = next
    }
    return reached
}
