import Foundation
import RelationNetwork

extension ReportBuilder {
    /// How much rests on each source: the ranking without each source, the entities whose rank
    /// rests on one source, what else hinges on one, and why the focus ranks where it does.
    mutating func addRobustness(unselected: RelationNetwork, samples: Int) throws(AnalysisError) {
        let analysis = try unselected.robustness(
            selection: input.selection, projection: input.projection,
            options: RobustnessOptions(measures: [.pagerank], samples: samples, focus: focus.id))
        var blocks: [ReportBlock] = [
            .note(
                "Each source is left out in turn: relations only it supports disappear, the others keep their remaining "
                    + "claims, and the analyses are recomputed. Rank correlation is Spearman's, of PageRank without the source "
                    + "against PageRank with every source (1 = the same order). The resampled range is the 5th–95th "
                    + "percentile of the rank over \(analysis.samples) bootstrap draws of the sources.")
        ]
        var sources = ReportTable(
            headers: ["source", "relations lost", "rank correlation", "communities (NMI)", "moves most"], numeric: [1, 2, 3])
        sources.caption = "Without each source"
        for impact in analysis.sources {
            let moved = impact.movedMost.prefix(3).map { "\(entityName($0.id)) \($0.rank) → \($0.rankWithout)" }
            sources.rows.append([
                ReportCell(impact.title), ReportCell(String(impact.relationsLost)),
                ReportCell(impact.rankCorrelation.map { String(format: "%.3f", $0) } ?? "–"),
                ReportCell(impact.communityNMI.map { String(format: "%.2f", $0) } ?? "–"), ReportCell(moved.joined(separator: "; ")),
            ])
        }
        blocks.append(.table(sources))
        let wide = analysis.entities.filter { $0.hingesOn != nil }
        if !wide.isEmpty {
            var table = ReportTable(headers: ["entity", "rank", "without one source", "resampled", "rests on"], numeric: [1])
            table.caption = "Ranks that rest on one source"
            for entity in wide.prefix(15) {
                table.rows.append([
                    ReportCell(entity.label), ReportCell(String(entity.rank)), ReportCell("\(entity.rankMin)–\(entity.rankMax)"),
                    ReportCell(String(format: "%.0f–%.0f", entity.rankP05, entity.rankP95)),
                    ReportCell(unselected.source(withID: entity.hingesOn ?? "")?.title ?? entity.hingesOn ?? ""),
                ])
            }
            blocks.append(.table(table))
        }
        let others = analysis.flags.filter { !$0.contains(" ranks ") }
        if !others.isEmpty { blocks.append(.list(others.map { ReportCell($0) })) }
        blocks.append(contentsOf: try focusTies())
        document.sections.append(ReportSection(id: "robustness", title: "How much rests on each source", blocks: blocks))
    }

    /// Why the focus ranks where it does by PageRank: its strongest ties, each with its sources.
    private mutating func focusTies() throws(AnalysisError) -> [ReportBlock] {
        let explanation = try input.explain(focus.id, measure: .pagerank)
        var table = ReportTable(headers: ["tie", "share of its PageRank", "relations"], numeric: [1])
        table.caption = "Why \(focus.name) ranks \(explanation.rank) of \(explanation.of) by PageRank: its strongest ties"
        for tie in explanation.ties.prefix(8) {
            let relations = tie.relations.map(\.relation)
            let text = tie.relations.map { "\($0.layer) \(String(format: "%.2f", $0.strength))" + ($0.disputed ? " (disputed)" : "") }
            table.rows.append([
                ReportCell(tie.neighbour.label), ReportCell(String(format: "%.1f %%", 100 * tie.contribution / explanation.score)),
                ReportCell(text.joined(separator: ", "), citations: document.numbers(of: relations)),
            ])
        }
        return [.table(table)]
    }
}
