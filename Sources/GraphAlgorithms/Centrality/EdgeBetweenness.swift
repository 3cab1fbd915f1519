extension Graph {
    /// Shortest-path betweenness centrality of every edge (Brandes 2008).
    ///
    /// `c_B(e) = Σ_{s, t} σ(s, t | e) / σ(s, t)`, summed over ordered pairs and halved for undirected
    /// graphs unless normalised. Matches NetworkX `edge_betweenness_centrality`: with `normalized`
    /// the sum is divided by `K(n − 1)`, otherwise multiplied by `n / K` (and halved when
    /// undirected), where `K = n` or the number of sampled sources. Self-loops score 0.
    ///
    /// - Parameters: as ``betweenness(weights:normalized:endpoints:sampling:)``.
    /// - Returns: one entry per edge, sorted by source then target; undirected edges once with
    ///   `source <= target`.
    /// - Throws: as ``betweenness(weights:normalized:endpoints:sampling:)``.
    /// - Complexity: as vertex betweenness, plus O(pE) memory for per-block edge accumulators.
    public func edgeBetweenness(
        weights: PathWeights = .unit, normalized: Bool = true, sampling: BetweennessSampling? = nil
    ) throws(CentralityError) -> EdgeCentrality {
        try edgeBetweenness(
            weights: weights, normalized: normalized, sampling: sampling, workerCount: nil)
    }

    /// ``edgeBetweenness(weights:normalized:sampling:)`` with an explicit number of parallel blocks.
    func edgeBetweenness(
        weights: PathWeights, normalized: Bool, sampling: BetweennessSampling?, workerCount: Int?
    ) throws(CentralityError) -> EdgeCentrality {
        let sampled = try sampledSources(sampling, measure: .edgeBetweenness)
        let totals = try brandesTotals(
            sources: sampled ?? allVertices, weights: weights, endpoints: false,
            includeEdges: true, workerCount: workerCount, measure: .edgeBetweenness)
        let factor = BetweennessScale(
            vertexCount: vertexCount, normalized: normalized, directed: isDirected,
            endpoints: true, sampledCount: sampled?.count
        ).other
        var sources: [Vertex] = []
        var targets: [Vertex] = []
        var values: [Double] = []
        sources.reserveCapacity(edgeCount)
        targets.reserveCapacity(edgeCount)
        values.reserveCapacity(edgeCount)
        for v in vertices {
            for e in outOffsets[v]..<outOffsets[v + 1] {
                let w = Int(outNeighbors[e])
                var total = totals.edge[e]
                if !isDirected {
                    if w < v { continue }
                    if w != v, let reverse = edgeIndex(from: w, to: v) {
                        total += totals.edge[reverse]
                    }
                }
                sources.append(Vertex(v))
                targets.append(Vertex(w))
                values.append(total * factor)
            }
        }
        return EdgeCentrality(
            sources: sources, targets: targets, values: values, isDirected: isDirected)
    }
}
