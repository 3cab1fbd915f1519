import CGraphviz
import Foundation
import GraphAlgorithms
import RelationNetwork

/// A diagram of a relation network (or of any labelled graph), built with Graphviz's C library:
/// cgraph builds the graph, gvc lays it out and renders it. By default the relations between a pair
/// are one drawn tie per direction (``EdgeGrouping``); ``ties`` lists what each drawn
/// edge carries, so a page can annotate the SVG. Vertices are SVG elements `entity-ID` (ID
/// percent-encoded except ASCII letters, digits, `-`, `_`, `.`), edges as in ``DrawnTie/elementID``.
///
/// Every engine gives the same bytes on every run: force-directed layouts start from a fixed
/// seed, the graph is built in a fixed order, and PDF output carries a fixed creation date.
///
/// A value type: the Graphviz graph is built, used and freed inside each `dot()` or
/// `render(format:)` call, under the process-wide Graphviz lock, so diagrams may be rendered from
/// several tasks at once (the calls run one at a time).
///
/// ```swift
/// let diagram = try Diagram(network: selection, options: options)
/// let svg = try diagram.render(format: "svg")
/// ```
public struct Diagram: Sendable {
    /// The options the diagram was made with.
    public let options: DiagramOptions
    /// The colours, shapes and fonts.
    public let style: DiagramStyle
    /// The layout engine used: `options.engine`, or the automatic choice.
    public let engine: String
    /// Whether vertex labels are drawn (`options.showLabels`, or the automatic choice).
    public let showsLabels: Bool
    /// What the automatic choices did, for the user (e.g. "2000 vertices: laid out with sfdp").
    public let notices: [String]
    let content: DiagramContent

    /// A diagram of every entity and relation of `network` (select first to draw a part of it).
    ///
    /// - Throws: `RenderingError.unknownEngine` (listing the available engines) and
    ///   `RenderingError.unknownVertex` for a highlighted, emphasized, focused or centre id that is
    ///   not an entity.
    public init(network: RelationNetwork, options: DiagramOptions = DiagramOptions(), style: DiagramStyle = .standard) throws {
        try self.init(content: DiagramContent(network: network), options: options, style: style)
    }

    /// A diagram of a plain graph whose vertex `v` has id `ids[v]` and label `labels[v]`; edges
    /// are drawn with widths proportional to their weights.
    ///
    /// - Throws: as ``init(network:options:style:)``.
    public init(
        graph: Graph, ids: [String], labels: [String]? = nil, options: DiagramOptions = DiagramOptions(),
        style: DiagramStyle = .standard
    ) throws {
        try self.init(
            content: DiagramContent(graph: graph, ids: ids, labels: labels ?? ids), options: options, style: style)
    }

    init(content full: DiagramContent, options: DiagramOptions, style: DiagramStyle) throws {
        let known = Set(full.vertices.map(\.id))
        let requested = options.highlightPath + options.emphasized.sorted() + (options.focus?.sorted() ?? [])
        if let missing = requested.first(where: { !known.contains($0) }) {
            throw RenderingError.unknownVertex(missing)
        }
        if let center = options.center, !known.contains(center) { throw RenderingError.unknownVertex(center) }
        let focused = options.focus.map { full.restricted(to: $0) } ?? full
        let content = options.edges == .pairs ? focused.tied(by: options.tieStrength) : focused
        let isLarge = content.vertices.count > options.largeGraphThreshold
        var notices: [String] = []
        let engine: String
        if let chosen = options.engine {
            let available = GraphvizLibrary.availableEngines
            guard available.contains(chosen) else { throw RenderingError.unknownEngine(chosen, available: available) }
            engine = chosen
        } else if options.center != nil {
            engine = "twopi"
        } else if content.vertices.count > options.neatoLimit {
            engine = "sfdp"
            notices.append(
                "\(content.vertices.count) vertices (more than \(options.neatoLimit) for neato's time budget): "
                    + "laid out with sfdp; choose another engine to override")
        } else {
            engine = "neato"
        }
        let showsLabels = options.showLabels ?? !isLarge
        if options.showLabels == nil, isLarge {
            notices.append("\(content.vertices.count) vertices: labels hidden; ask for labels to show them")
        }
        self.content = content
        self.options = options
        self.style = style
        self.engine = engine
        self.showsLabels = showsLabels
        self.notices = notices
    }

    /// Number of vertices drawn (without the legend).
    public var vertexCount: Int { content.vertices.count }

    /// Number of edges drawn: one per tie (``EdgeGrouping/pairs``) or per relation (``EdgeGrouping/each``).
    public var edgeCount: Int { content.edges.count }

    /// The drawn edges in drawing order, with their SVG element ids, ends, relations and layers.
    public var ties: [DrawnTie] { content.drawnTies }

    /// The kinds and layers the legend shows, with their looks, for a legend drawn outside the
    /// diagram (e.g. in HTML; set ``DiagramOptions/legend`` to `false` then).
    public var legendEntries: LegendEntries {
        let layerStyles = style.layerStyles(content.layers)
        return LegendEntries(
            kinds: content.kinds.map { LegendEntries.Kind(kind: $0, style: style.style(ofKind: $0)) },
            layers: content.layers.map {
                LegendEntries.Layer(id: $0.id, style: layerStyles[$0.id] ?? style.otherLayerStyle, isDirected: $0.isDirected)
            })
    }

    /// The diagram as DOT, written by cgraph (`agwrite`). `dot -Tsvg` on this text gives the same
    /// SVG as `render(format: "svg")`: the graph names its layout engine.
    public func dot() throws -> String {
        try GraphvizContext.shared.withContext { session in
            let graph = try builder.build(in: session)
            defer { graph.close() }
            return try graph.dotText()
        }
    }

    /// The diagram laid out and rendered to `format` (`svg`, `png`, `pdf`, `dot`, `plain`, `json`,
    /// or any format of `GraphvizLibrary.availableFormats`, optionally as `format:renderer`).
    ///
    /// - Throws: `RenderingError.unknownFormat` listing the available formats;
    ///   `RenderingError.layoutFailed`/`renderFailed` with Graphviz's own message.
    public func render(format: String) throws -> Data {
        try GraphvizContext.shared.withContext { session in
            let formats = session.plugins("device").filter { !GraphvizLibrary.interactiveDevices.contains($0) }
            let device = String(format.prefix { $0 != ":" })
            guard formats.contains(device) else { throw RenderingError.unknownFormat(format, available: formats) }
            let graph = try builder.build(in: session)
            defer { graph.close() }
            session.clearMessages()
            // Some layouts (sfdp, prism overlap removal) draw from the C library's generators
            // without seeding them, so the layout would depend on earlier renders in the process.
            srand(1)
            srand48(1)
            guard gvLayout(session.gvc, graph.root, engine) == 0 else {
                throw RenderingError.layoutFailed(engine: engine, message: session.messages)
            }
            defer { _ = gvFreeLayout(session.gvc, graph.root) }
            var bytes: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            let status = gvRenderData(session.gvc, graph.root, format, &bytes, &length)
            defer { if let bytes { gvFreeRenderData(bytes) } }
            guard status == 0, let bytes else {
                throw RenderingError.renderFailed(format: format, message: session.messages)
            }
            let data = Data(bytes: bytes, count: Int(length))
            return device == "pdf" ? FixedCreationDate.applied(to: data) : data
        }
    }

    private var builder: DiagramBuilder {
        DiagramBuilder(content: content, options: options, style: style, engine: engine, showsLabels: showsLabels)
    }
}
