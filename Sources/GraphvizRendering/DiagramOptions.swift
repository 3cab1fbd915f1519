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
    /// chooses `dot` (deterministic, parallel relations drawn apart), or `sfdp` above
    /// `largeGraphThreshold` vertices.
    public var engine: String?
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
    /// Draw a legend of the kinds and layers shown.
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
    /// Above this many vertices the defaults switch to `sfdp` and hidden labels.
    public var largeGraphThreshold = 1000
    /// Each vertex links to `linkPrefix` + its percent-encoded id; `nil` links to its own SVG
    /// element (`#entity-ID`), so a web page can target it.
    public var linkPrefix: String?

    /// Options with every default: automatic engine, kind colours, legend, no highlights.
    public init() {}
}
