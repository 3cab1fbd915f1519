import ArgumentParser
import Foundation
import GraphvizRendering
import RelationNetwork

extension InteropFormat: ExpressibleByArgument {}

/// `diplograph convert IN OUT`: between the native YAML/JSON and GraphML, GEXF, node-link JSON,
/// CSV and (import only) DOT.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a network between YAML/JSON, GraphML, GEXF, node-link JSON, CSV and DOT (import).",
        discussion: """
            Formats come from the extensions (.yaml/.yml, .json, .graphml, .gexf, .nodelink.json, .csv, \
            .dot/.gv) unless --from/--to say otherwise.

            Lossless (converting the network there and back gives an equal network): yaml, json, graphml, \
            gexf, nodelink. GraphML and GEXF keep sources, layers, assessments and kinds as JSON text in \
            graph attributes, and citations, figures, aliases and free attributes as JSON text in node and \
            edge attributes; node-link JSON embeds them as JSON.
            csv writes two files, NAME.nodes.csv and NAME.edges.csv (OUT may name either or NAME.csv). It \
            keeps entities and relations (citations and figures as JSON) but not the title, description, \
            curated flag, source and layer details or assessments.
            dot is read only (write DOT with `diplograph render`); it keeps node and edge attributes.

            Files from other tools (NetworkX, igraph, Gephi): nodes become entities (kind from a `kind` \
            attribute, else --default-kind; name from `name` or `label`), edges become relations (layer \
            from `layer`, else --default-layer; strength from `strength`, else `weight`, else 1). Weights \
            may be any positive number (a negative one is a tension, zero is an error); a graph that \
            says it is curated keeps them in (0, 1], and --rescale-weights divides them by the largest. \
            The result is not curated.

            Output is written atomically: a failed run leaves no file. A one-file output replaces an \
            existing file at once. The two CSV files cannot replace older ones at once, so convert refuses \
            to write them when NAME.nodes.csv or NAME.edges.csv exists (remove them first); it never \
            deletes or overwrites a file it did not create.
            """
    )

    @Argument(help: "The network to read.")
    var input: String

    @Argument(help: "The file to write (NAME.csv writes NAME.nodes.csv and NAME.edges.csv).")
    var output: String

    @Option(help: "The input format (default: from the extension).")
    var from: InteropFormat?

    @Option(help: "The output format (default: from the extension; dot is import only).")
    var to: InteropFormat?

    @Flag(name: .customLong("rescale-weights"), help: "Divide imported `weight`s by the largest when some exceed 1.")
    var rescaleWeights = false

    @Option(name: .customLong("default-kind"), help: "The kind of imported nodes without a `kind` attribute.")
    var defaultKind = "node"

    @Option(name: .customLong("default-layer"), help: "The layer of imported edges without a `layer` attribute.")
    var defaultLayer = "edge"

    func validate() throws {
        guard inputFormat != nil else {
            throw ValidationError("cannot tell the format of '\(input)' from its extension; use --from")
        }
        guard let format = outputFormat else {
            throw ValidationError("cannot tell the format of '\(output)' from its extension; use --to")
        }
        guard format.isWritable else {
            throw ValidationError("convert does not write DOT; use `diplograph render --format dot`")
        }
    }

    private var inputFormat: InteropFormat? { from ?? InteropFormat(path: input) }
    private var outputFormat: InteropFormat? { to ?? InteropFormat(path: output) }

    func run() throws {
        try reportingErrors {
            guard let source = inputFormat, let target = outputFormat else { throw CLIError("unknown format") }
            let options = GraphImportOptions(defaultKind: defaultKind, defaultLayer: defaultLayer, rescaleWeights: rescaleWeights)
            let network: RelationNetwork
            do {
                let (document, warnings) =
                    source == .dot
                    ? try DOTImport.network(path: input, options: options)
                    : try NetworkInterop.read(path: input, format: source, options: options)
                printWarnings(warnings)
                network = document.network
            } catch let error as NetworkLoadError {
                let heavy = !rescaleWeights && error.diagnostics.contains { $0.message.contains("rescaleWeights") }
                throw CLIError(located: error.description + (heavy ? "\nhint: --rescale-weights divides the weights by the largest" : ""))
            } catch let error as InteropError {
                throw CLIError(error.description)
            }
            let files: [ExportedFile]
            do {
                files = try NetworkInterop.export(network, as: target, to: output)
            } catch let error as InteropError {
                throw CLIError("\(output): \(error.description)")
            }
            try AtomicFiles.write(files)
            let names = files.map(\.path).joined(separator: " and ")
            var summary = "wrote \(names): \(counted(network.entities.count, "entity", "entities")), "
            summary += counted(network.relations.count, "relation")
            if !target.isLossless { summary += " (\(target.rawValue) keeps no graph-level data: title, sources, layers, assessments)" }
            print(summary)
        }
    }
}

