import ArgumentParser
import Diplograph
import Foundation

/// `diplograph report`: the main job — one self-contained document from the sourced graph.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the complete analytical report (HTML or Markdown) of a network.",
        discussion: """
            The report holds the network summary, centrality for all layers and per domain, the focus \
            actor's dependency paths and unavoidable intermediaries, communities against the formal \
            blocs, the multi-vector balance, the relation diagram, and every source cited. HTML is \
            one file with no external assets; Markdown saves the diagram as an SVG beside it. The \
            interactive explorer of the same network is written beside the report (NAME-explorer.html) \
            and linked from it, unless --no-explorer.
            """
    )

    @OptionGroup var graph: GraphOptions
    @Option(help: "The focus actor (id or name). Default: the state with the most relations, else the most central entity.") var focus: String?
    @OptionGroup var selection: SelectionArguments
    @OptionGroup var balance: BalanceArguments
    @Option(name: .shortAndLong, help: "The report file: .html or .md (default: report.html).")
    var output: String = "report.html"
    @Flag(name: .customLong("no-explorer"), help: "Do not write the explorer page (NAME-explorer.html) beside the report.")
    var noExplorer = false

    private enum Format {
        case html, markdown
    }

    private var reportFormat: Format? {
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
            let reportURL = URL(fileURLWithPath: output)
            let explorer = reportURL.deletingPathExtension().lastPathComponent + "-explorer.html"
            let options = ReportOptions(
                selection: selection.networkSelection, focus: focus, poles: balance.poles, years: balance.years,
                explorerLink: noExplorer ? nil : explorer.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed))
            let report = try NetworkReport(network: graph.loadNetwork(), options: options)
            for note in report.notes { printError("note: \(note)") }
            if !noExplorer {
                let path = reportURL.deletingLastPathComponent().appendingPathComponent(explorer).path
                try writeAtomically(Data(try ExplorerPage(network: report.network).html.utf8), toPath: path)
                printError("wrote \(path)")
            }
            switch reportFormat ?? .html {
            case .html:
                try writeAtomically(Data(report.html().utf8), toPath: output)
            case .markdown:
                let diagram = URL(fileURLWithPath: output).deletingPathExtension().appendingPathExtension("svg")
                try writeAtomically(Data(report.diagramSVG.utf8), toPath: diagram.path)
                try writeAtomically(Data(report.markdown(diagramFileName: diagram.lastPathComponent).utf8), toPath: output)
            }
            printError("wrote \(output)")
        }
    }
}
