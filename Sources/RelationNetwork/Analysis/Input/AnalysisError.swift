import GraphAlgorithms

/// Why an analysis could not be computed. Messages state the problem in the data's terms (ids, not
/// vertex numbers); a command-line tool adds how to fix it on its command line.
public enum AnalysisError: Error, Equatable, CustomStringConvertible {
    /// The selection has no entities (or vertices) to analyse.
    case emptySelection(String)
    /// A name matches no entity or vertex.
    case unknownVertex(String, suggestions: [String])
    /// The entity exists in the network but the selection left it out.
    case notInSelection(String)
    /// Two endpoints that must differ are the same.
    case sameEndpoints(String)
    /// An endpoint of a path was also asked to be avoided.
    case avoidedEndpoint(String)
    /// A tie's length is unusable for the requested computation.
    case invalidLength(from: String, to: String, length: Double, requirement: String)
    /// A plain graph's weight (a strength) gives no usable distance under the transform.
    case invalidDistance(from: String, to: String, weight: Double, distance: Double, transform: DistanceTransform)
    /// A tie's strength is unusable for the requested computation.
    case invalidStrength(from: String, to: String, strength: Double, requirement: String)
    /// A selection problem (unknown layer, kind, domain or entity).
    case selection(SelectionError)
    /// An algorithm refused its input.
    case algorithm(String)

    public var description: String {
        switch self {
        case let .emptySelection(what): return "the selection is empty: \(what)"
        case let .unknownVertex(name, suggestions):
            let hint = suggestions.isEmpty ? "" : " (did you mean \(suggestions.map { "'\(MessageToken.shown($0))'" }.joined(separator: ", "))?)"
            return "no vertex '\(MessageToken.shown(name))' in this graph\(hint)"
        case let .notInSelection(id): return "entity '\(MessageToken.shown(id))' is not in the selection"
        case let .sameEndpoints(name): return "both ends are \(name): a path needs two different entities"
        case let .avoidedEndpoint(name): return "cannot avoid \(name): it is an endpoint of the path"
        case let .invalidLength(from, to, length, requirement):
            return "the tie \(from) → \(to) has length \(length); lengths must be \(requirement)"
        case let .invalidDistance(from, to, weight, distance, transform):
            return "the tie \(from) → \(to) has weight \(weight), which gives the invalid distance \(distance) under the "
                + "\(transform.rawValue) transform (weights are strengths: in (0, 1] for neglog, > 0 for inverse)"
        case let .invalidStrength(from, to, strength, requirement):
            return "the tie \(from) → \(to) has strength \(strength); strengths must be \(requirement)"
        case let .selection(error): return error.description
        case let .algorithm(reason): return reason
        }
    }
}
