extension Graph {
    /// HITS hub and authority scores (J. Kleinberg, "Authoritative sources in a hyperlinked
    /// environment", J. ACM 46(5), 1999).
    ///
    /// Authorities `a` are the principal eigenvector of `AᵀA` and hubs `h = A a`, each normalised
    /// to sum 1, as NetworkX `hits` (3.6, `normalized=True`, `tol=1e-8`, edge weights used).
    /// NetworkX obtains the singular vector from ARPACK (`svds`); here it comes from power iteration
    /// as in NetworkX's reference `_hits_scipy`: `a ← AᵀA a / max(AᵀA a)` from a uniform start, until
    /// the L1 change is below `tolerance`. Power iteration gains a factor `(σ₂/σ₁)²` per step, so the
    /// default iteration limit is 1000 rather than NetworkX's `max_iter=100` (which bounds ARPACK's
    /// far faster iterations).
    ///
    /// - Parameters:
    ///   - weights: `.strength` (NetworkX default) or `.unit`.
    ///   - tolerance: L1 tolerance on the max-normalised authority vector.
    ///   - maxIterations: iteration limit.
    /// - Returns: hubs and authorities (empty for an empty graph).
    /// - Throws: ``CentralityError/didNotConverge(measure:iterations:)``;
    ///   ``CentralityError/invalidArgument(measure:reason:)`` when no edge has a positive weight
    ///   product (`AᵀA a = 0`).
    /// - Complexity: O(E + V) per iteration, parallel over vertex ranges; O(V) extra memory.
    public func hits(
        weights: StrengthWeights = .strength, tolerance: Double = 1e-8, maxIterations: Int = 1000
    ) throws(CentralityError) -> HITSScores {
        let n = vertexCount
        guard n > 0 else {
            return HITSScores(hubs: [], authorities: [], iterations: 0, residual: 0)
        }
        let reverse = reversed
        let inSweep = VertexSweep(offsets: inOffsets)
        let outSweep = VertexSweep(offsets: outOffsets)
        let inStrength = inStrengths(weights)
        let outStrength = outStrengths(weights)
        var authorities = [Double](repeating: 1 / Double(n), count: n)
        var next = [Double](repeating: 0, count: n)
        var hubs = [Double](repeating: 0, count: n)
        var iteration = 0
        while iteration < maxIterations {
            iteration += 1
            _ = reverse.pullProduct(
                from: authorities, into: &hubs, strengths: outStrength, sweep: outSweep,
                addInput: false, scale: 1, constant: 0)
            _ = pullProduct(
                from: hubs, into: &next, strengths: inStrength, sweep: inSweep,
                addInput: false, scale: 1, constant: 0)
            let largest = next.max() ?? 0
            guard largest > 0 else {
                throw .invalidArgument(measure: .hits, reason: "AᵀA has no positive entry")
            }
            var change = 0.0
            for v in 0..<n {
                next[v] /= largest
                change += abs(next[v] - authorities[v])
            }
            swap(&authorities, &next)
            if change < tolerance {
                _ = reverse.pullProduct(
                    from: authorities, into: &hubs, strengths: outStrength, sweep: outSweep,
                    addInput: false, scale: 1, constant: 0)
                let hubTotal = hubs.reduce(0, +)
                let authorityTotal = authorities.reduce(0, +)
                return HITSScores(
                    hubs: hubs.map { $0 / hubTotal },
                    authorities: authorities.map { $0 / authorityTotal },
                    iterations: iteration, residual: change)
            }
        }
        throw .didNotConverge(measure: .hits, iterations: maxIterations)
    }
}
