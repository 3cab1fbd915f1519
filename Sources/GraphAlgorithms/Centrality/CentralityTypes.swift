/// How path-based measures (betweenness, closeness, harmonic centrality) read edge weights.
public enum PathWeights: Sendable, Hashable {
    /// Every edge has length 1; shortest paths come from breadth-first search (NetworkX `weight=None`).
    case unit
    /// An edge's weight is its length; shortest paths come from Dijkstra's algorithm
    /// (NetworkX `weight="weight"`/`distance="weight"`).
    case distance
}

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

/// The measures that can report a ``CentralityError``.
public enum CentralityMeasure: String, Sendable, Hashable {
    /// A plain ``ShortestPathSearch``.
    case shortestPaths
    case betweenness
    case edgeBetweenness
    case closeness
    case harmonic
    case pageRank
    case eigenvector
    case katz
    case hits
    /// The power iteration that estimates the spectral radius for Katz centrality.
    case spectralRadius
}

/// A centrality computation could not produce a meaningful answer.
public enum CentralityError: Error, Hashable, CustomStringConvertible {
    /// The iteration did not meet its tolerance within the allowed iterations.
    case didNotConverge(measure: CentralityMeasure, iterations: Int)
    /// The measure is undefined on a graph without vertices.
    case emptyGraph(measure: CentralityMeasure)
    /// An edge weight cannot be used as a path length (negative, NaN or infinite; or zero for
    /// betweenness, which NetworkX also requires to be positive).
    case invalidDistance(measure: CentralityMeasure, source: Int, target: Int, weight: Double)
    /// An argument is out of its domain.
    case invalidArgument(measure: CentralityMeasure, reason: String)
    /// Katz centrality needs `alpha < 1 / λmax`; `spectralRadius` is a proven lower bound on
    /// `λmax` (Collatz–Wielandt) or its converged power-iteration estimate.
    case attenuationTooLarge(alpha: Double, spectralRadius: Double)

    public var description: String {
        switch self {
        case let .didNotConverge(measure, iterations):
            return "\(measure.rawValue) did not converge within \(iterations) iterations"
        case let .emptyGraph(measure):
            return "\(measure.rawValue) is undefined for a graph without vertices"
        case let .invalidDistance(measure, source, target, weight):
            return "\(measure.rawValue): edge \(source) → \(target) has weight \(weight), "
                + "which is not a valid path length"
        case let .invalidArgument(measure, reason):
            return "\(measure.rawValue): \(reason)"
        case let .attenuationTooLarge(alpha, spectralRadius):
            return "katz: alpha \(alpha) is not below 1/λmax, which Katz centrality requires: "
                + "λmax ≥ \(spectralRadius), so 1/λmax ≤ \(1 / spectralRadius)"
        }
    }
}
