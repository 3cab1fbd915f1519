extension Graph {
    /// PageRank by power iteration (Page, Brin, Motwani & Winograd, "The PageRank Citation
    /// Ranking: Bringing Order to the Web", Stanford InfoLab, 1999).
    ///
    /// `x ← α (xᵀ W + (Σ_{d dangling} x_d) · q) + (1 − α) p`, where `W[u][v] = w(u, v) / s(u)` is the
    /// row-stochastic weight matrix (`s(u)` the out-strength), a vertex is dangling when `s(u) = 0`,
    /// `p` the personalisation and `q` the dangling distribution (default `p`), both normalised to sum
    /// 1; the start vector is uniform. Undirected edges count in both directions. It stops when the L1
    /// change is below `n · tolerance`; the result is not renormalised. This is NetworkX `pagerank`
    /// (3.6) with its defaults `alpha=0.85`, `max_iter=100`, `tol=1e-6`, `weight="weight"`.
    ///
    /// Each iteration pulls over the in-adjacency with precomputed `x_u/s(u)`, in parallel over fixed
    /// vertex ranges; the convergence sum is reduced in range order. With `.unit` weights, or when
    /// every edge weight is 1, `s(u)` is the out-degree and no weight array is read or allocated.
    ///
    /// - Parameters:
    ///   - damping: `α`, the probability of following an edge.
    ///   - personalization: non-negative restart weights, one per vertex (not all zero); `nil` for
    ///     uniform.
    ///   - dangling: non-negative weights for redistributing dangling vertices' rank; `nil` to use
    ///     the personalisation.
    ///   - weights: `.strength` (NetworkX default) or `.unit`.
    ///   - tolerance: per-vertex tolerance.
    ///   - maxIterations: iteration limit.
    /// - Returns: the ranks (empty for an empty graph) with the iteration count.
    /// - Throws: ``CentralityError/didNotConverge(measure:iterations:)``;
    ///   ``CentralityError/invalidArgument(measure:reason:)`` for a malformed vector.
    /// - Complexity: O(E + V) per iteration, O(V) extra memory.
    public func pageRank(
        damping: Double = 0.85, personalization: [Double]? = nil, dangling: [Double]? = nil,
        weights: StrengthWeights = .strength, tolerance: Double = 1e-6, maxIterations: Int = 100
    ) throws(CentralityError) -> IterativeCentrality {
        let n = vertexCount
        guard n > 0 else { return IterativeCentrality(values: [], iterations: 0, residual: 0) }
        let restart = try distribution(personalization, name: "personalization") ?? []
        let danglingShare = try distribution(dangling, name: "dangling") ?? restart
        let uniform = 1 / Double(n)

        // Unit weights (asked for, or every stored weight 1) read no weight array.
        let unit = weights == .unit || outWeights.areAllOne
        // The five per-vertex arrays are written in parallel (their first touches are most of the
        // setup's cost).
        func outStrength(_ u: Int) -> Double {
            if unit { return Double(outOffsets[u + 1] - outOffsets[u]) }
            var total = 0.0
            for e in outOffsets[u]..<outOffsets[u + 1] { total += outWeights[e] }
            return total
        }
        let inverseOutStrength = Parallel.array(count: n) { u -> Double in
            let total = outStrength(u)
            return total == 0 ? 0 : 1 / total
        }
        let danglingVertices = vertices.filter { inverseOutStrength[$0] == 0 && outStrength($0) == 0 }

        // `rank` is updated in place (each vertex reads and writes only its own entry, the pulled
        // values come from `scaled`); `scaled` and `nextScaled` alternate.
        var rank = Parallel.array(count: n) { _ in uniform }
        var scaled = Parallel.array(count: n) { uniform * inverseOutStrength[$0] }
        var nextScaled = Parallel.array(count: n) { _ in 0.0 }
        let sweep = VertexSweep(offsets: inOffsets)
        var iteration = 0
        while iteration < maxIterations {
            iteration += 1
            var danglingSum = 0.0
            for d in danglingVertices { danglingSum += rank[d] }
            let step = PageRankStep(
                damping: damping, uniform: uniform, restart: restart, danglingShare: danglingShare,
                danglingSum: danglingSum)
            let change = withAdjacencyBuffers { adjacency in
                rank.withUnsafeMutableBufferPointer { rank in
                    scaled.withUnsafeBufferPointer { scaled in
                        inverseOutStrength.withUnsafeBufferPointer { inverse in
                            nextScaled.withUnsafeMutableBufferPointer { nextScaled in
                                sweep.sum { range in
                                    var change = 0.0
                                    for v in range {
                                        let edges = adjacency.inOffsets[v]..<adjacency.inOffsets[v + 1]
                                        let incoming =
                                            if !unit, let weights = adjacency.inWeights.base {
                                                Self.pulledSum(
                                                    edges, adjacency.inNeighbors, scaled, weights: weights)
                                            } else {
                                                Self.pulledSum(edges, adjacency.inNeighbors, scaled)
                                            }
                                        let value = step.value(of: v, incoming: incoming)
                                        change += abs(value - rank[v])
                                        rank[v] = value
                                        nextScaled[v] = value * inverse[v]
                                    }
                                    return change
                                }
                            }
                        }
                    }
                }
            }
            swap(&scaled, &nextScaled)
            if change < Double(n) * tolerance {
                return IterativeCentrality(values: rank, iterations: iteration, residual: change)
            }
        }
        throw .didNotConverge(measure: .pageRank, iterations: maxIterations)
    }

    /// `Σ_{e ∈ edges} scaled[sources[e]]`, in four interleaved partial sums added pairwise at the
    /// end: the additions no longer wait on one another, which takes the pull loop from latency-bound
    /// to bandwidth-bound. The order depends only on the edges, so the sum is reproducible.
    /// O(`edges.count`).
    @inline(__always)
    private static func pulledSum(
        _ edges: Range<Int>, _ sources: UnsafeBufferPointer<Vertex>, _ scaled: UnsafeBufferPointer<Double>
    ) -> Double {
        var (s0, s1, s2, s3) = (0.0, 0.0, 0.0, 0.0)
        var e = edges.lowerBound
        let end = edges.upperBound
        while e + 4 <= end {
            s0 += scaled[Int(sources[e])]
            s1 += scaled[Int(sources[e + 1])]
            s2 += scaled[Int(sources[e + 2])]
            s3 += scaled[Int(sources[e + 3])]
            e += 4
        }
        while e < end {
            s0 += scaled[Int(sources[e])]
            e += 1
        }
        return (s0 + s1) + (s2 + s3)
    }

    /// `Σ_{e ∈ edges} weights[e] · scaled[sources[e]]`, summed as in
    /// ``pulledSum(_:_:_:)``. O(`edges.count`).
    @inline(__always)
    private static func pulledSum(
        _ edges: Range<Int>, _ sources: UnsafeBufferPointer<Vertex>, _ scaled: UnsafeBufferPointer<Double>,
        weights: UnsafePointer<Double>
    ) -> Double {
        var (s0, s1, s2, s3) = (0.0, 0.0, 0.0, 0.0)
        var e = edges.lowerBound
        let end = edges.upperBound
        while e + 4 <= end {
            s0 += weights[e] * scaled[Int(sources[e])]
            s1 += weights[e + 1] * scaled[Int(sources[e + 1])]
            s2 += weights[e + 2] * scaled[Int(sources[e + 2])]
            s3 += weights[e + 3] * scaled[Int(sources[e + 3])]
            e += 4
        }
        while e < end {
            s0 += weights[e] * scaled[Int(sources[e])]
            e += 1
        }
        return (s0 + s1) + (s2 + s3)
    }

    /// The per-vertex update of one PageRank iteration, given the pulled sum `Σ_u x_u w(u, v)/s(u)`.
    private struct PageRankStep {
        let damping: Double
        let uniform: Double
        let restart: [Double]
        let danglingShare: [Double]
        let danglingSum: Double

        @inline(__always)
        func value(of v: Int, incoming: Double) -> Double {
            let teleport = restart.isEmpty ? uniform : restart[v]
            let share = danglingShare.isEmpty ? uniform : danglingShare[v]
            return damping * (incoming + danglingSum * share) + (1 - damping) * teleport
        }
    }

    /// Validates a per-vertex weight vector and normalises it to sum 1; `nil` stays `nil`.
    private func distribution(
        _ vector: [Double]?, name: String
    ) throws(CentralityError) -> [Double]? {
        guard let vector else { return nil }
        guard vector.count == vertexCount else {
            throw .invalidArgument(
                measure: .pageRank,
                reason: "\(name) has \(vector.count) entries for \(vertexCount) vertices")
        }
        guard vector.allSatisfy({ $0.isFinite && $0 >= 0 }) else {
            throw .invalidArgument(
                measure: .pageRank, reason: "\(name) entries must be finite and non-negative")
        }
        let total = vector.reduce(0, +)
        guard total > 0 else {
            throw .invalidArgument(measure: .pageRank, reason: "\(name) sums to zero")
        }
        return vector.map { $0 / total }
    }
}
