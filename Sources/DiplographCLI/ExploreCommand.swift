import ArgumentParser
import Diplograph
import Foundation

/// `diplograph explore`: the interactive explorer, one self-contained HTML page.
struct ExploreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explore",
        abstract: "Write an interactive explorer of the network: one self-contained HTML page.",
        discussion: """
            The page draws the (selected) network with Graphviz and works offline: click an entity, \
            or tab to it and press Enter, to list its relations with layer, strength, dates, disputes \
            and every citation; switch layers on and off; keep the ties valid on a date; find an \
            entity by name or alias. It loads nothing from the network.
            """
    )

    @OptionGroup var graph: GraphOptions
    @OptionGroup var selection: SelectionArguments
    @Option(help: "Layout engine: dot, neato, fdp, sfdp, circo, twopi, … (default: the renderer's choice).")
    var engine: String?
    @Option(help: "The page title (default: the network's title).")
    var title: String?
    @Option(name: .shortAndLong, help: "The page to write (.html).")
    var output: String = "explorer.html"

    func validate() throws {
        let ext = URL(fileURLWithPath: output).pathExtension.lowercased()
        guard ext == "html" || ext == "htm" else {
            throw ValidationError("--output must end in .html, got '\(output)'")
        }
    }

    func run() throws {
        try reportingErrors {
            let network = try selection.apply(to: graph.loadNetwork())
            var options = ExplorerOptions(title: title)
            options.diagram.engine = engine
            let page = try ExplorerPage(network: network, options: options)
            for notice in page.notices { printError("note: \(notice)") }
            try writeAtomically(Data(page.html.utf8), toPath: output)
            printError("wrote \(output)")
        }
    }
}
