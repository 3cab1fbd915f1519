extension Graph {
    /// Degree centrality: `C_D(v) = deg(v) / (n − 1)`, as NetworkX `degree_centrality`
    /// (`.total`), `in_degree_centrality` (`.incoming`) and `out_degree_centrality` (`.outgoing`).
    ///
    /// `deg` counts distinct neighbours after parallel edges were merged; in an undirected graph a
    /// self-loop adds 2, in a directed graph it adds 1 to both the in- and the out-degree. Every
    /// value is 1 when `n <= 1` (NetworkX convention). For undirected graphs the direction is
    /// irrelevant.
    ///
    /// L. C. Freeman, "Centrality in social networks: conceptual clarification", Social Networks 1,
    /// 1979.
    /// - Complexity: O(V) time (O(V + E) for undirected graphs, to find self-loops).
    public func degreeCentrality(direction: DegreeDirection = .total) -> [Double] {
        guard vertexCount > 1 else { return [Double](repeating: 1, count: vertexCount) }
        let scale = 1 / Double(vertexCount - 1)
        return vertices.map { v in
            degreeTerms(of: v, direction: direction) { _ in 1 } * scale
        }
    }

    /// Strength (weighted degree): the sum of the weights of the edges at each vertex, as NetworkX
    /// `G.degree(weight="weight")`, `in_degree` and `out_degree`. An undirected self-loop counts
    /// twice. Not normalised.
    ///
    /// A. Barrat et al., "The architecture of complex weighted networks", PNAS 101(11), 2004.
    /// - Complexity: O(V + E).
    public func strength(direction: DegreeDirection = .total) -> [Double] {
        vertices.map { v in degreeTerms(of: v, direction: direction) { $0 } }
    }

    /// Sums `term(weight)` over the edges of `v` selected by `direction`, counting an undirected
    /// self-loop twice.
    private func degreeTerms(
        of v: Int, direction: DegreeDirection, _ term: (Double) -> Double
    ) -> Double {
        var total = 0.0
        let countOut = !isDirected || direction != .incoming
        let countIn = isDirected && direction != .outgoing
        if countOut {
            for e in outOffsets[v]..<outOffsets[v + 1] {
                let loopFactor = !isDirected && Int(outNeighbors[e]) == v ? 2.0 : 1.0
                total += loopFactor * term(outWeights[e])
            }
        }
        if countIn {
            for e in inOffsets[v]..<inOffsets[v + 1] { total += term(inWeights[e]) }
        }
        return total
    }
}
