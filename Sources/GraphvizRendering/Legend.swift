import RelationNetwork

/// The legend: an HTML-like table, the graph's label above the drawing, with the title on top
/// and the kinds (shape and fill) and layers (line colour and style) shown in rows of a few
/// entries. Every name is entity-escaped, so names cannot change the table.
enum Legend {
    /// Entries per row.
    static let columns = 6

    static func html(
        content: DiagramContent, style: DiagramStyle, layerStyles: [LayerID: DiagramStyle.LayerStyle],
        options: DiagramOptions
    ) -> String {
        let font = AttributeText.html(style.fontName)
        // `&#160;` also guarantees this string never equals an escaped plain value (where every
        // `&` is followed by `amp;`), so cgraph's shared string table cannot mix them up.
        var rows: [String] = []
        if let title = options.title, !title.isEmpty {
            rows.append(
                "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT POINT-SIZE=\"\(style.fontSize + 7)\">"
                    + "\(AttributeText.html(title))</FONT>&#160;</TD></TR>")
        }
        var kindCells: [String] = []
        if options.colorBy == .community {
            kindCells.append("<TD ALIGN=\"LEFT\"><I>fill: community</I></TD>")
        }
        for kind in content.kinds {
            let look = style.style(ofKind: kind)
            let fill = options.colorBy == .kind ? look.fill : "#ffffff"
            kindCells.append(
                "<TD BGCOLOR=\"\(AttributeText.html(fill))\" BORDER=\"1\" WIDTH=\"22\">&#160;</TD>"
                    + "<TD ALIGN=\"LEFT\">\(AttributeText.html(kind.rawValue)) (\(AttributeText.html(look.shape)))</TD>")
        }
        var layerCells: [String] = []
        for layer in content.layers {
            let look = layerStyles[layer.id] ?? style.otherLayerStyle
            let stroke: String
            switch look.lineStyle {
            case "dashed": stroke = "╸ ╸ ╸"
            case "dotted": stroke = "┅┅┅"
            default: stroke = "━━━"
            }
            let marker = layer.isDirected ? " →" : ""
            let sign = layer.isSigned && layer.id != .tension ? " (tension)" : ""
            layerCells.append(
                "<TD><FONT COLOR=\"\(AttributeText.html(look.color))\"><B>\(stroke)</B></FONT></TD>"
                    + "<TD ALIGN=\"LEFT\">\(AttributeText.html(layer.id.rawValue))\(marker)\(sign)</TD>")
        }
        var notes: [String] = []
        if !content.layers.isEmpty || !content.edges.isEmpty {
            notes.append(
                options.edges == .pairs
                    ? "one line per pair and direction: width = combined strength (\(options.tieStrength.rawValue)), "
                        + "one colour strand per layer, tension a red strand (red dashed when a tie is only tension)"
                    : "one line per relation: width = strength")
        }
        if let caption = options.sizeCaption, options.sizes != nil { notes.append("size: \(caption)") }
        if !options.highlightPath.isEmpty { notes.append("bold red outline: highlighted path") }
        if !kindCells.isEmpty { rows.append(grid(kindCells, caption: "entities")) }
        if !layerCells.isEmpty { rows.append(grid(layerCells, caption: "relations")) }
        if !notes.isEmpty {
            rows.append("<TR><TD ALIGN=\"LEFT\"><I>\(AttributeText.html(notes.joined(separator: "; ")))</I></TD></TR>")
        }
        return "<FONT FACE=\"\(font)\" POINT-SIZE=\"\(style.fontSize)\"><TABLE BORDER=\"0\" "
            + "CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"1\">" + rows.joined()
            + "</TABLE></FONT>"
    }

    /// One row holding a bordered table of `cells` (each a swatch and a name), `columns` per row.
    private static func grid(_ cells: [String], caption: String) -> String {
        var inner = ["<TR><TD ALIGN=\"LEFT\" COLSPAN=\"\(2 * columns)\"><I>\(caption)</I></TD></TR>"]
        var start = 0
        while start < cells.count {
            let slice = cells[start..<min(start + columns, cells.count)]
            inner.append("<TR>" + slice.joined() + "</TR>")
            start += columns
        }
        return "<TR><TD ALIGN=\"LEFT\"><TABLE BORDER=\"1\" COLOR=\"#999999\" CELLBORDER=\"0\" CELLSPACING=\"1\" "
            + "CELLPADDING=\"2\" BGCOLOR=\"#ffffff\">" + inner.joined() + "</TABLE></TD></TR>"
    }
}

extension DiagramStyle {
    /// The style of plain graph edges (no layer).
    var otherLayerStyle: LayerStyle { LayerStyle(color: "#555555") }
}

/// What a legend shows: the entity kinds and relation layers drawn, with their looks.
public struct LegendEntries: Sendable, Equatable {
    /// An entity kind and how its vertices look.
    public struct Kind: Sendable, Equatable {
        /// The kind.
        public let kind: EntityKind
        /// Its shape and fill.
        public let style: DiagramStyle.KindStyle
    }

    /// A relation layer and how its relations look.
    public struct Layer: Sendable, Equatable {
        /// The layer id.
        public let id: LayerID
        /// Its line colour and style.
        public let style: DiagramStyle.LayerStyle
        /// Whether its relations have a direction (drawn with an arrowhead).
        public let isDirected: Bool
    }

    /// The kinds drawn, in order of first appearance.
    public let kinds: [Kind]
    /// The layers drawn, in the network's order.
    public let layers: [Layer]
}
