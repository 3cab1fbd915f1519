import CGraphviz
import RelationNetwork

/// The legend: an HTML-like table listing the kinds (shape and fill) and layers (line colour and
/// style) shown. Every name is entity-escaped, so names cannot change the table.
enum Legend {
    static func html(
        content: DiagramContent, style: DiagramStyle, layerStyles: [LayerID: DiagramStyle.LayerStyle],
        options: DiagramOptions
    ) -> String {
        let font = AttributeText.html(style.fontName)
        // `&#160;` also guarantees this string never equals an escaped plain value (where every
        // `&` is followed by `amp;`), so cgraph's shared string table cannot mix them up.
        var rows = ["<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>Legend</B>&#160;</TD></TR>"]
        if options.colorBy == .kind, !content.kinds.isEmpty {
            rows.append("<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><I>entity kinds</I></TD></TR>")
            for kind in content.kinds {
                let look = style.style(ofKind: kind)
                rows.append(
                    "<TR><TD BGCOLOR=\"\(AttributeText.html(look.fill))\" BORDER=\"1\" WIDTH=\"28\">&#160;</TD>"
                        + "<TD ALIGN=\"LEFT\">\(AttributeText.html(kind.rawValue)) (\(AttributeText.html(look.shape)))</TD></TR>")
            }
        } else if options.colorBy == .community {
            rows.append("<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><I>fill: community</I></TD></TR>")
            if !content.kinds.isEmpty {
                let shapes = content.kinds.map { "\($0) \(style.style(ofKind: $0).shape)" }
                rows.append("<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">\(AttributeText.html(shapes.joined(separator: ", ")))</TD></TR>")
            }
        } else if !content.kinds.isEmpty {
            rows.append("<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><I>entity kinds (shape)</I></TD></TR>")
            for kind in content.kinds {
                rows.append(
                    "<TR><TD>&#160;</TD><TD ALIGN=\"LEFT\">\(AttributeText.html(kind.rawValue)) "
                        + "(\(AttributeText.html(style.style(ofKind: kind).shape)))</TD></TR>")
            }
        }
        if !content.layers.isEmpty {
            rows.append("<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><I>relation layers</I></TD></TR>")
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
                rows.append(
                    "<TR><TD><FONT COLOR=\"\(AttributeText.html(look.color))\"><B>\(stroke)</B></FONT></TD>"
                        + "<TD ALIGN=\"LEFT\">\(AttributeText.html(layer.id.rawValue))\(marker)\(sign)</TD></TR>")
            }
            rows.append("<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><I>line width: strength</I></TD></TR>")
        }
        if let caption = options.sizeCaption, options.sizes != nil {
            rows.append("<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><I>size: \(AttributeText.html(caption))</I></TD></TR>")
        }
        if !options.highlightPath.isEmpty {
            rows.append(
                "<TR><TD><FONT COLOR=\"\(AttributeText.html(style.highlightColor))\"><B>━━━</B></FONT></TD>"
                    + "<TD ALIGN=\"LEFT\">highlighted path</TD></TR>")
        }
        return "<FONT FACE=\"\(font)\" POINT-SIZE=\"\(style.fontSize)\"><TABLE BORDER=\"1\" COLOR=\"#999999\" "
            + "CELLBORDER=\"0\" CELLSPACING=\"1\" CELLPADDING=\"2\" BGCOLOR=\"#ffffff\">" + rows.joined()
            + "</TABLE></FONT>"
    }
}

extension DiagramStyle {
    /// The style of plain graph edges (no layer).
    var otherLayerStyle: LayerStyle { LayerStyle(color: "#555555") }
}

