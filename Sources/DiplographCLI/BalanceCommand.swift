import ArgumentParser
import Foundation
import RelationNetwork

/// The poles and years of a balance analysis, shared by `balance` and `report`.
struct BalanceArguments: ParsableArguments {
    @Option(
        help: "Comma-separated poles (ids or names). Default: \(BalanceAnalysis.preferredPoles.joined(separator: ", ")) when the network has them all, else the focus's five strongest partners.",
        transform: commaSeparatedList)
    var poles: [String]?

    @Option(help: "Comma-separated years for the timeline (default: the years the focus's ties start or end).",
            transform: { text in try commaSeparatedList(text).map { part in
                guard let year = Int(part), PartialDate(year: year) != nil else {
                    throw ValidationError("'\(part)' is not a year")
                }
                return year
            } })
    var years: [Int]?
}

/// `diplograph balance`: the multi-vector balance of one actor between external poles.
struct BalanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "balance",
        abstract: "Tie strength with each external pole per domain, HHI and entropy, over time.",
        discussion: """
            Tie strength with a pole: the summed strength of the focus's cooperative relations with \
            the pole or a bloc it leads ('leads' layer), per layer domain. HHI = Σ share²; \
            normalised entropy = −Σ share·ln share / ln k. The seeds' own per-domain assessments \
            are checked against the shares.
            """
    )

    @Argument(help: "The focus actor (id or name). Default: the state with the most relations, else the most central entity.")
    var node: String?
    @OptionGroup var graph: GraphOptions
    @OptionGroup var selection: SelectionArguments
    @OptionGroup var balance: BalanceArguments
    @Option(help: DocumentFormat.formatHelp) var format: DocumentFormat = .table
    @OptionGroup var output: OutputOptions

    func run() throws {
        try reportingErrors {
            // `balance GRAPH`: a lone word naming an existing file is the graph, not the focus.
            var (focus, graph) = (node, graph)
            if let only = node, graph.graph == nil, FileManager.default.fileExists(atPath: only) {
                (focus, graph.graph) = (nil, only)
            }
            let network = try selection.apply(to: graph.loadNetwork())
            let analysis = try network.balanceAnalysis(focus: focus, poles: balance.poles, years: balance.years)
            switch format {
            case .json: try output.write(ResultJSON.text(analysis))
            case .markdown: try output.write(analysis.markdown())
            case .table: try output.write(analysis.table())
            }
        }
    }
}
