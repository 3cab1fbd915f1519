import ArgumentParser
import BundledGraphs
import Foundation
import GraphAlgorithms
import RelationNetwork

/// The graph file a subcommand reads (the bundled curated graph when omitted).
struct GraphOptions: ParsableArguments {
    @Argument(help: "A network file (.yaml, .yml, .json), an edge list or a CSV edge list. Default: the bundled curated graph.")
    var graph: String?

    @Option(name: .customLong("sources-dir"), help: "Folder with the cited source texts, to check paragraphs and evidence.")
    var sourcesDirectory: String?

    /// The options for `path` (the bundled graph when `nil`), for commands whose positional
    /// arguments decide which word is the graph.
    static func file(_ path: String?, sourcesDirectory: String?) throws -> GraphOptions {
        try parse((path.map { [$0] } ?? []) + (sourcesDirectory.map { ["--sources-dir", $0] } ?? []))
    }

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
            throw CLIError(located: error.description)
        }
    }

    /// Loads the graph argument as a network (selected and projected) or as a plain edge list / CSV
    /// file, whose weights are strengths like relation strengths.
    func loadAnalysisGraph(selection: SelectionArguments, projection: ProjectionArguments) throws -> AnalysisGraph {
        let (path, _) = try resolvedPath()
        switch GraphFileKind(path: path) {
        case .network:
            let input = try AnalysisGraph(
                network: loadNetwork(), selection: selection.networkSelection, projection: projection.options)
            for note in input.notes { printError("note: \(note)") }
            return input
        case .edgeList, .csv:
            if selection.isActive {
                throw CLIError(
                    "\(path): --layers, --kinds, --as-of and --known-by need a relation network file (.yaml or .json), not an edge list")
            }
            let format: EdgeListFormat = GraphFileKind(path: path) == .csv ? .csv : .whitespaceSeparated
            let named: NamedGraph
            do {
                named = try NamedGraph(
                    contentsOfFile: path,
                    options: EdgeListOptions(
                        format: format, directed: projection.directed,
                        parallelEdges: projection.aggregate == .sum ? .sum : .max))
            } catch {
                throw CLIError(error.description)
            }
            do {
                return try AnalysisGraph(graph: named.graph, names: named.names, projection: projection.options)
            } catch {
                throw CLIError("\(path): \(error.description); use --distance unit to ignore weights")
            }
        }
    }
}

/// The kinds of file a graph argument may name.
enum GraphFileKind {
    case network, edgeList, csv

    init(path: String) {
        if NetworkFormat(path: path) != nil {
            self = .network
        } else if URL(fileURLWithPath: path).pathExtension.lowercased() == "csv" {
            self = .csv
        } else {
            self = .edgeList
        }
    }
}

/// Layer, kind and date selection shared by the analytical subcommands.
struct SelectionArguments: ParsableArguments {
    @Option(help: "Comma-separated layer ids to keep (default: all).", transform: { try commaSeparated($0) })
    var layers: Set<LayerID>?

    @Option(help: "Comma-separated entity kinds to keep (default: all).", transform: { try commaSeparated($0) })
    var kinds: Set<EntityKind>?

    @Option(name: .customLong("as-of"), help: "Keep relations valid on this date (YYYY[-MM[-DD]]).", transform: parseDate)
    var asOf: PartialDate?

    @Option(
        name: .customLong("known-by"),
        help: "Keep only what sources certainly published by this date support (a source dated 2019..2023 counts from 2023).",
        transform: parseDate)
    var knownBy: PartialDate?

    @Flag(name: .customLong("strict-dating"), help: "With --as-of, keep a relation only when every dated claim holds then (default: any).")
    var strictDating = false

    @Flag(name: .customLong("known-by-earliest"), help: "With --known-by, also keep sources possibly published by then (their earliest date).")
    var knownByEarliest = false

    /// The selection as the library takes it.
    var networkSelection: NetworkSelection {
        NetworkSelection(
            layers: layers, kinds: kinds, asOf: asOf, knownBy: knownBy, strictDating: strictDating,
            knownByEarliest: knownByEarliest)
    }

    /// Whether any selection option was given.
    var isActive: Bool { networkSelection.isRestricting }

    /// Applies the selection to `network`, saying on stderr what its filters removed.
    func apply(to network: RelationNetwork) throws -> RelationNetwork {
        let outcome = try network.selecting(networkSelection)
        for note in outcome.notes { printError("note: \(note)") }
        return outcome.network
    }
}

/// The words of a comma-separated list, without repeats; at least one.
func commaSeparated<Word: OpenVocabulary>(_ text: String) throws -> Set<Word> {
    Set(try commaSeparatedList(text).map(Word.init(rawValue:)))
}

/// The items of a comma-separated list in order (blanks dropped); at least one.
func commaSeparatedList(_ text: String) throws -> [String] {
    let items = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    guard !items.isEmpty else { throw ValidationError("expected a comma-separated list, got '\(text)'") }
    return items
}

func parseDate(_ text: String) throws -> PartialDate {
    guard let date = PartialDate(text) else {
        throw ValidationError("malformed date '\(text)': expected YYYY, YYYY-MM or YYYY-MM-DD")
    }
    return date
}