extension Legend {
    /// Adds the legend as a group of ordinary nodes and edges: one node per kind (its shape and
    /// fill, labelled with the kind) and one short line per layer (its colour and style) beside the
    /// layer's name. Used with `dot`; it avoids clusters and HTML-like labels, whose
    /// parser and table sizing leak memory on every layout in Graphviz 2.4x.
    static func addGroup(
        to graph: CGraph, content: DiagramContent, style: DiagramStyle,
        layerStyles: [LayerID: DiagramStyle.LayerStyle], options: DiagramOptions
    ) throws {
        // A plain subgraph, not a cluster: dot in Graphviz 2.4x leaks its cluster skeleton on every
        // layout, so the legend groups its entries without a box and names itself with a title node.
        let sub = try graph.subgraph("legend")
        func plainNode(_ name: String, _ label: String) throws -> UnsafeMutablePointer<Agnode_t> {
            let node = try graph.node(name, in: sub)
            let object = UnsafeMutableRawPointer(node)
            try graph.set(object, "label", AttributeText.label(label))
            try graph.set(object, "fontname", style.fontName)
            try graph.set(object, "fontsize", DiagramBuilder.number(style.fontSize))
            try graph.set(object, "id", name.replacingOccurrences(of: "_", with: "-"))
            try graph.set(object, "tooltip", AttributeText.tooltip(label))
            return node
        }
        if options.colorBy != .community {
            for (i, kind) in content.kinds.enumerated() {
                let look = style.style(ofKind: kind)
                let object = UnsafeMutableRawPointer(try plainNode("legend_kind_\(i)", kind.rawValue))
                try graph.set(object, "shape", look.shape)
                try graph.set(object, "height", "0.35")
                try graph.set(object, "style", ["filled", look.extraStyle].compactMap { $0 }.joined(separator: ","))
                try graph.set(object, "fillcolor", options.colorBy == .kind ? look.fill : "#ffffff")
                try graph.set(object, "color", "#555555")
            }
        }
        var notes: [String] = []
        if options.colorBy == .community { notes.append("fill: community") }
        if !content.layers.isEmpty { notes.append("line width: strength") }
        if let caption = options.sizeCaption, options.sizes != nil { notes.append("size: \(caption)") }
        if !options.highlightPath.isEmpty { notes.append("bold red outline: path") }
        if !notes.isEmpty {
            let object = UnsafeMutableRawPointer(try plainNode("legend_notes", notes.joined(separator: "\n")))
            try graph.set(object, "shape", "plaintext")
        }
        for (i, layer) in content.layers.enumerated() {
            let look = layerStyles[layer.id] ?? style.otherLayerStyle
            let marker = layer.isDirected ? " →" : ""
            let sign = layer.isSigned && layer.id != .tension ? " (tension)" : ""
            let name = try plainNode("legend_layer_\(i)", layer.id.rawValue + marker + sign)
            try graph.set(UnsafeMutableRawPointer(name), "shape", "plaintext")
            try graph.set(UnsafeMutableRawPointer(name), "height", "0.25")
            let end = try graph.node("legend_layer_\(i)_end", in: sub)
            let endObject = UnsafeMutableRawPointer(end)
            try graph.set(endObject, "shape", "point")
            try graph.set(endObject, "width", "0.01")
            try graph.set(endObject, "style", "invis")
            try graph.set(endObject, "label", "")
            let edge = try graph.edge(from: name, to: end, name: "legend_\(i)", in: sub)
            let edgeObject = UnsafeMutableRawPointer(edge)
            try graph.set(edgeObject, "color", look.color)
            try graph.set(edgeObject, "style", look.lineStyle)
            try graph.set(edgeObject, "penwidth", "2.5")
            try graph.set(edgeObject, "minlen", "1")
            try graph.set(edgeObject, "arrowsize", "0.7")
            if !layer.isDirected { try graph.set(edgeObject, "dir", "none") }
            try graph.set(edgeObject, "id", "legend-edge-\(i)")
            try graph.set(edgeObject, "tooltip", AttributeText.tooltip(layer.id.rawValue))
        }
        // Created last: in a left-to-right layout dot stacks the entries upwards, so the title lands on top.
        let title = UnsafeMutableRawPointer(try plainNode("legend_title", "Legend"))
        try graph.set(title, "shape", "plaintext")
        try graph.set(title, "fontsize", DiagramBuilder.number(style.fontSize + 2))
    }
}
