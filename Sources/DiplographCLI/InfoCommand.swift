import ArgumentParser
import Foundation
import RelationNetwork

/// `diplograph info`: the headline numbers of a network.
struct InfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Entities by kind, relations by layer, sources, date span, components and density."
    )

    @OptionGroup var graph: GraphOptions
    @OptionGroup var selection: SelectionArguments
    @Option(help: SummaryFormat.formatHelp) var format: SummaryFormat = .table
    @OptionGroup var output: OutputOptions

    func run() throws {
        try reportingErrors {
            let network = try selection.apply(to: graph.loadNetwork())
            let summary = network.summary()
            switch format {
            case .json: try output.write(ResultJSON.text(summary))
            case .table: try output.write(table(summary) + disputesText(summary.disputes))
            }
        }
    }

    private func table(_ s: NetworkSummary) -> String {
        var text = "\(s.title ?? "Network")\n\n"
        text += "\(counted(s.entities, "entity", "entities")), \(counted(s.relations, "relation")) "
        text += "in \(counted(s.layers, "layer"))\n"
        text += "\(counted(s.sources, "source")), \(counted(s.citations, "citation")), "
        text += "\(counted(s.figures, "figure")), \(counted(s.assessments, "assessment"))\n"
        let span = [s.earliestDate, s.latestDate].compactMap { $0 }.joined(separator: " to ")
        text += "Dates: \(span.isEmpty ? "none" : span); \(counted(s.undatedRelations, "relation")) undated\n"
        text += "Components: \(s.components) (largest \(s.largestComponent) entities); "
        text += "density \(String(format: "%.4f", s.density))\n\n"
        var kinds = TextTable(["kind", "entities"], alignments: [.left, .right])
        for count in s.entitiesByKind { kinds.append([count.name, String(count.count)]) }
        var layers = TextTable(["layer", "relations"], alignments: [.left, .right])
        for count in s.relationsByLayer { layers.append([count.name, String(count.count)]) }
        var sources = TextTable(["source", "date", "citations", "title"], alignments: [.left, .left, .right, .left])
        for source in s.sourceList {
            let date = (source.date ?? "undated") + (source.dateInferred ? " (inferred)" : "")
            sources.append([source.id, date, String(source.citations), String(source.title.prefix(40))])
        }
        return text + kinds.rendered() + "\n" + layers.rendered() + "\n" + sources.rendered()
    }

    /// "- m1 (KAZ → EEU, member_of), dating:" and one indented line per position.
    private func disputeLines(_ dispute: Dispute) -> String {
        var text = "- \(dispute.relation) (\(dispute.from) → \(dispute.to), \(dispute.layer)), \(dispute.kind.rawValue):\n"
        for position in dispute.positions {
            let who = position.source.map { "\($0) ¶\(position.paragraph ?? 0)" } ?? "own dates"
            text += "    \(who): \(position.says)\n"
        }
        return text
    }

    private func disputesText(_ disputes: [Dispute]) -> String {
        guard !disputes.isEmpty else { return "\nNo disputes: the sources agree wherever they meet.\n" }
        return "\n\(counted(disputes.count, "dispute")) (sources disagree; every claim is kept):\n"
            + disputes.map(disputeLines).joined()
    }
}
