extension Graph {
    /// Katz centrality by fixed-point iteration (L. Katz, "A new status index derived from
    /// sociometric analysis", Psychometrika 18(1), 1953).
    ///
    /// `x(v) = α Σ_{u → v} w(u, v) x(u) + β`, i.e. `x = β (I − α Aᵀ)⁻¹ 1`, iterated from `x = 0` until
    /// the L1 change is below `n · tolerance`, then (with `normalized`) scaled to Euclidean norm 1.
    /// This is NetworkX `katz_centrality` (3.6) with its defaults `alpha=0.1`, `beta=1`,
    /// `max_iter=1000`, `tol=1e-6`, `normalized=True`, `weight=None` (so the default here is `.unit`).
    ///
    /// The series converges only when `α < 1/λmax`. Before iterating, `λmax` of `|A|` is bracketed by
    /// Collatz–Wielandt bounds of a shifted power iteration (`x ← (|A|ᵀ + I) x`) and estimated by
    /// its norm ratio; an `α` that is certainly or, by the converged estimate, too large is rejected.
    ///
    /// - Parameters:
    ///   - alpha: attenuation factor `α`.
    ///   - beta: the constant term `β` of every vertex.
    ///   - normalized: scale the result to Euclidean norm 1 (NetworkX default `true`).
    ///   - weights: `.unit` (NetworkX default) or `.strength`.
    ///   - tolerance: per-vertex tolerance.
    ///   - maxIterations: iteration limit.
    /// - Returns: the scores (empty for an empty graph) with the iteration count.
    /// - Throws: ``CentralityError/attenuationTooLarge(alpha:spectralRadius:)``;
    ///   ``CentralityError/didNotConverge(measure:iterations:)``.
    /// - Complexity: O(E + V) per iteration (for both the estimate and the series), O(V) extra memory.
    public func katz(
        alpha: Double = 0.1, beta: Double = 1, normalized: Bool = true,
        weights: StrengthWeights = .unit, tolerance: Double = 1e-6, maxIterations: Int = 1000
    ) throws(CentralityError) -> IterativeCentrality {
        let n = vertexCount
        guard n > 0 else { return IterativeCentrality(values: [], iterations: 0, residual: 0) }
        let strengths = inStrengths(weights)
        let sweep = VertexSweep(offsets: inOffsets)
        try checkAttenuation(alpha, strengths: strengths, sweep: sweep)

        var current = [Double](repeating: 0, count: n)
        var next = [Double](repeating: 0, count: n)
        var iteration = 0
        while iteration < maxIterations {
            iteration += 1
            let squares = pullProduct(
                from: current, into: &next, strengths: strengths, sweep: sweep,
                addInput: false, scale: alpha, constant: beta)
            var change = 0.0
            for v in 0..<n { change += abs(next[v] - current[v]) }
            swap(&current, &next)
            if change < Double(n) * tolerance {
                let norm = squares.squareRoot()
                let factor = normalized && norm > 0 ? 1 / norm : 1
                return IterativeCentrality(
                    values: current.map { $0 * factor }, iterations: iteration, residual: change)
            }
        }
        throw .didNotConverge(measure: .katz, iterations: maxIterations)
    }

    /// Throws when `alpha · λmax(|A|) >= 1`.
    ///
    /// For a non-negative matrix `M = |A|ᵀ + I` and a positive vector `x`,
    /// `min_v (Mx)_v / x_v <= ρ(M) <= max_v (Mx)_v / x_v` (Collatz–Wielandt), and `ρ(M) = λmax + 1`.
    /// The iteration stops as soon as the bounds decide, or when the norm-ratio estimate of `ρ(M)`
    /// is stable to 1e-12, which then decides. If neither happens within 1000 iterations the Katz
    /// iteration itself is left to converge or fail.
    private func checkAttenuation(
        _ alpha: Double, strengths: ContiguousArray<Double>, sweep: VertexSweep
    ) throws(CentralityError) {
        let magnitudes = ContiguousArray(strengths.lazy.map { abs($0) })
        let n = vertexCount
        var current = [Double](repeating: 1 / Double(n).squareRoot(), count: n)
        var next = [Double](repeating: 0, count: n)
        var previousEstimate = -1.0
        for _ in 0..<1000 {
            let squares = pullProduct(
                from: current, into: &next, strengths: magnitudes, sweep: sweep,
                addInput: true, scale: 1, constant: 0)
            var lower = Double.infinity
            var upper = 0.0
            var positive = true
            for v in 0..<n {
                guard current[v] > 0 else {
                    positive = false
                    break
                }
                let ratio = next[v] / current[v]
                lower = min(lower, ratio)
                upper = max(upper, ratio)
            }
            if positive {
                if alpha * (upper - 1) < 1 { return }
                if alpha * (lower - 1) >= 1 {
                    throw .attenuationTooLarge(alpha: alpha, spectralRadius: lower - 1)
                }
            }
            // ‖x‖₂ = 1, so ‖Mx‖₂ estimates ρ(M).
            let norm = squares.squareRoot()
            let estimate = norm - 1
            if abs(estimate - previousEstimate) <= 1e-12 * max(1, estimate) {
                if alpha * estimate >= 1 {
                    throw .attenuationTooLarge(alpha: alpha, spectralRadius: estimate)
                }
                return
            }
            previousEstimate = estimate
            for v in 0..<n { next[v] /= norm }
            swap(&current, &next)
        }
    }
}
