extension Graph {
    /// Eigenvector centrality by power iteration (P. Bonacich, "Factoring and weighting approaches
    /// to status scores and clique identification", J. Math. Sociology 2(1), 1972).
    ///
    /// The principal left eigenvector `x` of the adjacency matrix, `λ x(v) = Σ_{u → v} w(u, v) x(u)`
    /// (in-edges; all edges when undirected), normalised to Euclidean norm 1. As in NetworkX
    /// `eigenvector_centrality` (3.6) the iteration is `x ← (Aᵀ + I) x / ‖(Aᵀ + I) x‖₂` from a uniform
    /// start — the shift by `I` makes it converge on bipartite graphs — and it stops when the L1
    /// change is below `n · tolerance`. NetworkX defaults: `max_iter=100`, `tol=1e-6`, `weight=None`
    /// (so the default here is `.unit`).
    ///
    /// - Parameters:
    ///   - weights: `.unit` (NetworkX default) or `.strength`.
    ///   - tolerance: per-vertex tolerance.
    ///   - maxIterations: iteration limit.
    /// - Throws: ``CentralityError/didNotConverge(measure:iterations:)``;
    ///   ``CentralityError/emptyGraph(measure:)``.
    /// - Complexity: O(E + V) per iteration, parallel over vertex ranges; O(V) extra memory.
    public func eigenvector(
        weights: StrengthWeights = .unit, tolerance: Double = 1e-6, maxIterations: Int = 100
    ) throws(CentralityError) -> IterativeCentrality {
        let n = vertexCount
        guard n > 0 else { throw .emptyGraph(measure: .eigenvector) }
        let strengths = inStrengths(weights)
        let sweep = VertexSweep(offsets: inOffsets)
        var current = [Double](repeating: 1 / Double(n), count: n)
        var next = [Double](repeating: 0, count: n)
        var iteration = 0
        while iteration < maxIterations {
            iteration += 1
            let squares = pullProduct(
                from: current, into: &next, strengths: strengths, sweep: sweep,
                addInput: true, scale: 1, constant: 0)
            let norm = squares > 0 ? squares.squareRoot() : 1
            let change = next.withUnsafeMutableBufferPointer { next in
                current.withUnsafeBufferPointer { current in
                    sweep.sum { range in
                        var change = 0.0
                        for v in range {
                            next[v] /= norm
                            change += abs(next[v] - current[v])
                        }
                        return change
                    }
                }
            }
            swap(&current, &next)
            if change < Double(n) * tolerance {
                return IterativeCentrality(values: current, iterations: iteration, residual: change)
            }
        }
        throw .didNotConverge(measure: .eigenvector, iterations: maxIterations)
    }

    /// `output(v) = scale · (Σ_{u → v} strength · input(u)) + constant (+ input(v) with `addInput`)`
    /// over the in-adjacency, in parallel over `sweep`; returns `Σ output(v)²` reduced in range
    /// order.
    func pullProduct(
        from input: [Double], into output: inout [Double], strengths: ContiguousArray<Double>,
        sweep: VertexSweep, addInput: Bool, scale: Double, constant: Double
    ) -> Double {
        inOffsets.withUnsafeBufferPointer { offsets in
            inNeighbors.withUnsafeBufferPointer { sources in
                strengths.withUnsafeBufferPointer { strength in
                    input.withUnsafeBufferPointer { input in
                        output.withUnsafeMutableBufferPointer { output in
                            sweep.sum { range in
                                var squares = 0.0
                                for v in range {
                                    var total = 0.0
                                    for e in offsets[v]..<offsets[v + 1] {
                                        total += strength[e] * input[Int(sources[e])]
                                    }
                                    var value = scale * total + constant
                                    if addInput { value += input[v] }
                                    output[v] = value
                                    squares += value * value
                                }
                                return squares
                            }
                        }
                    }
                }
            }
        }
    }
}
