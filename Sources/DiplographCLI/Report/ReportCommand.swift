import ArgumentParser
import Foundation
import GraphAlgorithms
import GraphvizRendering
import RelationNetwork

/// `diplograph report`: the main job — one self-contained document from the sourced graph.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the complete analytical report (HTML or Markdown) of a network.",
        discussion: """
            The report holds the network summary, centrality for all layers and per domain, the focus \
            actor's dependency paths and unavoidable intermediaries, communities against the formal \
            blocs, the multi-vector balance, the relation diagram, and every source cited. HTML is \
            one file with no external assets; Markdown saves the diagram as an SVG beside it.
            """
    )

    @OptionGroup var graph: GraphOptions
    @Option(help: "The focus actor (id or name). Default: the state with the most relations.") var focus: String?
    @OptionGroup var selection: SelectionOptions
    @OptionGroup var balance: BalanceOptions
    @Option(name: .shortAndLong, help: "The report file: .html or .md (default: report.html).")
    var output: String = "report.html"

    enum Format {
        case html, markdown
    }

    var reportFormat: Format? {
        switch URL(fileURLWithPath: output).pathExtension.lowercased() {
        case "html", "htm": .html
        case "md", "markdown": .markdown
        default: nil
        }
    }

    func validate() throws {
        if reportFormat == nil { throw ValidationError("--output must end in .html or .md, got '\(output)'") }
    }

    func run() throws {
        try reportingErrors {
            let network = try selection.apply(to: graph.loadNetwork())
            let analysis = try BalanceAnalysis(network: network, focusName: focus, options: balance)
            guard let focusEntity = network.entity(withID: analysis.focus) else {
                throw CLIError("the focus is not in the selection")
            }
            var builder = ReportBuilder(
                network: network, focus: focusEntity, balance: analysis, selectionText: selectionDescription())
            builder.addOverview()
            do {
                try builder.addCentrality()
            } catch let error as SelectionError {
                throw CLIError(error.description)
            }
            builder.addBalance()
            do {
                try builder.addDependencies(poles: analysis.now.poles)
            } catch let error as PathError {
                throw CLIError("dependency analysis: \(error)")
            }
            do {
                try builder.addCommunities()
            } catch let error as CommunityError {
                throw CLIError("communities: \(error)")
            }
            let svg: String
            do {
                svg = try builder.addDiagram()
            } catch let error as RenderingError {
                throw CLIError("diagram: \(error)")
            }
            let document = builder.document
            switch reportFormat ?? .html {
            case .html:
                try writeAtomically(Data(HTMLReportWriter(network: network).write(document).utf8), toPath: output)
            case .markdown:
                let diagram = URL(fileURLWithPath: output).deletingPathExtension().appendingPathExtension("svg")
                try writeAtomically(Data(svg.utf8), toPath: diagram.path)
                let text = MarkdownReportWriter(network: network, diagramFileName: diagram.lastPathComponent).write(document)
                try writeAtomically(Data(text.utf8), toPath: output)
            }
            printError("wrote \(output)")
        }
    }

    private func selectionDescription() -> String {
        var parts: [String] = []
        if let layers = selection.layers { parts.append("layers: \(layers.sorted().joined(separator: ", "))") }
        if let kinds = selection.kinds { parts.append("kinds: \(kinds.sorted().joined(separator: ", "))") }
        if let asOf = selection.asOf { parts.append("as of \(asOf)") }
        if let knownBy = selection.knownBy { parts.append("known by \(knownBy)") }
        return parts.isEmpty ? "All layers, all dates." : "Selection: " + parts.joined(separator: "; ") + "."
    }
}
