import ArgumentParser
import Foundation
import RelationNetwork

/// `diplograph figures`: every quantitative claim the sources make, with its citation.
struct FiguresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract: "List the sources' quantitative claims (shares, growth factors, projections), each with its citation.",
        discussion: """
            figures [ENTITY] [GRAPH]: every figure of the network, or of the ties of ENTITY (an id, \
            name or alias): what is measured, the value, unit, the source's hedge (nearly, about, \
            over), the period, and the source paragraph and evidence.
            """
    )

    @Argument(help: "[ENTITY] [GRAPH]: an entity to restrict to, then the graph file.")
    var words: [String] = []
    @Option(name: .customLong("sources-dir"), help: "Folder with the cited source texts, to check paragraphs and evidence.")
    var sourcesDirectory: String?
    @OptionGroup var loading: LoadingOptions
    @OptionGroup var selection: SelectionArguments
    @Option(help: TableFormat.formatHelp) var format: TableFormat = .table
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if words.count > 2 { throw ValidationError("expected [ENTITY] [GRAPH]") }
    }

    func run() throws {
        try reportingErrors {
            var (entity, path) = (words.first, words.count == 2 ? words[1] : nil)
            if words.count == 1, let only = words.first, FileManager.default.fileExists(atPath: only) { (entity, path) = (nil, only) }
            let graph = try GraphOptions.file(path, sourcesDirectory: sourcesDirectory, loading: loading)
            let table = try selection.apply(to: graph.loadNetwork()).figureTable(about: entity)
            switch format {
            case .table: try output.write(table.table())
            case .markdown: try output.write(table.markdown())
            case .csv: try output.write(table.csv())
            case .json: try output.write(ResultJSON.text(table))
            }
        }
    }
}
