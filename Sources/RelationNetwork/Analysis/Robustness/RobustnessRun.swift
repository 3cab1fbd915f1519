import GraphAlgorithms

/// The reference results of a robustness analysis and how each run is compared with them.
struct RobustnessRun: Sendable {
    /// What one network gives: scores per measure (by entity id), communities, balance, paths.
    struct Outcome: Sendable {
        var scores: [[String: Double]]
        var camps: [String: Int]
        var balance: BalanceReport?
        var paths: [[String]?]
        var relations: Set<String>
    }

    /// What one bootstrap resample gives: the first measure's ranks and the relations present.
    struct Sample: Sendable {
        var ranks: [String: Int]
        var relations: Set<String>
    }

    let full: AnalysisGraph
    let network: RelationNetwork
    let measures: [VertexMeasure]
    let options: RobustnessOptions
    /// The entity ids of the full selection, in vertex order.
    let ids: [String]
    let focus: Entity?
    let poles: [String]
    let pairs: [EndpointPair]

    init(full: AnalysisGraph, network: RelationNetwork, measures: [VertexMeasure], options: RobustnessOptions) {
        self.full = full
        self.network = network
        self.measures = measures
        self.options = options
        ids = full.ids
        let focus = options.focus.flatMap { try? network.resolveEntity($0) } ?? network.defaultFocus()
        let poles = focus.map { network.defaultPoles(for: $0.id) } ?? []
        self.focus = focus
        self.poles = poles
        pairs = options.pairs ?? poles.map { EndpointPair(from: focus?.id ?? "", to: $0) }
    }

    /// The results on `graph` (the full selection or one without some sources).
    func outcome(of graph: AnalysisGraph) throws(AnalysisError) -> Outcome {
        var scores: [[String: Double]] = []
        for measure in measures {
            let values = try measure.values(on: graph)
            scores.append(Dictionary(zip(graph.ids, values), uniquingKeysWith: { a, _ in a }))
        }
        let camps = (try? graph.communities(options.communities).communityOf) ?? [:]
        var balance: BalanceReport?
        if let focus, let selected = graph.network, selected.entity(withID: focus.id) != nil {
            balance = try? selected.balance(of: focus.id, poles: poles.filter { selected.entity(withID: $0) != nil })
        }
        let paths = pairs.map { pair in (try? graph.paths(PathQuery(from: pair.from, to: pair.to)))?.paths.first?.entities }
        return Outcome(
            scores: scores, camps: camps, balance: balance, paths: paths,
            relations: Set(graph.network?.relations.compactMap(\.id) ?? []))
    }

