import ArgumentParser
import BundledGraphs
import Foundation
import GraphAlgorithms
import GraphvizRendering
import RelationNetwork

extension GraphFileFormat: ExpressibleByArgument {}
extension WeightMeaning: ExpressibleByArgument {}

/// How a graph file is read: its format and what its weights mean.
struct LoadingOptions: ParsableArguments {
    @Option(
        name: .customLong("input-format"),
        help: "The graph file's format: \(GraphFileFormat.allCases.map(\.rawValue).joined(separator: ", ")) (default: from the extension and content).")
    var inputFormat: GraphFileFormat?

    @Option(help: "What the file's weights mean: strength (larger is a stronger tie) or distance (a length; strength = 1/weight).")
    var weights: WeightMeaning = .strength

    @Flag(name: .customLong("rescale-weights"), help: "Divide imported weights by the largest when some exceed 1 (needed for curated graphs).")
    var rescaleWeights = false
}

/// The graph file a subcommand reads (the bundled curated graph when omitted).
struct GraphOptions: ParsableArguments {
    @Argument(help: "A network (.yaml, .json), GraphML, GEXF, node-link JSON, CSV tables, DOT, an edge list or a CSV edge list. Default: the bundled curated graph.")
    var graph: String?

    @Option(name: .customLong("sources-dir"), help: "Folder with the cited source texts, to check paragraphs and evidence.")
    var sourcesDirectory: String?

    @OptionGroup var loading: LoadingOptions

    /// The options for `path` (the bundled graph when `nil`), for commands whose positional
    /// arguments decide which word is the graph.
    static func file(_ path: String?, sourcesDirectory: String?, loading: LoadingOptions) throws -> GraphOptions {
        var options = try parse((path.map { [$0] } ?? []) + (sourcesDirectory.map { ["--sources-dir", $0] } ?? []))
        options.loading = loading
        return options
    }

    /// The path to read and the name to show in messages.
    func resolvedPath() throws -> (path: String, display: String) {
        if let graph { return (graph, graph) }
        guard let url = BundledGraphs.curatedGraphURL else {
            throw CLIError("the bundled graph is missing from this build")
        }
        return (url.path, BundledGraphs.curatedFileName)
    }

    /// The file's format (the override, else detected).
    func format() throws -> GraphFileFormat {
        GraphFile.format(of: try resolvedPath().path, override: loading.inputFormat)
    }

    private func importOptions() -> GraphImportOptions {
        GraphImportOptions(rescaleWeights: loading.rescaleWeights, weights: loading.weights)
    }

    /// Reads the graph in any format, printing warnings and notes to stderr: a relation network,
    /// or a plain graph for edge lists (`directed` and `aggregate` shape it).
    func load(directed: Bool = false, aggregate: StrengthAggregation = .sum) throws -> LoadedGraph {
        let (path, display) = try resolvedPath()
        let options = GraphLoadOptions(
            format: loading.inputFormat, importOptions: importOptions(), directed: directed,
            parallelEdges: aggregate == .sum ? .sum : .max, sourcesDirectory: sourcesDirectory)
        return try reported {
            try GraphFile.load(path: path, displayPath: display, options: options) { path, shown, options in
                try DOTImport.network(path: path, displayPath: shown, options: options)
            }
        }
    }

    /// Prints the warnings and notes of a load; located errors keep their `file:line:col` form.
    private func reported(_ load: () throws -> GraphFileContents) throws -> LoadedGraph {
        do {
            let contents = try load()
            for warning in contents.warnings { printError(warning.description) }
            for note in contents.notes { printError("note: \(note)") }
            return contents.graph
        } catch let error as NetworkLoadError {
            let heavy = !loading.rescaleWeights && error.diagnostics.contains { $0.message.contains("rescaleWeights") }
            throw CLIError(located: error.description + (heavy ? "\nhint: --rescale-weights divides the weights by the largest" : ""))
        } catch let error as InteropError {
            throw CLIError(error.description)
        }
    }

    /// Loads and validates the network, printing warnings to stderr. A plain edge list becomes a
    /// network in memory: vertices are entities, edges relations of one layer.
    func loadNetwork() throws -> RelationNetwork {
        switch try load() {
        case let .network(network): return network
        case let .plain(named):
            let display = try resolvedPath().display
            let network = try reported { try GraphFile.network(named, file: display, options: importOptions()) }
            guard case let .network(converted) = network else { throw CLIError("\(display): not a network") }
            return converted
        }
    }

    /// Loads the graph argument as a network (selected and projected) or as a plain edge list,
    /// whose weights are strengths like relation strengths (lengths with `--weights distance`).
    /// - Parameters:
    ///   - needsNetwork: read an edge list as a network too (for analyses of relations).
    ///   - omittedKinds: kinds left out when `--kinds` is not given (with a note when any is present).
    ///   - readsPlainGraphML: the command uses only the graph's ids, labels and weights, so a GraphML
    ///     file holding a plain graph is read straight into it (`GraphFile.plainAnalysisGraph`).
    func loadAnalysisGraph(
        selection: SelectionArguments, projection: ProjectionArguments, needsNetwork: Bool = false,
        omittedKinds: Set<EntityKind> = [], readsPlainGraphML: Bool = false
    ) throws -> AnalysisGraph {
        if readsPlainGraphML, !needsNetwork, !selection.isActive {
            let options = GraphLoadOptions(format: loading.inputFormat, importOptions: importOptions())
            if let plain = GraphFile.plainAnalysisGraph(path: try resolvedPath().path, options: options, projection: projection.options) {
                return plain
            }
        }
        let loaded = try load(directed: projection.directed, aggregate: projection.aggregate)
        let network: RelationNetwork
        switch loaded {
        case let .network(read): network = read
        case let .plain(named):
            if needsNetwork || selection.isActive {
                network = try loadNetwork()
                break
            }
            do {
                return try AnalysisGraph(graph: named.graph, names: named.names, projection: projection.options)
            } catch {
                throw CLIError("\(try resolvedPath().path): \(error.description); use --distance unit to ignore weights")
            }
        }
        var networkSelection = selection.networkSelection
        let present = Set(network.entities.map(\.kind))
        let omitted = present.intersection(omittedKinds)
        if networkSelection.kinds == nil, !omitted.isEmpty {
            networkSelection.kinds = present.subtracting(omittedKinds)
            printError("note: \(omitted.map(\.rawValue).sorted().joined(separator: " and ")) left out; --kinds draws them")
        }
        let input = try AnalysisGraph(network: network, selection: networkSelection, projection: projection.options)
        for note in input.notes { printError("note: \(note)") }
        return input
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

    @Flag(name: .customLong("keep-isolated"), help: "With --layers or --kinds, keep entities left without ties (default: dropped).")
    var keepIsolated = false

    /// The selection as the library takes it.
    var networkSelection: NetworkSelection {
        NetworkSelection(
            layers: layers, kinds: kinds, asOf: asOf, knownBy: knownBy, strictDating: strictDating,
            knownByEarliest: knownByEarliest, keepIsolated: keepIsolated)
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
