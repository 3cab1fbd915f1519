/// The legend: an HTML-like table listing the kinds (shape and fill) and layers (line colour and
/// style) shown. Every name is entity-escaped, so names cannot change the table.
enum Legend {
    static func html(
        content: DiagramContent, style: DiagramStyle, layerStyles: [String: DiagramStyle.LayerStyle],
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
                        + "<TD ALIGN=\"LEFT\">\(AttributeText.html(kind)) (\(AttributeText.html(look.shape)))</TD></TR>")
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
                    "<TR><TD>&#160;</TD><TD ALIGN=\"LEFT\">\(AttributeText.html(kind)) "
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
                let sign = layer.isSigned && layer.id != "tension" ? " (tension)" : ""
                rows.append(
                    "<TR><TD><FONT COLOR=\"\(AttributeText.html(look.color))\"><B>\(stroke)</B></FONT></TD>"
                        + "<TD ALIGN=\"LEFT\">\(AttributeText.html(layer.id))\(marker)\(sign)</TD></TR>")
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
