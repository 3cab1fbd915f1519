import ArgumentParser
import Foundation
import GraphAlgorithms
import GraphvizRendering
import RelationNetwork

/// Vertex measures that `--size-by` can scale vertices by.
enum RenderSizeMeasure: String, ExpressibleByArgument, CaseIterable {
    case degree, strength, pagerank, betweenness, closeness, harmonic, eigenvector
}

extension DiagramOptions.Coloring: ExpressibleByArgument {}

/// `diplograph render`: a diagram of the (selected) network through Graphviz's C library.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw the network as SVG, PNG, PDF or DOT (Graphviz).",
        discussion: """
            The format comes from the --output file's extension (.svg, .png, .pdf, .dot/.gv, .json, \
            .plain) or from --format; without --output the diagram goes to standard output (SVG by \
            default). Shapes and fills show entity kinds, line colours and styles show layers \
            (tension dashed), line widths show strengths; SVG tooltips list each relation's citations.
            Above 1000 vertices the layout defaults to sfdp and labels are hidden (--labels shows them).
            """
    )

    @OptionGroup var graph: GraphOptions
    @OptionGroup var selection: SelectionOptions
    @OptionGroup var projection: ProjectionOptions
    @Option(help: "Layout engine: dot, neato, fdp, sfdp, circo, twopi, … (default: dot; sfdp for large graphs).")
    var engine: String?
    @Option(help: "Output format: svg, png, pdf, dot, json, plain, … (default: from the --output extension).")
    var format: String?
    @Option(name: .customLong("color-by"), help: "Fill vertices by kind, community or layer (white vertices).")
    var colorBy: DiagramOptions.Coloring = .kind
    @Option(
        name: .customLong("size-by"),
        help: "Scale vertices by a measure: \(RenderSizeMeasure.allCases.map(\.rawValue).joined(separator: ", ")).")
    var sizeBy: RenderSizeMeasure?
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
    @Option(name: .customLong("highlight-community"), help: "Highlight one Leiden community (its number, from 1).")
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
            let input = try graph.loadAnalysisGraph(selection: selection, projection: projection)
            var options = DiagramOptions()
            options.engine = engine
            options.colorBy = colorBy
            options.clusters = clusters
            options.legend = !noLegend
            options.showLabels = labels
            options.title = title ?? defaultTitle(input)
            if let sizeBy {
                let values = try sizes(sizeBy, on: input)
                options.sizes = Dictionary(zip(input.ids, values), uniquingKeysWith: { a, _ in a })
                options.sizeCaption = sizeBy.rawValue
            }
            if colorBy == .community || highlightCommunity != nil {
                options.communities = try communities(of: input)
                options.highlightCommunity = highlightCommunity
            }
            if let highlightPath { options.highlightPath = try path(highlightPath, in: input) }
            if let focus {
                let center = try vertex(focus, in: input)
                let kept = renderEgoNetwork(on: input.strengths, center: center, radius: radius ?? 1)
                options.focus = Set(kept.map { input.ids[$0] })
                options.emphasized = [input.ids[center]]
            }
            let diagram: Diagram
            let data: Data
            do {
                if let network = input.network {
                    diagram = try Diagram(network: network, options: options)
                } else {
                    diagram = try Diagram(graph: input.strengths, ids: input.ids, labels: input.labels, options: options)
                }
                for notice in diagram.notices { printError("note: \(notice)") }
                data = format == "dot" ? Data(try diagram.dot().utf8) : try diagram.render(format: format)
            } catch let error as RenderingError {
                throw CLIError(error.description)
            }
            try output.writeRendered(data)
        }
    }

    /// Leiden communities (numbered from 1, seeded, independent of file order) per vertex id.
    private func communities(of input: AnalysisGraph) throws -> [String: Int] {
        do {
            let result = try input.strengths.leidenCommunities(iterations: nil, vertexKeys: input.ids.map(stableKey))
            return Dictionary(zip(input.ids, result.membership.map { $0 + 1 }), uniquingKeysWith: { a, _ in a })
        } catch let error as CommunityError {
            throw CLIError("communities: \(error)")
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
        parts.append("layers: " + (selection.layers?.sorted().joined(separator: ", ") ?? "all"))
        if let kinds = selection.kinds { parts.append("kinds: " + kinds.sorted().joined(separator: ", ")) }
        if let asOf = selection.asOf { parts.append("as of \(asOf)") }
        if let knownBy = selection.knownBy { parts.append("known by \(knownBy)") }
        if let focus { parts.append("around \(focus) (\(radius ?? 1) hop\(radius == 1 || radius == nil ? "" : "s"))") }
        if let highlightPath { parts.append("path \(highlightPath.replacingOccurrences(of: ",", with: " → "))") }
        let heading = network.title ?? "Relation network"
        return heading + "\n" + parts.joined(separator: " · ")
    }

    /// The vertex a user typed: an entity id, name or alias (networks), or a vertex name.
    private func vertex(_ text: String, in input: AnalysisGraph) throws -> Int {
        let name = text.trimmingCharacters(in: .whitespaces)
        if let network = input.network {
            let entity: Entity
            do {
                entity = try network.resolveEntity(name)
            } catch let error as SelectionError {
                throw CLIError(error.description)
            }
            guard let v = input.ids.firstIndex(of: entity.id) else {
                throw CLIError("entity '\(entity.id)' is not in the selection")
            }
            return v
        }
        guard let v = input.ids.firstIndex(of: name) else { throw CLIError("no vertex '\(name)' in this graph") }
        return v
    }

    private func path(_ text: String, in input: AnalysisGraph) throws -> [String] {
        let ends = text.split(separator: ",").map(String.init)
        guard ends.count == 2 else { throw CLIError("--highlight-path expects FROM,TO") }
        let (from, to) = (try vertex(ends[0], in: input), try vertex(ends[1], in: input))
        let found: GraphPath?
        do {
            found = try input.distances.shortestPath(from: from, to: to, weights: .distance)
        } catch {
            throw CLIError("--highlight-path: \(error)")
        }
        guard let found else {
            throw CLIError("no path from \(input.ids[from]) to \(input.ids[to]) in the selection")
        }
        return found.vertices.map { input.ids[Int($0)] }
    }

    private func sizes(_ measure: RenderSizeMeasure, on input: AnalysisGraph) throws -> [Double] {
        do {
            switch measure {
            case .degree: return input.strengths.degreeCentrality()
            case .strength: return input.strengths.strength()
            case .pagerank: return try input.strengths.pageRank(weights: .strength).values
            case .betweenness: return try input.distances.betweenness(weights: .distance)
            case .closeness: return try input.distances.closeness(weights: .distance)
            case .harmonic: return try input.distances.harmonic(weights: .distance)
            case .eigenvector: return try input.strengths.eigenvector(weights: .strength).values
            }
        } catch {
            throw CLIError("--size-by \(measure.rawValue): \(error.description)")
        }
    }
}
