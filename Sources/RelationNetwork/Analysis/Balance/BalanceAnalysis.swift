/// The multi-vector balance of one actor: its ties with each pole per domain now, over time, and
/// the sources' own judgements checked against them.
public struct BalanceAnalysis: Sendable, Equatable, Encodable {
    /// The poles compared when none are named and the network has them all.
    public static let preferredPoles = ["Russia", "China", "United States", "European Union", "Türkiye"]

    public let focus: EntityReference
    /// The poles, in order.
    public let poles: [EntityReference]
    /// The balance over the whole (selected) network.
    public let balance: BalanceReport
    /// The balance at each year of the timeline.
    public let timeline: [BalanceReport]
    /// The sources' assessments of the focus's ties, checked against ``balance``.
    public let assessments: [AssessmentCheck]
    /// The quantitative claims about the focus's ties with the poles.
    public let figures: [FigureRecord]
}

extension RelationNetwork {
    /// The figures on relations between `focus` and any of `others`, in relation order.
    func figures(between focus: String, and others: Set<String>) -> [FigureRecord] {
        relations.filter { ($0.from == focus && others.contains($0.to)) || ($0.to == focus && others.contains($0.from)) }
            .flatMap { relation in relation.figures.map { FigureRecord($0, on: relation, in: self) } }
    }

    /// The balance of `focus` between `poles`, its timeline over `years` and the assessment checks.
    ///
    /// - Parameters:
    ///   - focus: an id, name or alias; `nil` for ``defaultFocus()``.
    ///   - poles: ids, names or aliases (at least two distinct); `nil` for ``defaultPoles(for:preferred:count:)``.
    ///   - years: the timeline's years; `nil` for the years the focus's ties start or end.
    /// - Throws: ``AnalysisError`` for unknown names, fewer than two distinct poles or an empty network.
    /// - Complexity: O(Y · (V + E)) for Y years.
    public func balanceAnalysis(
        focus: String? = nil, poles: [String]? = nil, years: [Int]? = nil
    ) throws(AnalysisError) -> BalanceAnalysis {
        do {
            guard let focusEntity = try focus.map(resolveEntity) ?? defaultFocus() else {
                throw AnalysisError.emptySelection("the network has no entities")
            }
            let poleIDs = try poles.map { try $0.map { try resolveEntity($0).id } } ?? defaultPoles(for: focusEntity.id)
            guard Set(poleIDs).count == poleIDs.count, poleIDs.count >= 2 else {
                throw AnalysisError.algorithm(
                    "a balance needs at least two distinct poles, got: \(poleIDs.joined(separator: ", "))")
            }
            // A network with none of the balance domains (imported data) shows the overall row only.
            let hasDomains = layers.contains { Domain.balanceDefaults.contains($0.domain) }
            let now = try balance(of: focusEntity.id, poles: poleIDs, domains: hasDomains ? Domain.balanceDefaults : [])
            let timeline = try balanceTimeline(
                of: focusEntity.id, poles: poleIDs,
                at: (years ?? changeYears(of: focusEntity.id)).compactMap { PartialDate(year: $0) })
            return BalanceAnalysis(
                focus: EntityReference(id: focusEntity.id, label: focusEntity.name),
                poles: poleIDs.map { EntityReference(id: $0, label: entity(withID: $0)?.name ?? $0) },
                balance: now, timeline: timeline, assessments: checkAssessments(against: now),
                figures: figures(between: focusEntity.id, and: Set(poleIDs)))
        } catch let error as AnalysisError {
            throw error
        } catch let error as SelectionError {
            throw .selection(error)
        } catch {
            throw .algorithm("\(error)")
        }
    }
}
