extension RelationNetwork {
    /// Every dispute in the network, relation by relation in file order (dating, strength,
    /// existence, figures, then the endpoints' own dates).
    /// - Complexity: O(E · c²) for c claims per relation.
    public var disputes: [Dispute] { relations.flatMap(disputes(of:)) }

    /// The disputes of one relation (see ``Dispute/Kind``).
    public func disputes(of relation: Relation) -> [Dispute] {
        // Every kind of dispute sets claims against each other or against dates: none without them.
        guard !relation.citations.isEmpty || !relation.figures.isEmpty else { return [] }
        let key = relation.id ?? "\(relation.from)→\(relation.to):\(relation.layer)"
        func dispute(_ kind: Dispute.Kind, _ positions: [Dispute.Position]) -> Dispute {
            Dispute(kind: kind, relation: key, from: relation.from, to: relation.to, layer: relation.layer, positions: positions)
        }
        func position(_ claim: Citation, _ says: String) -> Dispute.Position { Dispute.Position(claim, says: says) }
        var found: [Dispute] = []
        let supporting = relation.supportingClaims
        let dated = supporting.filter { !relation.dating(of: $0).isUndated }
        if Set(dated.map(relation.dating(of:))).count > 1 {
            found.append(dispute(.dating, dated.map { position($0, relation.dating(of: $0).text) }))
        }
        let asserting = supporting.filter { $0.stance == .asserts }
        if Set(asserting.map(relation.strength(of:))).count > 1 {
            found.append(dispute(.strength, asserting.map { position($0, "strength \(relation.strength(of: $0))") }))
        }
        let denying = relation.citations.filter { $0.stance == .denies }
        if !denying.isEmpty, !supporting.isEmpty {
            found.append(dispute(
                .existence, supporting.map { position($0, $0.stance.rawValue) } + denying.map { position($0, "denies") }))
        }
        var figuresByMeasure: [String: [Figure]] = [:]
        for figure in relation.figures { figuresByMeasure[figure.measure, default: []].append(figure) }
        for (measure, figures) in figuresByMeasure.sorted(by: { $0.key < $1.key })
        where Set(figures.map(\.value)).count > 1 && Set(figures.map(\.citation.source)).count > 1 {
            found.append(dispute(.figure, figures.map { position($0.citation, "\(measure) = \($0.value)") }))
        }
        for id in [relation.from, relation.to] {
            guard let entity = entity(withID: id), !entity.existence.isUndated else { continue }
            let outside = dated.filter { claim in
                let dating = relation.dating(of: claim)
                let early = dating.since.map { since in entity.existence.since.map { since.earliestDay < $0.earliestDay } ?? false } ?? false
                let late = dating.until.map { until in entity.existence.until.map { until.latestDay > $0.latestDay } ?? false } ?? false
                return early || late
            }
            guard !outside.isEmpty else { continue }
            let own = Dispute.Position(entityDates: "\(id) exists \(entity.existence.text)")
            found.append(dispute(.entityDating, [own] + outside.map { position($0, relation.dating(of: $0).text) }))
        }
        return found
    }
}
