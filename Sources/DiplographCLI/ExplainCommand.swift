import ArgumentParser
import Foundation
import RelationNetwork

/// `diplograph explain`: why an entity ranks where it does, or what the sources say about a tie.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Why an entity scores what it does (ties by contribution, with sources), or every claim about a tie.",
        discussion: """
            explain ENTITY [GRAPH]: the entity's score on --measure broken into parts that add up to \
            it — PageRank: each neighbour's inflow plus the restart and dangling shares; \
            betweenness: the pairs whose shortest paths run through it and their share; strength \
            and degree: each tie. Every tie lists its relations, claims and citations.
            explain FROM TO [GRAPH]: every relation between the two, every claim with its source, \
            paragraph, evidence, stance and dating, and the disputes.
            """
    )

    @Argument(help: "ENTITY [GRAPH], or FROM TO [GRAPH]: ids, names or aliases, then the graph file.")
    var words: [String]
    @Option(name: .customLong("sources-dir"), help: "Folder with the cited source texts, to check paragraphs and evidence.")
    var sourcesDirectory: String?
    @OptionGroup var loading: LoadingOptions
    @Option(help: "The measure to break down: \(AnalysisGraph.explainableMeasures.map(\.rawValue).joined(separator: ", ")).")
    var measure: VertexMeasure = .pagerank
    @Option(help: "Show the first N ties or pairs.") var top: Int = 15
    @OptionGroup var selection: SelectionArguments
    @OptionGroup var projection: ProjectionArguments
    @Option(help: DocumentFormat.formatHelp) var format: DocumentFormat = .table
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard (1...3).contains(words.count) else { throw ValidationError("expected ENTITY [GRAPH] or FROM TO [GRAPH]") }
        if top < 1 { throw ValidationError("--top must be at least 1") }
    }

    /// The names and the graph file: a last word that names an existing file is the graph.
    private var parsed: (names: [String], graph: String?) {
        if words.count == 3 { return (Array(words.prefix(2)), words[2]) }
        if words.count == 2, FileManager.default.fileExists(atPath: words[1]) { return ([words[0]], words[1]) }
        return (words, nil)
    }

    func run() throws {
        try reportingErrors {
            let (names, path) = parsed
            let graph = try GraphOptions.file(path, sourcesDirectory: sourcesDirectory, loading: loading)
            let input = try graph.loadAnalysisGraph(selection: selection, projection: projection, needsNetwork: names.count == 2)
            if names.count == 2 {
                let tie = try input.explainTie(from: names[0], to: names[1])
                switch format {
                case .table: try output.write(tie.table())
                case .markdown: try output.write(tie.markdown())
                case .json: try output.write(ResultJSON.text(tie))
                }
            } else {
                let explanation = try input.explain(names[0], measure: measure)
                switch format {
                case .table: try output.write(explanation.table(top: top))
                case .markdown: try output.write(explanation.markdown(top: top))
                case .json: try output.write(ResultJSON.text(explanation))
                }
            }
        }
    }
}
