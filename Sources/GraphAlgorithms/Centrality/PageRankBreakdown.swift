/// How one vertex's PageRank is made up: what each in-neighbour passes on, the restart share and
/// the share of the dangling vertices' rank.
public struct PageRankBreakdown: Sendable, Hashable {
    /// What one in-neighbour passes on: `α · x_u · w(u, v) / s(u)`.
    public struct Inflow: Sendable, Hashable {
        public let source: Int
        public let value: Double
    }

    public let vertex: Int
    /// The vertex's rank in `ranks`.
    public let score: Double
    /// Per in-neighbour, largest first (ties by vertex).
    public let inflows: [Inflow]
    /// `(1 − α) · p_v`: the restart (teleport) share.
    public let restart: Double
    /// `α · (Σ_{d dangling} x_d) · q_v`: the dangling vertices' rank redistributed.
    public let dangling: Double

    /// `score − (Σ inflows + restart + dangling)`: how far `ranks` is from the fixed point at this
    /// vertex (about the iteration's tolerance).
    public var residual: Double { score - (inflows.reduce(0) { $0 + $1.value } + restart + dangling) }
}

extension Graph {
    /// Splits `ranks[v]` into the terms of the PageRank fixed-point equation (uniform restart and
    /// dangling distributions, as ``pageRank(damping:personalization:dangling:weights:tolerance:maxIterations:)``
    /// with its defaults): `x_v = α (Σ_u x_u w(u, v) / s(u) + (Σ_d x_d) / n) + (1 − α) / n`.
    ///
    /// For ranks converged to a tight tolerance the terms add up to `ranks[v]` (see
    /// ``PageRankBreakdown/residual``). Undirected edges pass rank both ways.
    /// - Parameters:
    ///   - v: the vertex.
    ///   - ranks: PageRank values of every vertex.
    ///   - damping: `α`.
    ///   - weights: `.strength` or `.unit`, as the ranks were computed.
    /// - Complexity: O(V + E) for the out-strengths, then O(deg(v) log deg(v)).
    public func pageRankBreakdown(
        of v: Int, ranks: [Double], damping: Double = 0.85, weights: StrengthWeights = .strength
    ) -> PageRankBreakdown {
        precondition(ranks.count == vertexCount && v >= 0 && v < vertexCount, "one rank per vertex")
        func weight(_ e: Int) -> Double { weights == .unit ? 1 : outWeights[e] }
        var outStrength = [Double](repeating: 0, count: vertexCount)
        for u in vertices { for e in outOffsets[u]..<outOffsets[u + 1] { outStrength[u] += weight(e) } }
        var inflow: [Int: Double] = [:]
        for u in vertices where outStrength[u] > 0 {
            for e in outOffsets[u]..<outOffsets[u + 1] where Int(outNeighbors[e]) == v {
                inflow[u, default: 0] += damping * ranks[u] * weight(e) / outStrength[u]
            }
        }
        let n = Double(vertexCount)
        let danglingRank = vertices.filter { outStrength[$0] == 0 }.reduce(0) { $0 + ranks[$1] }
        let inflows = inflow.map { PageRankBreakdown.Inflow(source: $0.key, value: $0.value) }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.source < $1.source }
        return PageRankBreakdown(
            vertex: v, score: ranks[v], inflows: inflows, restart: (1 - damping) / n, dangling: damping * danglingRank / n)
    }
}
