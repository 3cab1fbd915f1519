import RelationNetwork

/// Colours, shapes and fonts of a diagram. `DiagramStyle.standard` is tuned for the curated
/// graphs; any field may be changed.
public struct DiagramStyle: Sendable, Equatable {
    /// How vertices of one entity kind look.
    public struct KindStyle: Sendable, Equatable {
        /// A Graphviz shape (`ellipse`, `hexagon`, `note`, …).
        public var shape: String
        /// Fill colour (`#rrggbb`).
        public var fill: String
        /// Extra node styles joined to `filled` (`rounded`, …).
        public var extraStyle: String?

        /// A kind style.
        public init(shape: String, fill: String, extraStyle: String? = nil) {
            self.shape = shape
            self.fill = fill
            self.extraStyle = extraStyle
        }
    }

    /// How relations of one layer look.
    public struct LayerStyle: Sendable, Equatable {
        /// Line colour (`#rrggbb`).
        public var color: String
        /// A Graphviz edge style (`solid`, `dashed`, `dotted`, `bold`).
        public var lineStyle: String

        /// A layer style.
        public init(color: String, lineStyle: String = "solid") {
            self.color = color
            self.lineStyle = lineStyle
        }
    }

    /// Styles per entity kind.
    public var kinds: [EntityKind: KindStyle]
    /// The style of kinds not in `kinds` (and of plain graph vertices).
    public var otherKind: KindStyle
    /// Styles per layer id.
    public var layers: [LayerID: LayerStyle]
    /// Colours given, in order, to layers not in `layers`.
    public var layerPalette: [String]
    /// The style of signed (tension) layers not in `layers`.
    public var signedLayer: LayerStyle
    /// Fill colours of communities (community `c` gets `communityPalette[c % count]`).
    public var communityPalette: [String]
    /// Outline and path colour of highlighted vertices.
    public var highlightColor: String
    /// The font of every text.
    public var fontName: String
    /// Vertex label size in points (grows with `DiagramOptions.sizes`).
    public var fontSize: Double
    /// Pen width of a relation of strength 0 and of strength 1 (linear in between).
    public var penWidthRange: ClosedRange<Double>

    /// The standard look: pastel fills and a shape per kind, a distinct colour per layer, tension
    /// red and dashed, borders dotted.
    public static let standard = DiagramStyle(
        kinds: [
            .state: KindStyle(shape: "ellipse", fill: "#a6cee3"),
            .bloc: KindStyle(shape: "hexagon", fill: "#fdbf6f"),
            .organization: KindStyle(shape: "octagon", fill: "#cab2d6"),
            .agreement: KindStyle(shape: "note", fill: "#ffffb3"),
            .initiative: KindStyle(shape: "component", fill: "#b2df8a"),
            .corridor: KindStyle(shape: "cds", fill: "#ccebc5"),
            .person: KindStyle(shape: "box", fill: "#fccde5", extraStyle: "rounded"),
            .event: KindStyle(shape: "box", fill: "#e5d8bd", extraStyle: "dashed"),
            .company: KindStyle(shape: "house", fill: "#decbe4"),
            .region: KindStyle(shape: "folder", fill: "#fddaec"),
        ],
        otherKind: KindStyle(shape: "box", fill: "#f0f0f0"),
        layers: [
            .memberOf: LayerStyle(color: "#1f78b4"),
            .leads: LayerStyle(color: "#6a3d9a"),
            .partyTo: LayerStyle(color: "#b15928"),
            .participatesIn: LayerStyle(color: "#17becf"),
            .office: LayerStyle(color: "#bcbd22"),
            .trade: LayerStyle(color: "#33a02c"),
            .investment: LayerStyle(color: "#005a32"),
            .aid: LayerStyle(color: "#66c2a5"),
            .energy: LayerStyle(color: "#ff7f00"),
            .transit: LayerStyle(color: "#d4a017"),
            .security: LayerStyle(color: "#08306b"),
            .diplomatic: LayerStyle(color: "#7f7f7f"),
            .dependency: LayerStyle(color: "#e7298a"),
            .border: LayerStyle(color: "#8c6d31", lineStyle: "dotted"),
            .tension: LayerStyle(color: "#e31a1c", lineStyle: "dashed"),
        ],
        layerPalette: ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#666666"],
        signedLayer: LayerStyle(color: "#e31a1c", lineStyle: "dashed"),
        communityPalette: [
            "#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462", "#b3de69", "#fccde5",
            "#d9d9d9", "#bc80bd", "#ccebc5", "#ffed6f",
        ],
        highlightColor: "#d62728",
        fontName: "Helvetica",
        fontSize: 14,
        penWidthRange: 0.8...4.2
    )

    /// A style; see `standard` for the values used by default.
    public init(
        kinds: [EntityKind: KindStyle], otherKind: KindStyle, layers: [LayerID: LayerStyle], layerPalette: [String],
        signedLayer: LayerStyle, communityPalette: [String], highlightColor: String, fontName: String,
        fontSize: Double, penWidthRange: ClosedRange<Double>
    ) {
        self.kinds = kinds
        self.otherKind = otherKind
        self.layers = layers
        self.layerPalette = layerPalette
        self.signedLayer = signedLayer
        self.communityPalette = communityPalette
        self.highlightColor = highlightColor
        self.fontName = fontName
        self.fontSize = fontSize
        self.penWidthRange = penWidthRange
    }

    /// The style of vertices of `kind` (`nil` for plain graph vertices).
    func style(ofKind kind: EntityKind?) -> KindStyle {
        kind.flatMap { kinds[$0] } ?? otherKind
    }

    /// The style of each layer of `layers`: from `layers`, else the signed style or the next
    /// palette colour.
    func layerStyles(_ layers: [DiagramContent.LayerInfo]) -> [LayerID: LayerStyle] {
        var result: [LayerID: LayerStyle] = [:]
        var next = 0
        for layer in layers {
            if let known = self.layers[layer.id] {
                result[layer.id] = known
            } else if layer.isSigned {
                result[layer.id] = signedLayer
            } else {
                let color = layerPalette.isEmpty ? "#555555" : layerPalette[next % layerPalette.count]
                next += 1
                result[layer.id] = LayerStyle(color: color)
            }
        }
        return result
    }
}