/// Prints warnings to stderr, at most three per message (a foreign graph without citations would
/// otherwise print one line per relation), then how many more there were.
private func printWarnings(_ warnings: [Diagnostic]) {
    var shown: [String: Int] = [:]
    var order: [String] = []
    for warning in warnings {
        let message = warning.message
        if shown[message] == nil { order.append(message) }
        shown[message, default: 0] += 1
        if shown[message, default: 0] <= 3 { printError(warning.description) }
    }
    for message in order where shown[message, default: 0] > 3 {
        printError("warning: \(shown[message, default: 0] - 3) more like '\(message)'")
    }
}

/// Writes the output files all or none.
///
/// One file goes to a temporary file beside it, renamed into place (replacing an older file
/// atomically). Several files (the two of a CSV output) cannot replace older files at once, so
/// they are never written over existing files: if any of them exists, nothing is written. Each is
/// staged as a temporary file, then hard-linked to its name, which fails rather than replace a
/// file that appeared meanwhile; on any failure the files this run linked are removed again. A
/// run killed between the two links can leave `NAME.nodes.csv` alone, but never beside an older
/// `NAME.edges.csv`, and no file of the user's is ever replaced or deleted.
enum AtomicFiles {
    static func write(_ files: [ExportedFile], fileManager: FileManager = .default) throws {
        if files.count > 1 {
            let existing = files.map(\.path).filter { fileManager.fileExists(atPath: $0) }
            if !existing.isEmpty {
                throw CLIError(
                    "\(existing.joined(separator: " and ")) already \(existing.count == 1 ? "exists" : "exist"); "
                        + "convert does not overwrite the files of a two-file output, as it cannot replace them at once "
                        + "(remove \(existing.count == 1 ? "it" : "them") or choose another name)")
            }
        }
        var staged: [(temporary: String, final: String)] = []
        var placed: [String] = []
        defer {
            for (temporary, _) in staged { try? fileManager.removeItem(atPath: temporary) }
        }
        do {
            for file in files {
                let url = URL(fileURLWithPath: file.path)
                let temporary = url.deletingLastPathComponent()
                    .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp").path
                staged.append((temporary, file.path))
                do {
                    try Data(file.contents.utf8).write(to: URL(fileURLWithPath: temporary))
                } catch {
                    throw CLIError("\(file.path): cannot write: \(error.localizedDescription)")
                }
            }
            if staged.count == 1, let only = staged.first {
                guard rename(only.temporary, only.final) == 0 else {
                    throw CLIError("\(only.final): cannot write: \(String(cString: strerror(errno)))")
                }
                return
            }
            for (temporary, final) in staged {
                guard link(temporary, final) == 0 else {
                    let reason = errno == EEXIST ? "the file appeared while converting" : String(cString: strerror(errno))
                    throw CLIError("\(final): cannot write: \(reason)")
                }
                placed.append(final)
            }
        } catch {
            for final in placed { _ = unlink(final) }
            throw error
        }
    }
}
