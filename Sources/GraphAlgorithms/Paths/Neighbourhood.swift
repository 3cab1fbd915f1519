extension Graph {
    /// The vertices within `radius` hops of `center`, edges followed in both directions (the ego
    /// network's vertices), in the order they are reached: `center` first, then by distance.
    ///
    /// - Precondition: `center` is a vertex of the graph.
    /// - Complexity: O(V' + E') for the V' vertices and E' edges within reach.
    public func neighbourhood(of center: Int, radius: Int) -> [Int] {
        precondition(center >= 0 && center < vertexCount, "center is not a vertex")
        var reached: Set<Int> = [center]
        var order = [center]
        var frontier = [center]
        for _ in 0..<max(radius, 0) {
            var next: [Int] = []
            for v in frontier {
                let neighbours = outNeighbors[outOffsets[v]..<outOffsets[v + 1]] + inNeighbors[inOffsets[v]..<inOffsets[v + 1]]
                for w in neighbours where reached.insert(Int(w)).inserted { next.append(Int(w)) }
            }
            order += next
            frontier = next
        }
        return order
    }
}
