extension Graph {
    /// The modularity of a partition (Newman & Girvan 2004; Leicht & Newman 2008 for directed
    /// graphs), with resolution γ (Reichardt & Bornholdt 2006), defined exactly as NetworkX's
    /// `nx.community.modularity(G, communities, weight="weight", resolution=γ)`:
    ///
    /// - undirected: `Q = Σ_c [ L_c / m − γ (K_c / 2m)² ]`, where `L_c` is the total weight of the
    ///   edges inside community `c` (a self-loop counted once), `K_c` the sum of the strengths of
    ///   its vertices (a self-loop adds its weight twice to its vertex's strength) and `2m` the sum
    ///   of all strengths;
    /// - directed: `Q = Σ_c [ L_c / m − γ K_c^out K_c^in / m² ]`, with `m` the total arc weight and
    ///   out- and in-strengths counting a self-loop once each.
    ///
    /// - Parameters:
    ///   - membership: the community label of each vertex (`membership.count == vertexCount`,
    ///     labels ≥ 0; they need not be contiguous).
    ///   - resolution: γ > 0; larger values favour smaller communities.
    /// - Returns: the modularity, in [−1/2, 1) at γ = 1 for undirected graphs.
    /// - Throws: ``CommunityError`` for an empty graph, a membership of the wrong length or with a
    ///   negative label, a negative or non-finite weight, γ ≤ 0, or zero total weight.
    /// - Complexity: O(V + E) time, O(V) extra memory.
    public func modularity(of membership: [Int], resolution: Double = 1) throws -> Double {
        try checkResolution(resolution)
        guard vertexCount > 0 else { throw CommunityError.emptyGraph }
        try checkCommunityWeights()
        guard membership.count == vertexCount else {
            throw CommunityError.invalidMembership(
                "\(membership.count) labels for \(vertexCount) vertices")
        }
        if let v = membership.firstIndex(where: { $0 < 0 }) {
            throw CommunityError.invalidMembership("vertex \(v) has the negative label \(membership[v])")
        }
        let labels: [Int]
        let count: Int
        if let high = membership.max(), high < 4 * vertexCount + 16 {
            labels = membership
            count = high + 1
        } else {
            (labels, count) = denseLabels(membership)
        }
        return try modularityOfValidLabels(labels, count: count, resolution: resolution)
    }

    /// Modularity for labels already known to lie in `0..<count`.
    func modularityOfValidLabels(_ labels: [Int], count: Int, resolution: Double) throws -> Double {
        var inside = [Double](repeating: 0, count: count)
        var outTotal = [Double](repeating: 0, count: count)
        var inTotal = [Double](repeating: 0, count: count)
        var total = 0.0
        for v in 0..<vertexCount {
            let c = labels[v]
            var rowSum = 0.0
            var loop = 0.0
            var internalArcs = 0.0
            for e in outOffsets[v]..<outOffsets[v + 1] {
                let u = Int(outNeighbors[e])
                let w = outWeights[e]
                rowSum += w
                if u == v {
                    loop += w
                } else if labels[u] == c {
                    internalArcs += w
                }
            }
            if isDirected {
                inside[c] += internalArcs + loop
                outTotal[c] += rowSum
                var inSum = 0.0
                for e in inOffsets[v]..<inOffsets[v + 1] { inSum += inWeights[e] }
                inTotal[c] += inSum
                total += rowSum
            } else {
                // Each internal edge is met from both ends; a self-loop once but counts twice in
                // its vertex's strength.
                inside[c] += internalArcs / 2 + loop
                outTotal[c] += rowSum + loop
                total += rowSum + loop
            }
        }
        guard total > 0 else { throw CommunityError.zeroTotalWeight }
        var q = 0.0
        if isDirected {
            let m = total
            let norm = 1 / (m * m)
            for c in 0..<count {
                q += inside[c] / m - resolution * outTotal[c] * inTotal[c] * norm
            }
        } else {
            let m = total / 2
            let norm = 1 / (total * total)
            for c in 0..<count {
                q += inside[c] / m - resolution * outTotal[c] * outTotal[c] * norm
            }
        }
        return q
    }

    /// Throws ``CommunityError/invalidWeight(source:target:weight:)`` for the first weight that is
    /// negative, NaN or infinite. O(E).
    func checkCommunityWeights() throws {
        if let invalid = firstInvalidWeight(.nonNegativeFinite) {
            throw CommunityError.invalidWeight(source: invalid.source, target: invalid.target, weight: invalid.weight)
        }
    }
}
