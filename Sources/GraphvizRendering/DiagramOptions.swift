import RelationNetwork

/// How the relations between two entities become drawn edges.
public enum EdgeGrouping: String, Sendable, CaseIterable {
    /// One drawn tie per pair and direction (the default): the relations of undirected layers
    /// join the pair in entity order, those of directed layers keep their direction, and tension
    /// is a red strand of the tie (red and dashed when the tie is only tension). Its width is the pair's combined strength
    /// (``DiagramOptions/tieStrength``), its colour one parallel strand per layer, its tooltip
    /// every relation with its claims and sources.
    case pairs
    /// One drawn edge per relation, parallel relations side by side.
    case each
}

/// What a diagram shows and how it is laid out. The renderer never computes analytics: sizes,
/// communities, paths and focus sets come from the caller.
public struct DiagramOptions: Sendable, Equatable {
    /// What decides a vertex's fill colour.
    public enum Coloring: String, Sendable, CaseIterable {
        /// The entity kind (state, bloc, agreement, …), from `DiagramStyle.kinds`.
        case kind
        /// The community in `communities`, from `DiagramStyle.communityPalette`.
        case community
        /// Vertices stay white so the layer colours of the edges carry the picture.
        case layer
    }

    /// The Graphviz layout engine (`dot`, `neato`, `fdp`, `sfdp`, `circo`, `twopi`, …); `nil`
    /// chooses for the question: `twopi` centred on `center` when one is given (rings by
    /// distance), else `neato` up to `neatoLimit` vertices and `sfdp` above.
    public var engine: String?
    /// The vertex id a radial (`twopi`) layout is centred on, e.g. the focus of an ego network;
    /// with no `engine` given it chooses `twopi`.
    public var center: String?
    /// Above this many vertices the automatic layout is `sfdp` instead of `neato`, whose stress
    /// majorization grows quadratically with the vertices (a budget of about a second).
    public var neatoLimit = 400
    /// How relations become drawn edges: one tie per pair and direction (default) or one per relation.
    public var edges = EdgeGrouping.pairs
    /// How the strengths of the relations a tie carries combine into its width (the projection's
    /// rule, ``/RelationNetwork/StrengthAggregation``; `sum` by default).
    public var tieStrength = StrengthAggregation.sum
    /// Vertex labels are wrapped at spaces to lines of about this many characters.
    public var labelWidth = 16
    /// What decides vertex fill colours.
    public var colorBy: Coloring = .kind
    /// A value per vertex id (e.g. a centrality); vertices grow with it (min–max scaled).
    public var sizes: [String: Double]?
    /// What `sizes` measures, shown in the legend ("PageRank").
    public var sizeCaption: String?
    /// A community number per vertex id, for `colorBy: .community` and `highlightCommunity`.
    public var communities: [String: Int]?
    /// One community to highlight (its vertices bold, the rest dimmed).
    public var highlightCommunity: Int?
    /// Draw bloc members inside a cluster per bloc (each entity in at most one cluster).
    public var clusters = false
    /// Draw a legend of the kinds and layers shown, as a block above the drawing (with the title),
    /// never among the vertices.
    public var legend = true
    /// The title above the diagram (may span several lines).
    public var title: String?
    /// Vertex ids of a path to highlight, in order; consecutive vertices' relations are drawn bold.
    public var highlightPath: [String] = []
    /// When set, only these vertex ids (and the relations among them) are drawn, e.g. an ego network.
    public var focus: Set<String>?
    /// Vertex ids drawn with a double outline (e.g. the centre of an ego network).
    public var emphasized: Set<String> = []
    /// Show vertex labels; `nil` shows them up to `largeGraphThreshold` vertices.
    public var showLabels: Bool?
    /// Above this many vertices the defaults hide labels.
    public var largeGraphThreshold = 1000
    /// Each vertex links to `linkPrefix` + its percent-encoded id; `nil` links to its own SVG
    /// element (`#entity-ID`), so a web page can target it.
    public var linkPrefix: String?

    /// Kinds an overview leaves out unless asked for (persons and events crowd the states and
    /// blocs); focus views and community views draw them.
    public static let kindsDrawnOnRequest: Set<EntityKind> = [.person, .event]

    /// Options with every default: automatic engine, kind colours, legend, no highlights.
    public init() {}
}
