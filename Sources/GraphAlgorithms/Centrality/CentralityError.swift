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
