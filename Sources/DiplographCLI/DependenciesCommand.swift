import ArgumentParser
import Foundation
import RelationNetwork

/// `diplograph dependencies`: whom one entity's connections run through, and what if each is gone.
struct DependenciesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dependencies",
        abstract: "The intermediaries an entity's connections depend on, and the routes left without each.",
        discussion: """
            share: the average fraction of NODE's shortest paths to the entities it reaches that pass \
            through the intermediary (Brandes' single-source dependency divided by the number of \
            reachable entities). unavoidable for: the entities NODE reaches only through it (dominators; \
            exact). without it: recomputed with the intermediary taken out — how many entities are cut \
            off and how many stay reachable by a longer route (mean and largest increase in distance).
            Paths use --distance (default inverse: 1/strength); with --directed, directed layers are \
            followed from → to only.
            """
    )

    @Argument(help: "The entity whose dependencies to show: id, name or alias.")
    var node: String
    @OptionGroup var graph: GraphOptions
    @OptionGroup var selection: SelectionArguments
    @OptionGroup var projection: ProjectionArguments
    @Option(help: "Show only the first N intermediaries.") var top: Int?
    @Option(help: DocumentFormat.formatHelp) var format: DocumentFormat = .table
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
    }

    func run() throws {
        try reportingErrors {
            let input = try graph.loadAnalysisGraph(selection: selection, projection: projection)
            let report = try input.dependencies(of: node).top(top)
            switch format {
            case .table: try output.write(report.table(layers: selection.layers))
            case .markdown: try output.write(report.markdown(layers: selection.layers))
            case .json: try output.write(ResultJSON.text(report))
            }
        }
    }
}
