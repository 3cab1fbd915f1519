extension RelationNetwork {
    /// The entity an analysis focuses on when none is named: the state with the most relations
    /// (any entity when there is no state), ties by id; `nil` for an empty network.
    /// - Complexity: O(V + E).
    public func defaultFocus() -> Entity? {
        let counts = relationCounts()
        let states = entities.filter { $0.kind == .state }
        return (states.isEmpty ? entities : states).min {
            (-(counts[$0.id] ?? 0), $0.id) < (-(counts[$1.id] ?? 0), $1.id)
        }
    }

    /// The poles a balance of `focus` compares when none are named: the names in `preferred` when
    /// every one of them resolves to an entity other than the focus, else the `count` entities with
    /// the most relations other than the focus (ties by id). Entity ids, in order.
    /// - Complexity: O(V + E + P · V · A) for P preferred names.
    public func defaultPoles(
        for focus: String, preferred: [String] = BalanceAnalysis.preferredPoles, count: Int = 5
    ) -> [String] {
        let resolved = preferred.compactMap { try? resolveEntity($0).id }
        if resolved.count == preferred.count, !resolved.contains(focus), Set(resolved).count == resolved.count {
            return resolved
        }
        let counts = relationCounts()
        return entities.filter { $0.id != focus }
            .sorted { (-(counts[$0.id] ?? 0), $0.id) < (-(counts[$1.id] ?? 0), $1.id) }
            .prefix(count).map(\.id)
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
