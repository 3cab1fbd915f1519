import GraphAlgorithms

/// Whom one vertex's connections run through (see ``DependencyAnalysis``), with labels and the
/// projection it was computed on.
public struct DependencyReport: Sendable, Hashable, Encodable {
    /// One intermediary and what happens without it.
    public struct Intermediary: Sendable, Hashable, Encodable {
        /// What removing the intermediary changes.
        public struct Without: Sendable, Hashable, Encodable {
            /// Targets cut off (those it is unavoidable for).
            public let cutOff: Int
            /// Targets still reachable but farther.
            public let longer: Int
            /// Mean relative increase of their distances; `nil` if none.
            public let meanIncrease: Double?
            /// Largest relative increase; `nil` if none.
            public let maxIncrease: Double?
        }

        public let id: String
        public let label: String
        /// Average share of the node's shortest paths to its reachable targets passing through.
        public let share: Double
        /// Brandes' single-source dependency (the share summed over targets).
        public let dependency: Double
        public let unavoidable: Bool
        /// Targets reachable only through it (sorted ids).
        public let unavoidableFor: [String]
        public let without: Without
    }

    public let node: EntityReference
    /// Number of vertices the node reaches (itself excluded).
    public let reachable: Int
    public let directed: Bool
    public let distance: DistanceTransform
    /// By share (descending), then id.
    public let intermediaries: [Intermediary]

    /// The first `count` intermediaries (all when `nil`).
    public func top(_ count: Int?) -> DependencyReport {
        DependencyReport(
            node: node, reachable: reachable, directed: directed, distance: distance,
            intermediaries: Array(intermediaries.prefix(count ?? intermediaries.count)))
    }
}

extension AnalysisGraph {
    /// The intermediaries the named vertex's connections depend on (``DependencyAnalysis``).
    /// - Throws: ``AnalysisError`` for an unknown name or distances that are not positive and finite.
    /// - Complexity: see ``DependencyAnalysis/init(source:distances:ids:)``.
    public func dependencies(of name: String) throws(AnalysisError) -> DependencyReport {
        guard vertexCount > 0 else { throw .emptySelection("no entities") }
        let source = try vertex(named: name)
        let analysis: DependencyAnalysis
        do {
            analysis = try DependencyAnalysis(source: source, distances: distances, ids: ids)
        } catch {
            throw analysisError(error)
        }
        let intermediaries = analysis.intermediaries.map { item in
            DependencyReport.Intermediary(
                id: item.id, label: labels[Int(item.vertex)], share: item.share, dependency: item.dependency,
                unavoidable: item.isUnavoidable, unavoidableFor: item.unavoidableFor,
                without: .init(
                    cutOff: item.unavoidableFor.count, longer: item.longerCount, meanIncrease: item.meanIncrease,
                    maxIncrease: item.maxIncrease))
        }
        return DependencyReport(
            node: reference(source), reachable: analysis.reachableCount, directed: projection.directed,
            distance: projection.distance, intermediaries: intermediaries)
    }
}
