/// A requirement on every edge weight of a graph before an algorithm may read it.
public enum WeightRule: Sendable, Hashable {
    /// Finite and non-negative: path lengths for shortest paths, closeness and harmonic
    /// centrality; weights for modularity and community detection.
    case nonNegativeFinite
    /// Finite and positive: lengths for path counting and betweenness; strengths for widest paths.
    case positiveFinite
    /// In (0, 1]: strengths read as reliabilities (probabilities of success) by the most reliable
    /// paths.
    case positiveAtMostOne

    /// Whether `weight` satisfies the rule; NaN never does.
    public func admits(_ weight: Double) -> Bool {
        switch self {
        case .nonNegativeFinite: weight.isFinite && weight >= 0
        case .positiveFinite: weight.isFinite && weight > 0
        case .positiveAtMostOne: weight > 0 && weight <= 1
        }
    }
}

/// An edge whose weight breaks a ``WeightRule``.
public struct InvalidWeight: Sendable, Hashable {
    /// The edge's source (either endpoint of an undirected edge; see
    /// ``Graph/firstInvalidWeight(_:)``).
    public let source: Int
    /// The edge's target.
    public let target: Int
    /// The offending weight.
    public let weight: Double

    public init(source: Int, target: Int, weight: Double) {
        self.source = source
        self.target = target
        self.weight = weight
    }
}

extension Graph {
    /// The first edge whose weight breaks `rule`, or `nil` when every weight satisfies it.
    ///
    /// Edges are taken in adjacency order, by source vertex and then by target within the
    /// source's row, so the edge reported is the one with the smallest `(source, target)`; an
    /// undirected edge is seen first from its smaller endpoint. Every algorithm that validates
    /// weights uses this scan and maps the finding to its own error (``PathError``,
    /// ``CentralityError``, ``CommunityError``).
    /// - Complexity: O(1) when every weight satisfies `rule` (known from the statistics gathered
    ///   when the weights were stored); else O(E) for the scan, plus O(log V) to find the source.
    public func firstInvalidWeight(_ rule: WeightRule) -> InvalidWeight? {
        if outWeights.statistics.admitEvery(rule) { return nil }
        let position: Int?
        switch rule {  // one specialised scan per rule
        case .nonNegativeFinite: position = outWeights.firstIndex { !WeightRule.nonNegativeFinite.admits($0) }
        case .positiveFinite: position = outWeights.firstIndex { !WeightRule.positiveFinite.admits($0) }
        case .positiveAtMostOne: position = outWeights.firstIndex { !WeightRule.positiveAtMostOne.admits($0) }
        }
        guard let e = position else { return nil }
        // The source is the row holding position e: the last vertex whose row starts at or before e.
        var low = 0
        var high = vertexCount - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if outOffsets[mid] <= e { low = mid } else { high = mid - 1 }
        }
        return InvalidWeight(source: low, target: Int(outNeighbors[e]), weight: outWeights[e])
    }
}
