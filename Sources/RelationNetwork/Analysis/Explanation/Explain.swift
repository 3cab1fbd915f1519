import GraphAlgorithms

extension AnalysisGraph {
    /// The measures ``explain(_:measure:)`` can break down.
    public static let explainableMeasures: [VertexMeasure] = [.pagerank, .betweenness, .strength, .degree]

    /// Why the named entity scores what it does on `measure`.
    ///
    /// - PageRank: each in-neighbour's inflow `α x_u w(u, v) / s(u)`, plus the restart and dangling
    ///   shares; computed to a per-vertex tolerance of 1e-13 so the parts add up to the score within
    ///   about 1e-12 (the ranking's default tolerance differs from it by at most 1e-6 per vertex).
    /// - Betweenness: every pair (s, t) whose shortest paths run through it, with its share
    ///   σ_st(v)/σ_st and what it adds after normalisation (`Graph.betweennessBreakdown(of:weights:normalized:)`).
    /// - Strength: each tie's aggregated strength. Degree: each neighbour's 1/(n − 1).
    /// - Throws: ``AnalysisError`` for an unknown name or a measure it cannot break down.
    /// - Complexity: O(V + E) for PageRank, strength and degree; that of betweenness for one vertex
    ///   (one search per source).
    public func explain(_ name: String, measure: VertexMeasure = .pagerank) throws(AnalysisError) -> EntityExplanation {
        let v = try vertex(named: name)
        var ties: [EntityExplanation.Tie] = []
        var pairs: [EntityExplanation.Pair] = []
        var terms: [EntityExplanation.Term] = []
        var note: String?
        let scores: [Double]
        switch measure {
        case .pagerank:
            do {
                scores = try strengths.pageRank(tolerance: 1e-13, maxIterations: 100_000).values
            } catch {
                throw .algorithm("pagerank: \(error)")
            }
            let breakdown = strengths.pageRankBreakdown(of: v, ranks: scores)
            ties = breakdown.inflows.map { tie(from: $0.source, to: v, contribution: $0.value) }
            terms = [
                .init(term: "restart (1 − α)/n", contribution: breakdown.restart),
                .init(term: "dangling entities' rank shared by all", contribution: breakdown.dangling),
            ]
            note = "PageRank converged to 1e-13 per entity so that the parts add up"
        case .betweenness:
            let breakdown: BetweennessBreakdown
            do {
                scores = try distances.betweenness(weights: .distance)
                breakdown = try distances.betweennessBreakdown(of: v, weights: .distance)
            } catch {
                throw .algorithm("betweenness: \(described(error))")
            }
            pairs = breakdown.pairs.map {
                .init(from: reference($0.source), to: reference($0.target), share: $0.share, contribution: $0.contribution)
            }
        case .strength, .degree:
            scores = try measure.values(on: self)
            // Each edge end at v counts once (in and out separately when directed), as the measures do.
            let unit = 1 / Double(max(vertexCount - 1, 1))
            var parts: [Int: Double] = [:]
            for e in strengths.outOffsets[v]..<strengths.outOffsets[v + 1] {
                parts[Int(strengths.outNeighbors[e]), default: 0] += measure == .degree ? unit : strengths.outWeights[e]
            }
            if strengths.isDirected {
                for e in strengths.inOffsets[v]..<strengths.inOffsets[v + 1] {
                    parts[Int(strengths.inNeighbors[e]), default: 0] += measure == .degree ? unit : strengths.inWeights[e]
                }
            }
            ties = parts.map { tie(from: $0.key, to: v, contribution: $0.value) }
        default:
            let supported = Self.explainableMeasures.map(\.rawValue).joined(separator: ", ")
            throw .algorithm("\(measure.rawValue) cannot be broken down into ties; explainable measures: \(supported)")
        }
        ties.sort { $0.contribution != $1.contribution ? $0.contribution > $1.contribution : $0.neighbour.id < $1.neighbour.id }
        let rank = 1 + ids.indices.filter { scores[$0] > scores[v] || (scores[$0] == scores[v] && ids[$0] < ids[v]) }.count
        return EntityExplanation(
            entity: reference(v), measure: measure, score: scores[v], rank: rank, of: vertexCount, ties: ties, pairs: pairs,
            terms: terms, note: note)
    }

    /// Every claim about the tie between two named entities, with the disputes.
    /// - Throws: ``AnalysisError`` for unknown names, the same entity twice, or a plain graph.
    public func explainTie(from: String, to: String) throws(AnalysisError) -> TieExplanation {
        guard let network else { throw .algorithm("a plain graph has no sources to explain a tie with") }
        let (u, v) = (try vertex(named: from), try vertex(named: to))
        if u == v { throw .sameEndpoints(display(u)) }
        let relations = network.relations(between: ids[u], and: ids[v])
        return TieExplanation(
            from: reference(u), to: reference(v), relations: relations.map { RelationRecord($0, in: network) },
            disputes: relations.flatMap(network.disputes(of:)))
    }

    /// The tie u–v as a contribution to v's score, with the relations of the selection behind it.
    private func tie(from u: Int, to v: Int, contribution: Double) -> EntityExplanation.Tie {
        let relations = network.map { network in
            network.hopRelations(from: ids[u], to: ids[v], directed: projection.directed, includeSigned: projection.includeTension)
                .map { RelationRecord($0, in: network) }
        }
        return EntityExplanation.Tie(neighbour: reference(u), contribution: contribution, relations: relations ?? [])
    }
}
