import ArgumentParser
import Foundation
import GraphvizRendering
import RelationNetwork

extension DiagramOptions.Coloring: ExpressibleByArgument {}
extension EdgeGrouping: ExpressibleByArgument {}

/// `diplograph render`: a diagram of the (selected) network through Graphviz's C library.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw the network as SVG, PNG, PDF or DOT (Graphviz).",
        discussion: """
            The format comes from the --output file's extension (.svg, .png, .pdf, .dot/.gv, .json, \
            .plain) or from --format; without --output the diagram goes to standard output (SVG by \
            default). Shapes and fills show entity kinds. The relations between a pair are one line \
            per direction (--edges each: one per relation): its width is the combined strength, one \
            colour strand per layer, tension a red strand (red and dashed when only tension); SVG tooltips list every relation \
            with its claims and sources. Layout: radial (twopi) around --focus, else neato, sfdp \
            above 400 vertices; dot only with --engine dot. Persons and events are drawn only with \
            --kinds, --focus or a community view. Above 1000 vertices labels are hidden (--labels shows them). Every \
            engine and format gives the same bytes on every run.
            """
    )

    @OptionGroup var graph: GraphOptions
    @OptionGroup var selection: SelectionArguments
    @OptionGroup var projection: ProjectionArguments
    @Option(help: "Layout engine: dot, neato, fdp, sfdp, circo, twopi, … (default: twopi with --focus, else neato; sfdp above 400 vertices).")
    var engine: String?
    @Option(help: "Draw one line per pair and direction (pairs) or per relation (each).")
    var edges: EdgeGrouping = .pairs
    @Option(help: "Output format: svg, png, pdf, dot, json, plain, … (default: from the --output extension).")
    var format: String?
    @Option(name: .customLong("color-by"), help: "Fill vertices by kind, community or layer (white vertices).")
    var colorBy: DiagramOptions.Coloring = .kind
    @Option(
        name: .customLong("size-by"),
        help: "Scale vertices by a measure: \(VertexMeasure.allCases.map(\.rawValue).joined(separator: ", ")).")
    var sizeBy: VertexMeasure?
    @Option(name: .customLong("highlight-path"), help: "Highlight the shortest path FROM,TO (ids, names or aliases).")
    var highlightPath: String?
    @Option(help: "Draw only the ego network of this entity (id, name or alias); see --radius.")
    var focus: String?
    @Option(help: "Hops around --focus to keep (default 1).")
    var radius: Int?
    @Flag(help: "Group the members of each bloc in a cluster (Graphviz 2.4x leaks a little memory per clustered layout).")
    var clusters = false
    @Flag(name: .customLong("no-legend"), help: "Leave the legend out.")
    var noLegend = false
    @Option(help: "Title above the diagram (default: the network's title and the selection).")
    var title: String?
    @Flag(inversion: .prefixedNo, help: "Show vertex labels (default: shown up to 1000 vertices).")
    var labels: Bool?
    @Option(name: .customLong("highlight-community"), help: "Highlight one community (its number in `diplograph communities`, from 1).")
    var highlightCommunity: Int?
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let radius, radius < 0 { throw ValidationError("--radius must be 0 or more") }
        if radius != nil, focus == nil { throw ValidationError("--radius needs --focus") }
        if let highlightPath, highlightPath.split(separator: ",").count != 2 {
            throw ValidationError("--highlight-path expects FROM,TO")
        }
    }

    func run() throws {
        try reportingErrors {
            let format = try resolvedFormat()
            // Persons and events crowd the overview; they are drawn when asked for, around a focus,
            // and in community views (the communities of `diplograph communities` include them).
            let communityView = colorBy == .community || highlightCommunity != nil
            let input = try graph.loadAnalysisGraph(
                selection: selection, projection: projection,
                omittedKinds: focus == nil && !communityView ? DiagramOptions.kindsDrawnOnRequest : [])
            var options = DiagramOptions()
            options.engine = engine
            options.edges = edges
            options.tieStrength = projection.aggregate
            options.colorBy = colorBy
            options.clusters = clusters
            options.legend = !noLegend
            options.showLabels = labels
            options.title = title ?? defaultTitle(input)
            if let sizeBy {
                options.sizes = Dictionary(zip(input.ids, try sizeBy.values(on: input)), uniquingKeysWith: { a, _ in a })
                options.sizeCaption = sizeBy.rawValue
            }
            if colorBy == .community || highlightCommunity != nil {
                options.communities = try input.communities().communityOf
                options.highlightCommunity = highlightCommunity
            }
            if let highlightPath {
                let ends = highlightPath.split(separator: ",").map(String.init)
                let search = try input.paths(PathQuery(from: ends[0], to: ends[1]))
                guard let best = search.paths.first else {
                    throw CLIError("no path from \(ends[0]) to \(ends[1]) in the selection")
                }
                options.highlightPath = best.entities
            }
            if let focus {
                let ego = try input.egoNetwork(of: focus, radius: radius ?? 1)
                options.focus = Set(ego.members)
                options.emphasized = [ego.center.id]
                options.center = ego.center.id
            }
            let diagram = if let network = input.network {
                try Diagram(network: network, options: options)
            } else {
                try Diagram(graph: input.strengths, ids: input.ids, labels: input.labels, options: options)
            }
            for notice in diagram.notices { printError("note: \(notice)") }
            try output.write(format == "dot" ? Data(try diagram.dot().utf8) : try diagram.render(format: format))
        }
    }

    /// `--format`, else the output file's extension, else SVG.
    private func resolvedFormat() throws -> String {
        if let format { return format.lowercased() == "gv" ? "dot" : format.lowercased() }
        guard let path = output.output, path != "-" else { return "svg" }
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        switch ext {
        case "gv", "dot": return "dot"
        case "": throw CLIError("\(path): no file extension; give --format (svg, png, pdf, dot, …)")
        default:
            let available = GraphvizLibrary.availableFormats
            guard available.contains(ext) else {
                throw CLIError(
                    "\(path): unknown output format '\(ext)'; available formats: \(available.joined(separator: ", "))")
            }
            return ext
        }
    }

    private func defaultTitle(_ input: AnalysisGraph) -> String? {
        guard let network = input.network else { return nil }
        var parts: [String] = []
        parts.append("layers: " + (selection.layers?.sorted().map(\.rawValue).joined(separator: ", ") ?? "all"))
        if let kinds = selection.kinds { parts.append("kinds: " + kinds.sorted().map(\.rawValue).joined(separator: ", ")) }
        if let asOf = selection.asOf { parts.append("as of \(asOf)") }
        if let knownBy = selection.knownBy { parts.append("known by \(knownBy)") }
        if let focus { parts.append("around \(focus) (\(radius ?? 1) hop\(radius == 1 || radius == nil ? "" : "s"))") }
        if let highlightPath { parts.append("path \(highlightPath.replacingOccurrences(of: ",", with: " → "))") }
        let heading = network.title ?? "Relation network"
        return heading + "\n" + parts.joined(separator: " · ")
    }
}
