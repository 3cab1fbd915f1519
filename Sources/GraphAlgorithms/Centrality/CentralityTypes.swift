/// How strength-based measures (PageRank, eigenvector, Katz, HITS) read edge weights.
public enum StrengthWeights: Sendable, Hashable {
    /// Every edge has strength 1 (NetworkX `weight=None`).
    case unit
    /// An edge's weight is its strength: the matrix entry `A[u][v]` (NetworkX `weight="weight"`).
    case strength
}

/// Which edges a degree-type measure counts at a vertex.
public enum DegreeDirection: Sendable, Hashable {
    /// Edges ending at the vertex.
    case incoming
    /// Edges starting at the vertex.
    case outgoing
    /// Both; for directed graphs the sum of in- and out-degree. For undirected graphs all three
    /// directions mean the same.
    case total
}

/// The outcome of an iterative (power-iteration style) centrality computation that converged.
public struct IterativeCentrality: Sendable, Hashable {
    /// One score per vertex, indexed by vertex.
    public let values: [Double]
    /// Number of iterations performed (the last one met the tolerance).
    public let iterations: Int
    /// The convergence quantity of the last iteration (an L1 change), below its threshold.
    public let residual: Double

    public init(values: [Double], iterations: Int, residual: Double) {
        self.values = values
        self.iterations = iterations
        self.residual = residual
    }
}

/// Hub and authority scores from ``Graph/hits(weights:tolerance:maxIterations:)``.
public struct HITSScores: Sendable, Hashable {
    /// Hub score per vertex (sums to 1).
    public let hubs: [Double]
    /// Authority score per vertex (sums to 1).
    public let authorities: [Double]
    /// Number of power iterations performed.
    public let iterations: Int
    /// The L1 change of the max-normalised authority vector at the last iteration.
    public let residual: Double
}
