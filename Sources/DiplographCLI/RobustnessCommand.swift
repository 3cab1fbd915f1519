import ArgumentParser
import Foundation
import RelationNetwork

/// `diplograph robustness`: how much each result rests on each source.
struct RobustnessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "robustness",
        abstract: "Recompute rankings, communities, balance and paths without each source, and over resampled sources.",
        discussion: """
            Leave one out: for each source, relations whose every claim comes from it disappear and \
            the others keep their remaining claims; the rankings (Spearman and Kendall correlation \
            with the full ranking, who moves most), communities (NMI, ARI, who changes camp), the \
            focus's balance (HHI per domain) and the best paths between --pair endpoints (default: \
            the focus to each pole) are recomputed. Bootstrap: --samples resamples of the sources, \
            drawn with replacement from --seed, give each entity's rank interval (5th–95th \
            percentile) and each relation's support. Results that hinge on one source are flagged.
            """
    )

    @OptionGroup var graph: GraphOptions
    @Option(name: .customLong("measure"), help: "A measure to rank by (repeatable; the first gives the entity table). Default: pagerank, betweenness.")
    var measures: [VertexMeasure] = []
    @Option(help: "Seed of the bootstrap.") var seed: UInt64 = 1
    @Option(help: "Bootstrap resamples of the sources (at least 1).") var samples: Int = 200
    @Option(help: "The actor whose balance is recomputed (id or name). Default: the state with the most relations, else the most central entity.")
    var focus: String?
    @Option(name: .customLong("pair"), help: "FROM,TO: a path to recompute (repeatable). Default: the focus to each pole.")
    var pairs: [String] = []
    @Option(help: "Show only the first N entities (table and Markdown).") var top: Int?
    @OptionGroup var selection: SelectionArguments
    @OptionGroup var projection: ProjectionArguments
    @Option(help: TableFormat.formatHelp) var format: TableFormat = .table
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if samples < 1 { throw ValidationError("--samples must be at least 1 (got \(samples))") }
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        if pairs.contains(where: { $0.split(separator: ",").count != 2 }) { throw ValidationError("--pair expects FROM,TO") }
    }

    func run() throws {
        try reportingErrors {
            let network = try graph.loadNetwork()
            guard !network.sources.isEmpty else {
                throw CLIError(
                    "\(try graph.resolvedPath().display): the network cites no sources; robustness recomputes results without each source, so it needs a sourced network")
            }
            for note in try network.selecting(selection.networkSelection).notes { printError("note: \(note)") }
            let endpoints = pairs.map { pair in
                let ends = pair.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                return EndpointPair(from: ends[0], to: ends[1])
            }
            let options = RobustnessOptions(
                measures: measures.isEmpty ? [.pagerank, .betweenness] : measures, seed: seed, samples: samples, focus: focus,
                pairs: endpoints.isEmpty ? nil : endpoints)
            let analysis = try network.robustness(
                selection: selection.networkSelection, projection: projection.options, options: options)
            switch format {
            case .table: try output.write(analysis.table(top: top))
            case .markdown: try output.write(analysis.markdown(top: top))
            case .csv: try output.write(analysis.csv())
            case .json: try output.write(ResultJSON.text(analysis))
            }
        }
    }
}
