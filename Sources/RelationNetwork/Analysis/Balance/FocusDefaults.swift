extension RelationNetwork {
    /// The entity an analysis focuses on when none is named: the state with the most relations
    /// (ties by id); without states, the most central entity by PageRank (ties by id); `nil` for
    /// an empty network.
    /// - Complexity: O(V + E) with states; a PageRank computation otherwise.
    public func defaultFocus() -> Entity? {
        let counts = relationCounts()
        let states = entities.filter { $0.kind == .state }
        let byRelations = { (candidates: [Entity]) in
            candidates.min { (-(counts[$0.id] ?? 0), $0.id) < (-(counts[$1.id] ?? 0), $1.id) }
        }
        if !states.isEmpty { return byRelations(states) }
        if let input = try? AnalysisGraph(network: self), input.vertexCount > 0,
            let ranks = try? VertexMeasure.pagerank.values(on: input)
        {
            let best = ranks.indices.min { (-ranks[$0], input.ids[$0]) < (-ranks[$1], input.ids[$1]) }
            if let best, let entity = entity(withID: input.ids[best]) { return entity }
        }
        return byRelations(entities)
    }

    /// The poles a balance of `focus` compares when none are named: the names in `preferred` when
    /// every one of them resolves to an entity other than the focus, else the focus's `count`
    /// strongest partners (summed strength of its cooperative relations, ties by id), completed
    /// when it has fewer by the entities with the most relations (ties by id). Entity ids, in order.
    /// - Complexity: O(V log V + E + P · V · A) for P preferred names.
    public func defaultPoles(
        for focus: String, preferred: [String] = BalanceAnalysis.preferredPoles, count: Int = 5
    ) -> [String] {
        let resolved = preferred.compactMap { try? resolveEntity($0).id }
        if resolved.count == preferred.count, !resolved.contains(focus), Set(resolved).count == resolved.count {
            return resolved
        }
        var tie: [String: Double] = [:]
        for relation in relations where !isTension(relation) {
            if relation.from == focus, relation.to != focus { tie[relation.to, default: 0] += relation.strength }
            if relation.to == focus, relation.from != focus { tie[relation.from, default: 0] += relation.strength }
        }
        var poles = tie.keys.sorted { (-(tie[$0] ?? 0), $0) < (-(tie[$1] ?? 0), $1) }.prefix(count).map { $0 }
        if poles.count < count {
            let counts = relationCounts()
            let chosen = Set(poles)
            poles += entities.filter { $0.id != focus && !chosen.contains($0.id) }
                .sorted { (-(counts[$0.id] ?? 0), $0.id) < (-(counts[$1.id] ?? 0), $1.id) }
                .prefix(count - poles.count).map(\.id)
        }
        return poles
    }

    /// The number of relations each entity takes part in.
    private func relationCounts() -> [String: Int] {
        var counts: [String: Int] = [:]
        for relation in relations {
            counts[relation.from, default: 0] += 1
            counts[relation.to, default: 0] += 1
        }
        return counts
    }
}
