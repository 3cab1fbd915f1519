import Foundation
import RelationNetwork

/// The human-readable forms of explanations (JSON comes from the values themselves).
extension EntityExplanation {
    private func name(_ reference: EntityReference) -> String {
        reference.label == reference.id ? reference.id : "\(reference.label) (\(reference.id))"
    }

    private var headline: String {
        "\(name(entity)): \(measure.rawValue) \(TextFormatting.number(score)), rank \(rank) of \(of)"
    }

    func table(top: Int) -> String {
        var text = headline + "\n"
        if let note { text += "(\(note))\n" }
        if !ties.isEmpty {
            text += "\nTies by contribution\n"
            for tie in ties.prefix(top) {
                text += "  \(TextFormatting.number(tie.contribution))  \(name(tie.neighbour))"
                text += " (\(TextFormatting.fixed(100 * tie.contribution / score, 1)) %)\n"
                for relation in tie.relations {
                    text += "      \(relation.layer), strength \(TextFormatting.number(relation.strength)), \(validityText(relation))"
                    text += (relation.disputed ? " — disputed" : "") + "\n"
                    for citation in relation.citations { text += "        \(citationText(citation))\n" }
                    for figure in relation.figures { text += "        figure: \(figure.text) — \(figure.source) ¶\(figure.paragraph)\n" }
                }
            }
            if ties.count > top { text += "  … \(ties.count - top) more ties\n" }
        }
        if !pairs.isEmpty {
            text += "\nPairs whose shortest paths run through it (share of their paths; contribution)\n"
            for pair in pairs.prefix(top) {
                text += "  \(TextFormatting.number(pair.contribution))  \(name(pair.from)) – \(name(pair.to)): "
                text += "\(TextFormatting.fixed(100 * pair.share, 1)) % of shortest paths\n"
            }
            if pairs.count > top { text += "  … \(pairs.count - top) more pairs\n" }
        }
        for term in terms { text += "  \(TextFormatting.number(term.contribution))  \(term.term)\n" }
        text += "Sum of all parts: \(TextFormatting.number(total))\n"
        return text
    }

    func markdown(top: Int) -> String {
        let cell = TextFormatting.markdownEscaped
        var lines = ["## " + cell(headline), ""]
        if !ties.isEmpty {
            lines += ["| contribution | tie | relations |", "|---:|---|---|"]
            for tie in ties.prefix(top) {
                let relations = tie.relations.map { relation in
                    "\(relation.layer) \(TextFormatting.number(relation.strength)) "
                        + relation.citations.map { "\($0.source) ¶\($0.paragraph)" }.joined(separator: ", ")
                }.joined(separator: "; ")
                lines.append("| \(TextFormatting.number(tie.contribution)) | \(cell(name(tie.neighbour))) | \(cell(relations)) |")
            }
        }
        if !pairs.isEmpty {
            lines += ["", "| contribution | pair | share of shortest paths |", "|---:|---|---:|"]
            for pair in pairs.prefix(top) {
                lines.append("| \(TextFormatting.number(pair.contribution)) | \(cell(name(pair.from))) – \(cell(name(pair.to))) | "
                    + "\(TextFormatting.fixed(100 * pair.share, 1)) % |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension TieExplanation {
    func table() -> String {
        var text = "What the sources say about \(from.label) (\(from.id)) – \(to.label) (\(to.id))\n"
        if relations.isEmpty { text += "No relation joins them in the selection.\n" }
        for relation in relations {
            text += "\n\(relation.from) → \(relation.to) \(relation.layer), strength \(TextFormatting.number(relation.strength)), "
            text += validityText(relation) + (relation.disputed ? " — disputed" : "") + "\n"
            if let note = relation.note { text += "  note: \(note)\n" }
            for citation in relation.citations {
                text += "  \(citationText(citation)); stance \(citation.stance.rawValue), strength \(TextFormatting.number(citation.strength))\n"
                if let claim = citation.claim { text += "    claim: \(claim)\n" }
            }
            for figure in relation.figures { text += "  figure: \(figure.text) — \(figure.source) ¶\(figure.paragraph): “\(figure.evidence)”\n" }
        }
        if !disputes.isEmpty {
            text += "\nDisputes\n" + disputes.map { "  - \($0.summary)\n" }.joined()
        }
        return text
    }

    func markdown() -> String {
        var lines = ["## \(TextFormatting.markdownEscaped(from.label)) – \(TextFormatting.markdownEscaped(to.label))", ""]
        for relation in relations {
            lines.append("- `\(relation.layer)` \(relation.from) → \(relation.to), strength \(TextFormatting.number(relation.strength)), "
                + validityText(relation) + (relation.disputed ? " (disputed)" : ""))
            for citation in relation.citations { lines.append("  - \(citationText(citation)), \(citation.stance.rawValue)") }
        }
        if !disputes.isEmpty { lines += ["", "Disputes:"] + disputes.map { "- " + TextFormatting.markdownEscaped($0.summary) } }
        return lines.joined(separator: "\n") + "\n"
    }
}