    /// Ranks (1 = highest score, ties by id) of every entity of the full selection; entities
    /// missing from a run score 0.
    func ranks(_ scores: [String: Double]) -> [String: Int] {
        let order = ids.sorted { a, b in
            let (x, y) = (scores[a] ?? 0, scores[b] ?? 0)
            return x != y ? x > y : a < b
        }
        return Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0 + 1) })
    }

    func sample(_ graph: AnalysisGraph) throws(AnalysisError) -> Sample {
        let values = try measures[0].values(on: graph)
        return Sample(
            ranks: ranks(Dictionary(zip(graph.ids, values), uniquingKeysWith: { a, _ in a })),
            relations: Set(graph.network?.relations.compactMap(\.id) ?? []))
    }

    /// What changes on `graph`, the network without `source`.
    func impact(
        of source: Source, on graph: AnalysisGraph, against reference: Outcome
    ) throws(AnalysisError) -> RobustnessAnalysis.SourceImpact {
        let outcome = try outcome(of: graph)
        let agreements = measures.indices.map { m in
            let (a, b) = (ids.map { reference.scores[m][$0] ?? 0 }, ids.map { outcome.scores[m][$0] ?? 0 })
            return RobustnessAnalysis.MeasureAgreement(
                measure: measures[m], spearman: spearmanCorrelation(a, b), kendall: kendallTauB(a, b))
        }
        let (before, after) = (ranks(reference.scores[0]), ranks(outcome.scores[0]))
        func shift(_ id: String) -> Int { abs(after[id, default: 0] - before[id, default: 0]) }
        let moved = ids.filter { shift($0) > 0 }
            .sorted { shift($0) != shift($1) ? shift($0) > shift($1) : $0 < $1 }
            .prefix(5).map { RobustnessAnalysis.RankMove(id: $0, rank: before[$0, default: 0], rankWithout: after[$0, default: 0]) }
        let (camps, campsWithout) = (labels(reference.camps), labels(outcome.camps))
        let balance = (reference.balance?.domains ?? []).map { domain in
            RobustnessAnalysis.BalanceChange(
                domain: domain.domain, hhi: domain.herfindahl,
                hhiWithout: outcome.balance?.domains.first { $0.domain == domain.domain }?.herfindahl)
        }
        let paths = pairs.indices.map { p in
            RobustnessAnalysis.PathChange(
                from: pairs[p].from, to: pairs[p].to, route: reference.paths[p],
                survives: reference.paths[p] != nil && reference.paths[p] == outcome.paths[p],
                replacement: outcome.paths[p] == reference.paths[p] ? nil : outcome.paths[p])
        }
        return RobustnessAnalysis.SourceImpact(
            id: source.id, title: source.title, relationsLost: reference.relations.subtracting(outcome.relations).count,
            rankCorrelation: agreements[0].spearman, measures: agreements, movedMost: Array(moved),
            communityNMI: try? normalizedMutualInformation(camps, campsWithout),
            communityARI: try? adjustedRandIndex(camps, campsWithout),
            changedCamp: changedCamp(reference.camps, outcome.camps), balance: balance, paths: paths, ranksWithout: after)
    }

    /// Camp labels of every entity of the full selection; the unclustered each in a singleton.
    private func labels(_ camps: [String: Int]) -> [Int] {
        ids.enumerated().map { index, id in camps[id] ?? -(index + 1) }
    }

    /// The entities whose camp without the source, matched to the full camp it overlaps most
    /// (ties: the lower number), is not their own.
    private func changedCamp(_ before: [String: Int], _ after: [String: Int]) -> [String] {
        var overlap: [Int: [Int: Int]] = [:]
        for id in ids {
            if let a = after[id], let b = before[id] { overlap[a, default: [:]][b, default: 0] += 1 }
        }
        let match = overlap.mapValues { counts in counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!.key }
        return ids.filter { id in
            guard let b = before[id] else { return false }
            return after[id].flatMap { match[$0] } != b
        }
    }

    /// Puts the runs together and flags what hinges on one source.
    func assemble(
        reference: Outcome, impacts: [RobustnessAnalysis.SourceImpact], samples: [Sample]
    ) throws(AnalysisError) -> RobustnessAnalysis {
        let ranks = ranks(reference.scores[0])
        let threshold = max(3, ids.count / 10)
        var flags: [String] = []
        let labelOf = Dictionary(zip(full.ids, full.labels), uniquingKeysWith: { a, _ in a })
        var entities: [RobustnessAnalysis.EntityRank] = []
        for id in ids.sorted(by: { ranks[$0, default: 0] < ranks[$1, default: 0] }) {
            let rank = ranks[id, default: 0]
            let without = impacts.map { impact in (impact.id, rankWithout(id, impact, rank)) }
            let shift = without.max { abs($0.1 - rank) != abs($1.1 - rank) ? abs($0.1 - rank) < abs($1.1 - rank) : $0.0 > $1.0 }
            let hinges = shift.flatMap { abs($0.1 - rank) >= threshold ? $0.0 : nil }
            if let hinges, let shift {
                flags.append("\(labelOf[id] ?? id) ranks \(rank) with every source, \(shift.1) without \(hinges)")
            }
            let sampled = samples.compactMap { $0.ranks[id].map(Double.init) }
            entities.append(RobustnessAnalysis.EntityRank(
                id: id, label: labelOf[id] ?? id, score: reference.scores[0][id] ?? 0, rank: rank,
                rankMin: without.map(\.1).min() ?? rank, rankMax: without.map(\.1).max() ?? rank,
                rankP05: percentile(sampled, 5) ?? Double(rank), rankP95: percentile(sampled, 95) ?? Double(rank),
                hingesOn: hinges))
        }
        for impact in impacts {
            for path in impact.paths where path.route != nil && !path.survives {
                let replacement = path.replacement.map { "the best route becomes " + $0.joined(separator: " → ") } ?? "no route is left"
                flags.append("without \(impact.id), \(path.from) → \(path.to) loses its best route; \(replacement)")
            }
            if !impact.changedCamp.isEmpty {
                flags.append("without \(impact.id), \(impact.changedCamp.count) entities change camp: " + impact.changedCamp.joined(separator: ", "))
            }
        }
        var relations: [RobustnessAnalysis.RelationSupport] = []
        for relation in network.relations {
            guard let id = relation.id else { continue }
            let support = Double(samples.filter { $0.relations.contains(id) }.count) / Double(max(samples.count, 1))
            var sources: [String] = []
            for claim in relation.supportingClaims where !sources.contains(claim.source) { sources.append(claim.source) }
            relations.append(RobustnessAnalysis.RelationSupport(
                relation: id, from: relation.from, to: relation.to, layer: relation.layer, support: support, sources: sources))
        }
        relations.sort { $0.support != $1.support ? $0.support < $1.support : $0.relation < $1.relation }
        let single = relations.filter { $0.sources.count == 1 }
        if !single.isEmpty {
            let bySource = Dictionary(grouping: single, by: { $0.sources[0] }).sorted { $0.key < $1.key }
            flags.append("\(single.count) of \(relations.count) relations rest on one source: "
                + bySource.map { "\($0.value.count) on \($0.key)" }.joined(separator: ", "))
        }
        return RobustnessAnalysis(
            measures: measures, samples: options.samples, seed: options.seed,
            focus: focus.map { EntityReference(id: $0.id, label: $0.name) }, entities: entities, sources: impacts,
            relations: relations, flags: flags)
    }

    /// `id`'s rank without the impact's source (its moves list the largest; recomputed here).
    private func rankWithout(_ id: String, _ impact: RobustnessAnalysis.SourceImpact, _ rank: Int) -> Int {
        impact.ranksWithout[id] ?? rank
    }
}
