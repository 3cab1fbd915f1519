/// A path query could not be answered as asked.
public enum PathError: Error, Hashable, CustomStringConvertible {
    /// A vertex argument is not in `0..<vertexCount`.
    case vertexOutOfRange(Int, vertexCount: Int)
    /// An edge weight cannot be used as a path length (negative, NaN or infinite — or zero where
    /// the algorithm needs positive lengths).
    case invalidLength(source: Int, target: Int, weight: Double, zeroAllowed: Bool)
    /// An edge weight cannot be used as a strength (must be positive and finite; at most 1 for
    /// reliabilities).
    case invalidStrength(source: Int, target: Int, weight: Double, requirement: String)
    /// An argument is out of its domain (`k < 1`, a negative limit, source equal to target where a
    /// separation is asked for, adjacent endpoints for a vertex cut).
    case invalidArgument(String)

    public var description: String {
        switch self {
        case let .vertexOutOfRange(v, count):
            return "vertex \(v) is not in the graph (it has \(count) vertices)"
        case let .invalidLength(source, target, weight, zeroAllowed):
            return "edge \(source) → \(target) has length \(weight); path lengths must be "
                + (zeroAllowed ? "non-negative and finite" : "positive and finite")
        case let .invalidStrength(source, target, weight, requirement):
            return "edge \(source) → \(target) has strength \(weight); strengths must be \(requirement)"
        case let .invalidArgument(reason):
            return reason
        }
    }
}

extension Graph {
    /// Throws unless `v` is a vertex.
    func checkVertex(_ v: Int) throws(PathError) {
        guard v >= 0 && v < vertexCount else { throw .vertexOutOfRange(v, vertexCount: vertexCount) }
    }

    /// Throws unless every weight is a usable path length (`> 0`, or `≥ 0` when `allowZero`).
    func checkLengths(allowZero: Bool) throws(PathError) {
        if let invalid = firstInvalidWeight(allowZero ? .nonNegativeFinite : .positiveFinite) {
            throw .invalidLength(
                source: invalid.source, target: invalid.target, weight: invalid.weight, zeroAllowed: allowZero)
        }
    }

    /// Throws unless every weight is a positive finite strength (and at most 1 when `atMostOne`).
    func checkStrengths(atMostOne: Bool) throws(PathError) {
        if let invalid = firstInvalidWeight(atMostOne ? .positiveAtMostOne : .positiveFinite) {
            throw .invalidStrength(
                source: invalid.source, target: invalid.target, weight: invalid.weight,
                requirement: atMostOne ? "in (0, 1]" : "positive and finite")
        }
    }
}
