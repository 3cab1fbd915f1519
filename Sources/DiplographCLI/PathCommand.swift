import ArgumentParser
import Foundation
import RelationNetwork

extension PathMode: ExpressibleByArgument {}

/// `diplograph path`: the best paths between two entities, every hop with its relations and sources.
struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Paths between two entities, each hop with its relations, dates and sources.",
        discussion: """
            Modes: shortest (smallest total distance, see --distance), widest (the path whose weakest \
            tie is strongest, on aggregated strengths) and reliable (largest product of strengths: \
            shortest under --distance neglog, which this mode always uses). --k N lists the N best \
            loopless paths (Yen's algorithm). --avoid takes entities out (their relations dropped) \
            to ask what remains without them; --layers removes layers.
            With --directed, relations of directed layers (transit, investment, dependency, …) are \
            followed from → to only. FROM, TO and --avoid accept ids, names or aliases, \
            case-insensitively (vertex names for edge lists). Equal-cost paths are ordered by \
            number of hops, then by vertex order in the file. "no path" is an answer (exit 0).
            Each path says whether one source states it (a single tie, or a route stated in one \
            paragraph runs along it) or whether it is composed from separately sourced legs, with \
            the source paragraphs of each hop; --stated-only keeps only stated paths.
            """
    )

    @Argument(help: "Where the path starts: an entity id, name or alias.")
    var from: String
    @Argument(help: "Where the path ends.")
    var to: String
    @OptionGroup var graph: GraphOptions
    @Option(help: "shortest, widest or reliable.") var mode: PathMode = .shortest
    @Option(help: "How many paths: the k best loopless paths.") var k: Int = 1
    @Option(help: "Comma-separated entities to take out (what-if).", transform: commaSeparatedList)
    var avoid: [String]?
    @Flag(name: .customLong("stated-only"), help: "Only paths one source states: a direct tie or a stretch of a stated route.")
    var statedOnly = false
    @OptionGroup var selection: SelectionArguments
    @OptionGroup var projection: ProjectionArguments
    @Option(help: DocumentFormat.formatHelp) var format: DocumentFormat = .table
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if k < 1 { throw ValidationError("--k must be at least 1 (got \(k))") }
    }

    func run() throws {
        try reportingErrors {
            var options = projection
            if mode == .reliable { options.distance = .neglog }
            let input = try graph.loadAnalysisGraph(selection: selection, projection: options)
            let search = try input.paths(PathQuery(from: from, to: to, mode: mode, k: k, avoiding: avoid ?? [], statedOnly: statedOnly))
            switch format {
            case .table: try output.write(search.table(input))
            case .markdown: try output.write(search.markdown(input))
            case .json: try output.write(ResultJSON.text(search))
            }
        }
    }
}
