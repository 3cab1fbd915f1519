import GraphAlgorithms

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
