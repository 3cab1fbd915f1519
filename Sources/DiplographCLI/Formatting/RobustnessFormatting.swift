import Foundation
import RelationNetwork

/// The human-readable and CSV forms of a robustness analysis (JSON comes from the value itself).
extension RobustnessAnalysis {
    private func number(_ value: Double?, _ digits: Int = 3) -> String {
        value.map { TextFormatting.fixed($0, digits) } ?? "–"
    }

    private func moves(_ impact: SourceImpact) -> String {
        impact.movedMost.prefix(3).map { "\($0.id) \($0.rank)→\($0.rankWithout)" }.joined(separator: ", ")
    }

    private func interval(_ entity: EntityRank) -> (String, String) {
        ("\(entity.rankMin)–\(entity.rankMax)", "\(TextFormatting.fixed(entity.rankP05, 0))–\(TextFormatting.fixed(entity.rankP95, 0))")
    }

    private var headline: String {
        "How much rests on each source — ranking by \(measures[0].rawValue); \(samples) bootstrap resamples (seed \(seed))"
            + (focus.map { "; balance and paths of \($0.label)" } ?? "")
    }

    func table(top: Int?) -> String {
        var text = headline + "\n\nWithout each source\n"
        var sources = TextTable(
            ["source", "lost", "spearman", "kendall", "NMI", "camp changes", "moves most"],
            alignments: [.left, .right, .right, .right, .right, .right, .left])
        for impact in self.sources {
            sources.append([
                impact.id, String(impact.relationsLost), number(impact.rankCorrelation), number(impact.measures.first?.kendall),
                number(impact.communityNMI), String(impact.changedCamp.count), moves(impact),
            ])
        }
        text += sources.rendered()
        text += "\nEntities (rank with every source; range without one source; 5–95 % over resamples)\n"
        var entities = TextTable(
            ["rank", "id", "name", "score", "without one", "resampled", "hinges on"],
            alignments: [.right, .left, .left, .right, .right, .right, .left])
        for entity in self.entities.prefix(top ?? self.entities.count) {
            let (without, resampled) = interval(entity)
            entities.append([
                String(entity.rank), entity.id, String(entity.label.prefix(28)), TextFormatting.short(entity.score), without,
                resampled, entity.hingesOn ?? "",
            ])
        }
        text += entities.rendered()
        let weak = relations.filter { $0.support < 1 }.prefix(10)
        if !weak.isEmpty {
            text += "\nLeast supported relations (share of resamples in which they exist)\n"
            var table = TextTable(["relation", "tie", "layer", "support", "sources"], alignments: [.left, .left, .left, .right, .left])
            for relation in weak {
                table.append([
                    relation.relation, "\(relation.from) → \(relation.to)", relation.layer.rawValue, number(relation.support, 2),
                    relation.sources.joined(separator: ", "),
                ])
            }
            text += table.rendered()
        }
        if !flags.isEmpty { text += "\nWhat hinges on one source\n" + flags.map { "  - \($0)\n" }.joined() }
        return text
    }

    func markdown(top: Int?) -> String {
        let cell = TextFormatting.markdownEscaped
        var lines = ["## " + headline, "", "| source | relations lost | Spearman | Kendall | NMI | camp changes | moves most |",
                     "|---|---:|---:|---:|---:|---:|---|"]
        for impact in sources {
            lines.append("| \(cell(impact.id)) | \(impact.relationsLost) | \(number(impact.rankCorrelation)) | "
                + "\(number(impact.measures.first?.kendall)) | \(number(impact.communityNMI)) | \(impact.changedCamp.count) | \(cell(moves(impact))) |")
        }
        lines += ["", "| rank | entity | score | without one source | resampled 5–95 % | hinges on |", "|---:|---|---:|---:|---:|---|"]
        for entity in entities.prefix(top ?? entities.count) {
            let (without, resampled) = interval(entity)
            lines.append("| \(entity.rank) | \(cell(entity.label)) (\(cell(entity.id))) | \(TextFormatting.short(entity.score)) | "
                + "\(without) | \(resampled) | \(entity.hingesOn.map(cell) ?? "") |")
        }
        if !flags.isEmpty { lines += ["", "**What hinges on one source**", ""] + flags.map { "- " + cell($0) } }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One row per entity.
    func csv() -> String {
        var lines = [CSVText.record(["id", "label", "score", "rank", "rank_min", "rank_max", "rank_p05", "rank_p95", "hinges_on"])]
        for e in entities {
            lines.append(CSVText.record([
                e.id, e.label, "\(e.score)", String(e.rank), String(e.rankMin), String(e.rankMax), "\(e.rankP05)", "\(e.rankP95)",
                e.hingesOn ?? "",
            ]))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
