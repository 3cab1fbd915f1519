import GraphAlgorithms

/// A per-vertex measure an analysis can rank by: the one selector shared by centrality tables,
/// diagram sizes and the report.
///
/// Path-based measures (betweenness, closeness, harmonic) read distances; the others read
/// strengths. Definitions and normalisations follow NetworkX's defaults.
public enum VertexMeasure: String, Sendable, Hashable, CaseIterable, Codable {
    case degree, inDegree = "in-degree", outDegree = "out-degree"
    case strength, inStrength = "in-strength", outStrength = "out-strength"
    case betweenness, closeness, harmonic, eigenvector, pagerank, katz, hubs, authorities

    /// The measures a centrality table shows when none is chosen.
    public static let defaults: [VertexMeasure] = [.degree, .betweenness, .closeness, .pagerank]

    /// The measure's name as a snake_case key (`in_degree`), for structured output.
    public var key: String { rawValue.replacingOccurrences(of: "-", with: "_") }

    /// The value of every vertex of `input`.
    ///
    /// - Parameters:
    ///   - input: the graph to measure.
    ///   - normalized: normalise degree and betweenness as NetworkX does (`false`: counts).
    /// - Throws: ``AnalysisError/algorithm(_:)`` when the algorithm refuses the graph (invalid
    ///   distances, no convergence).
    /// - Complexity: that of the algorithm: O(V + E) for degree and strength, O(V·E + V² log V) for
    ///   betweenness, closeness and harmonic, O(k·E) for the iterative measures.
    public func values(on input: AnalysisGraph, normalized: Bool = true) throws(AnalysisError) -> [Double] {
        let strengths = input.strengths
        let distances = input.distances
        do throws(CentralityError) {
            switch self {
            case .degree: return degree(strengths, .total, normalized)
            case .inDegree: return degree(strengths, .incoming, normalized)
            case .outDegree: return degree(strengths, .outgoing, normalized)
            case .strength: return strengths.strength(direction: .total)
            case .inStrength: return strengths.strength(direction: .incoming)
            case .outStrength: return strengths.strength(direction: .outgoing)
            case .betweenness: return try distances.betweenness(weights: .distance, normalized: normalized)
            case .closeness: return try distances.closeness(weights: .distance)
            case .harmonic: return try distances.harmonic(weights: .distance)
            case .eigenvector: return try strengths.eigenvector(weights: .strength).values
            case .pagerank: return try strengths.pageRank(weights: .strength).values
            case .katz: return try strengths.katz(weights: .strength).values
            case .hubs: return try strengths.hits(weights: .strength).hubs
            case .authorities: return try strengths.hits(weights: .strength).authorities
            }
        } catch {
            throw .algorithm("\(rawValue): \(input.described(error))")
        }
    }

    private func degree(_ graph: Graph, _ direction: DegreeDirection, _ normalized: Bool) -> [Double] {
        let centrality = graph.degreeCentrality(direction: direction)
        guard !normalized else { return centrality }
        let scale = Double(max(graph.vertexCount - 1, 1))
        return centrality.map { ($0 * scale).rounded() }
    }
}

extension AnalysisGraph {
    /// A centrality error in the data's terms: vertex numbers replaced by ids.
    func described(_ error: CentralityError) -> String {
        if case let .invalidDistance(_, source, target, weight) = error, source < ids.count, target < ids.count {
            return "the tie \(ids[source]) → \(ids[target]) has distance \(weight); distances must be non-negative and finite"
        }
        return error.description
    }
}
