import ArgumentParser
import BundledGraphs
import Foundation
import RelationNetwork

/// The graph file a subcommand reads (the bundled curated graph when omitted).
struct GraphOptions: ParsableArguments {
    @Argument(help: "A network file (.yaml, .yml, .json). Default: the bundled curated graph.")
    var graph: String?

    @Option(name: .customLong("sources-dir"), help: "Folder with the cited source texts, to check paragraphs and evidence.")
    var sourcesDirectory: String?

    /// The path to read and the name to show in messages.
    func resolvedPath() throws -> (path: String, display: String) {
        if let graph { return (graph, graph) }
        guard let url = BundledGraphs.curatedGraphURL else {
            throw CLIError("the bundled graph is missing from this build")
        }
        return (url.path, BundledGraphs.curatedFileName)
    }

    /// Loads and validates the network, printing warnings to stderr.
    func loadNetwork() throws -> RelationNetwork {
        let (path, display) = try resolvedPath()
        do {
            let (document, warnings) = try NetworkDocument.load(
                path: path, displayPath: display, sourcesDirectory: sourcesDirectory)
            for warning in warnings { printError(warning.description) }
            return document.network
        } catch let error as NetworkLoadError {
            throw CLIError(error.description)
        }
    }
}

/// Layer, kind and date selection shared by the analytical subcommands.
struct SelectionOptions: ParsableArguments {
    @Option(help: "Comma-separated layer ids to keep (default: all).", transform: commaSeparated)
    var layers: Set<String>?

    @Option(help: "Comma-separated entity kinds to keep (default: all).", transform: commaSeparated)
    var kinds: Set<String>?

    @Option(name: .customLong("as-of"), help: "Keep relations valid on this date (YYYY[-MM[-DD]]).", transform: parseDate)
    var asOf: PartialDate?

    @Option(name: .customLong("known-by"), help: "Keep only what sources published by this date support.", transform: parseDate)
    var knownBy: PartialDate?

    /// Applies the selection to `network`.
    func apply(to network: RelationNetwork) throws -> RelationNetwork {
        do {
            return try network.select(layers: layers, kinds: kinds, asOf: asOf, knownBy: knownBy)
        } catch let error as SelectionError {
            throw CLIError(error.description)
        }
    }
}

func commaSeparated(_ text: String) throws -> Set<String> {
    let items = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    guard !items.isEmpty else { throw ValidationError("expected a comma-separated list, got '\(text)'") }
    return Set(items)
}

func parseDate(_ text: String) throws -> PartialDate {
    guard let date = PartialDate(text) else {
        throw ValidationError("malformed date '\(text)': expected YYYY, YYYY-MM or YYYY-MM-DD")
    }
    return date
}
