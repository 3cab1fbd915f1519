extension RelationNetwork {
    /// The balance of `focus` at each date: the network selected `asOf` that date, then `balance`.
    ///
    /// Undated relations hold at every date, so they form a constant baseline.
    /// - Complexity: O(D · (V + E)) for D dates.
    public func balanceTimeline(
        of focus: String, poles: [String], at dates: [PartialDate], domains: [Domain] = Domain.balanceDefaults,
        sphereLayers: Set<LayerID> = [.leads]
    ) throws -> [BalanceReport] {
        try dates.map { date in
            let selected = try select(asOf: date)
            guard selected.entity(withID: focus) != nil else {
                throw SelectionError.unknownEntity(focus, suggestions: [])
            }
            var report = try selected.balance(
                of: focus, poles: poles.filter { selected.entity(withID: $0) != nil }, domains: domains,
                sphereLayers: sphereLayers)
            report = report.aligned(to: poles)
            report.asOf = date.description
            return report
        }
    }

    /// The years in which a relation of `focus` starts or ends: where its balance can change.
    public func changeYears(of focus: String) -> [Int] {
        let years = relations.filter { $0.from == focus || $0.to == focus }
            .flatMap { [$0.validity.since?.year, $0.validity.until?.year].compactMap { $0 } }
        return Array(Set(years)).sorted()
    }
}

extension BalanceReport {
    /// The same report over `allPoles`, with zero ties for poles that were absent.
    func aligned(to allPoles: [String]) -> BalanceReport {
        guard allPoles != poles else { return self }
        func align(_ balance: DomainBalance) -> DomainBalance {
            var result = balance
            let index = Dictionary(uniqueKeysWithValues: poles.enumerated().map { ($1, $0) })
            result.strengths = allPoles.map { index[$0].map { balance.strengths[$0] } ?? 0 }
            result.relationCounts = allPoles.map { index[$0].map { balance.relationCounts[$0] } ?? 0 }
            result.relations = allPoles.map { index[$0].map { balance.relations[$0] } ?? [] }
            return result
        }
        return BalanceReport(focus: focus, poles: allPoles, domains: domains.map(align), overall: align(overall), asOf: asOf)
    }
}
