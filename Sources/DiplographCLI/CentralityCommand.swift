import ArgumentParser
import Foundation
import RelationNetwork

extension VertexMeasure: ExpressibleByArgument {}

/// `diplograph centrality`: who is central, by one or more measures.
struct CentralityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "centrality",
        abstract: "Rank entities (or vertices) by centrality measures.",
        discussion: """
            Measures: \(VertexMeasure.allCases.map(\.rawValue).joined(separator: ", ")).
            Definitions and normalisations follow NetworkX's defaults. Path-based measures \
            (betweenness, closeness, harmonic) use distances (--distance); the others use strengths.
            Rows are sorted by the first measure, descending, ties by id.
            """
    )

    @OptionGroup var graph: GraphOptions
    @Option(name: .customLong("measure"), help: "A measure (repeatable). Default: degree, betweenness, closeness, pagerank.")
    var measures: [VertexMeasure] = []
    @OptionGroup var selection: SelectionArguments
    @OptionGroup var projection: ProjectionArguments
    @Flag(inversion: .prefixedNo, help: "Normalise degree and betweenness as NetworkX does (--raw for counts).")
    var normalized = true
    @Flag(help: "Same as --no-normalized.") var raw = false
    @Option(help: "Show only the first N rows.") var top: Int?
    @Option(help: TableFormat.formatHelp) var format: TableFormat = .table
    @OptionGroup var output: OutputOptions
    @OptionGroup var progress: ProgressOptions

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
    }

    func run() throws {
        try reportingErrors {
            let input = try graph.loadAnalysisGraph(selection: selection, projection: projection, readsPlainGraphML: true)
            guard input.vertexCount > 0 else { throw AnalysisError.emptySelection("no entities to rank") }
            var chosen: [VertexMeasure] = []
            for measure in measures.isEmpty ? VertexMeasure.defaults : measures where !chosen.contains(measure) {
                chosen.append(measure)
            }
            let values = try chosen.map { measure in
                try progress.step("\(measure.rawValue) on \(input.vertexCount) vertices") {
                    try measure.values(on: input, normalized: normalized && !raw)
                }
            }
            let table = CentralityTable(measures: chosen, values: values, input: input).top(top)
            switch format {
            case .table: try output.write(table.table())
            case .markdown: try output.write(table.markdown())
            case .csv: try output.write(table.csv())
            case .json: try output.write(ResultJSON.text(table))
            }
        }
    }
}
