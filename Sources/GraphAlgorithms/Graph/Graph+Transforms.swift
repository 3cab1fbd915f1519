extension Graph {
    /// The graph with every edge's direction reversed (itself when undirected). O(1).
    public var reversed: Graph {
        guard isDirected else { return self }
        return Graph(reversing: self)
    }

    /// The same edges with every weight replaced by `transform(weight)`. O(V + E).
    public func mappingWeights(_ transform: (Double) -> Double) -> Graph {
        let out = EdgeWeights(outWeights.lazy.map(transform))
        return Graph(
            copying: self, outWeights: out,
            inWeights: isDirected ? EdgeWeights(inWeights.lazy.map(transform)) : out)
    }

    private init(reversing g: Graph) {
        vertexCount = g.vertexCount
        isDirected = true
        outOffsets = g.inOffsets
        outNeighbors = g.inNeighbors
        outWeights = g.inWeights
        inOffsets = g.outOffsets
        inNeighbors = g.outNeighbors
        inWeights = g.outWeights
        edgeCount = g.edgeCount
    }

    private init(copying g: Graph, outWeights: EdgeWeights, inWeights: EdgeWeights) {
        vertexCount = g.vertexCount
        isDirected = g.isDirected
        outOffsets = g.outOffsets
        outNeighbors = g.outNeighbors
        self.outWeights = outWeights
        inOffsets = g.inOffsets
        inNeighbors = g.inNeighbors
        self.inWeights = inWeights
        edgeCount = g.edgeCount
    }

    /// The same vertices (ids unchanged) without any edge touching a vertex in `removed`: the
    /// what-if graph for "recompute with these actors taken out". Out-of-range ids are ignored.
    /// - Complexity: O(V + E).
    public func removing(vertices removed: some Sequence<Vertex>) -> Graph {
        var gone = [Bool](repeating: false, count: vertexCount)
        var any = false
        for v in removed where v >= 0 && Int(v) < vertexCount {
            gone[Int(v)] = true
            any = true
        }
        guard any else { return self }
        var edges: [WeightedEdge] = []
        edges.reserveCapacity(edgeCount)
        for u in vertices where !gone[u] {
            for e in outOffsets[u]..<outOffsets[u + 1] {
                let w = outNeighbors[e]
                if gone[Int(w)] || (!isDirected && Int(w) < u) { continue }
                edges.append(WeightedEdge(Vertex(u), w, weight: outWeights[e]))
            }
        }
        return Graph(vertexCount: vertexCount, edges: edges, directed: isDirected, parallelEdges: .sum)
    }
}
