extension Graph {
    /// The subgraph induced by `vertices`: those vertices, renumbered 0, 1, … in the order given,
    /// and every edge between two of them with its weight (self-loops kept).
    ///
    /// - Parameter vertices: distinct vertices of the graph.
    /// - Complexity: O(V + E).
    public func induced(on vertices: [Int]) -> Graph {
        var newIndex = [Int](repeating: -1, count: vertexCount)
        for (i, v) in vertices.enumerated() { newIndex[v] = i }
        var edges: [WeightedEdge] = []
        for v in vertices {
            for e in outOffsets[v]..<outOffsets[v + 1] {
                let u = Int(outNeighbors[e])
                // Undirected edges are stored in both directions: take each once.
                guard newIndex[u] >= 0, isDirected || u >= v else { continue }
                edges.append(WeightedEdge(Vertex(newIndex[v]), Vertex(newIndex[u]), weight: outWeights[e]))
            }
        }
        return Graph(vertexCount: vertices.count, edges: edges, directed: isDirected)
    }
}
