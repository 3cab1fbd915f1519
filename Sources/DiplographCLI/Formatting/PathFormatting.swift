import Foundation
import RelationNetwork

/// The human-readable forms of a path search (JSON comes from the value itself).
extension PathSearch {
    /// "distance 2.05 (sum of 1/strength)", "bottleneck strength 0.5", "reliability 0.41 (…)".
    func costText(_ path: Path) -> String {
        switch mode {
        case .shortest:
            let unit = switch distance {
            case .inverse: "sum of 1/strength"
            case .neglog: "sum of −ln strength"
            case .unit: "hops"
            }
            return "distance \(TextFormatting.number(path.cost)) (\(unit))"
        case .widest: return "bottleneck strength \(TextFormatting.number(path.cost))"
        case .reliable: return "reliability \(TextFormatting.number(path.reliability ?? exp(-path.cost))) (product of strengths)"
        }
    }

    /// "stated by route ukr-transit" / "composed from 3 separately sourced legs; …" (networks only).
    func statementText(_ path: Path) -> String? {
        guard let stated = path.statedByOneSource else { return nil }
        if !stated { return path.composition }
        return path.statedByRoutes.isEmpty ? "stated as one tie" : "stated by route " + path.statedByRoutes.joined(separator: ", ")
    }

    func conditions(isNetwork: Bool) -> String {
        var parts = [mode.rawValue, directed ? "directed" : "undirected"]
        if statedOnly { parts.append("stated paths only") }
        if isNetwork { parts.append("layers: " + (layers?.map(\.rawValue).joined(separator: ", ") ?? "all")) }
        if !avoid.isEmpty { parts.append("avoiding " + avoid.joined(separator: ", ")) }
        return parts.joined(separator: "; ")
    }

    private func display(_ reference: EntityReference) -> String {
        reference.label == reference.id ? reference.id : "\(reference.label) (\(reference.id))"
    }

    private func display(_ id: String, in path: Path) -> String {
        guard let i = path.entities.firstIndex(of: id) else { return id }
        return display(EntityReference(id: id, label: path.labels[i]))
    }

    private func noPathText(_ input: AnalysisGraph) -> String {
        "no path from \(display(from)) to \(display(to)) (\(conditions(isNetwork: input.network != nil)))\n"
    }

    func table(_ input: AnalysisGraph) -> String {
        guard !paths.isEmpty else { return noPathText(input) }
        var text = "Paths from \(display(from)) to \(display(to)) — \(conditions(isNetwork: input.network != nil))\n"
        if paths.count < k { text += "(only \(counted(paths.count, "loopless path")) \(paths.count == 1 ? "exists" : "exist"))\n" }
        for path in paths {
            text += "\n\(path.rank). \(path.labels.joined(separator: " → "))\n"
            text += "   \(costText(path)), \(counted(path.hopsCount, "hop"))\n"
            if let statement = statementText(path) { text += "   \(statement)\n" }
            for hop in path.hops {
                let tie = hop.strength.map { " — tie strength \(TextFormatting.number($0))" } ?? ""
                let sources = hop.sources.isEmpty ? "" : " [\(hop.sources.joined(separator: "; "))]"
                text += "   \(display(hop.from, in: path)) → \(display(hop.to, in: path))\(tie)\(sources)\n"
                for relation in hop.relations {
                    let arrow = relation.from == hop.from ? "" : " (stated \(relation.from) → \(relation.to))"
                    text += "     \(relation.layer), strength \(TextFormatting.number(relation.strength)), "
                        + "\(validityText(relation))\(arrow)\(relation.disputed ? " — disputed" : "")\n"
                    if let note = relation.note { text += "       note: \(note)\n" }
                    for citation in relation.citations { text += "       \(citationText(citation))\n" }
                    for figure in relation.figures { text += "       figure: \(figure.text) — \(figure.source) ¶\(figure.paragraph)\n" }
                }
            }
        }
        return text
    }

    func markdown(_ input: AnalysisGraph) -> String {
        guard !paths.isEmpty else { return noPathText(input) }
        var text = "## Paths from \(display(from)) to \(display(to))\n\n\(conditions(isNetwork: input.network != nil))\n"
        for path in paths {
            text += "\n### \(path.rank). \(TextFormatting.markdownEscaped(path.labels.joined(separator: " → ")))\n\n"
            text += "\(costText(path)), \(counted(path.hopsCount, "hop"))"
            text += (statementText(path).map { "; \($0)" } ?? "") + "\n\n"
            for hop in path.hops {
                let tie = hop.strength.map { " (tie strength \(TextFormatting.number($0)))" } ?? ""
                text += "- **\(display(hop.from, in: path)) → \(display(hop.to, in: path))**\(tie)\n"
                for relation in hop.relations {
                    text += "  - `\(relation.layer)` \(relation.from) → \(relation.to), strength "
                        + "\(TextFormatting.number(relation.strength)), \(validityText(relation))\n"
                    for citation in relation.citations { text += "    - \(citationText(citation))\n" }
                }
            }
        }
        return text
    }
}

/// The relation's effective dating: "since 2022-10", "2014 – 2016", "until 2016" or "undated".
func validityText(_ relation: RelationRecord) -> String { relation.relation.effectiveValidity.text }

/// "“evidence” — Title (source-id), ¶n", with the claim's stance and dating when it has them.
func citationText(_ citation: RelationRecord.CitationRecord) -> String {
    var text = "“\(citation.evidence)” — \(citation.title ?? citation.source) (\(citation.source)), ¶\(citation.paragraph)"
    var claim: [String] = []
    if citation.stance != .asserts { claim.append(citation.stance.rawValue) }
    if citation.since != nil || citation.until != nil {
        claim.append([citation.since.map { "since \($0)" }, citation.until.map { "until \($0)" }].compactMap { $0 }.joined(separator: " "))
    }
    if !claim.isEmpty { text += " (\(claim.joined(separator: ", ")))" }
    return text
}
