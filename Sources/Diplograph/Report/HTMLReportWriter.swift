import RelationNetwork

/// Writes a `ReportDocument` as one self-contained HTML page: inline CSS, inline SVG, no external
/// assets. Citations link to the sources section.
struct HTMLReportWriter {
    let network: RelationNetwork

    func write(_ document: ReportDocument) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escaped(document.title))</title>
            <style>\(Self.style)</style>
            </head>
            <body>
            <header><h1>\(escaped(document.title))</h1><p class="subtitle">\(escaped(document.subtitle))</p></header>
            <nav><ol>
            """
        for section in document.sections {
            html += "<li><a href=\"#\(section.id)\">\(escaped(section.title))</a></li>"
        }
        html += "<li><a href=\"#sources\">Sources</a></li></ol></nav>\n<main>\n"
        for section in document.sections {
            html += "<section id=\"\(section.id)\"><h2>\(escaped(section.title))</h2>\n"
            for block in section.blocks { html += render(block) + "\n" }
            html += "</section>\n"
        }
        html += sources(document) + "</main>\n</body>\n</html>\n"
        return html
    }

    private func render(_ block: ReportBlock) -> String {
        switch block {
        case let .paragraph(text): return "<p>\(escaped(text))</p>"
        case let .note(text): return "<p class=\"note\">\(escaped(text))</p>"
        case let .subheading(text): return "<h3>\(escaped(text))</h3>"
        case let .list(items): return "<ul>" + items.map { "<li>\(cell($0))</li>" }.joined() + "</ul>"
        case let .svg(svg): return "<figure class=\"diagram\">\(Self.inlineSVG(svg))</figure>"
        case let .link(text, url): return "<p class=\"link\"><a href=\"\(escaped(url))\">\(escaped(text))</a></p>"
        case let .panel(svg): return "<figure class=\"diagram\">\(Self.inlineSVG(svg))</figure>"
        case let .legend(items):
            return "<ul class=\"legend\">" + items.map { item in
                let swatch = item.line.map { "border-top:3px \(escaped($0 == "dotted" || $0 == "dashed" ? $0 : "solid")) \(escaped(item.color))" }
                    ?? "background:\(escaped(item.color));border:1px solid #555"
                return "<li><span class=\"\(item.line == nil ? "swatch" : "stroke")\" style=\"\(swatch)\"></span>"
                    + "\(escaped(item.label))</li>"
            }.joined() + "</ul>"
        case let .table(table):
            var html = "<div class=\"table\"><table>"
            if let caption = table.caption { html += "<caption>\(escaped(caption))</caption>" }
            html += "<thead><tr>" + table.headers.enumerated().map { i, header in
                "<th\(table.numeric.contains(i) ? " class=\"num\"" : "")>\(escaped(header))</th>"
            }.joined() + "</tr></thead><tbody>"
            for row in table.rows {
                html += "<tr>" + row.enumerated().map { i, value in
                    "<td\(table.numeric.contains(i) ? " class=\"num\"" : "")>\(cell(value))</td>"
                }.joined() + "</tr>"
            }
            return html + "</tbody></table></div>"
        }
    }

    private func cell(_ cell: ReportCell) -> String {
        let links = cell.citations.map { "<a class=\"cite\" href=\"#cite-\($0)\">[\($0)]</a>" }.joined()
        return escaped(cell.text) + (links.isEmpty ? "" : "<sup>\(links)</sup>")
    }

    private func sources(_ document: ReportDocument) -> String {
        if network.sources.isEmpty && document.citations.isEmpty {
            return "<section id=\"sources\"><h2>Sources</h2>\n<p>\(escaped(NetworkReport.noSourcesSentence))</p></section>\n"
        }
        var html = "<section id=\"sources\"><h2>Sources</h2>\n<ul class=\"sources\">"
        for source in network.sources {
            var line = "<strong>\(escaped(source.title))</strong>"
            if let author = source.author { line += ", \(escaped(author))" }
            if let publisher = source.publisher { line += ", <em>\(escaped(publisher))</em>" }
            line += ", " + escaped(source.dateText)
            if let file = source.file { line += " <span class=\"file\">\(escaped(file))</span>" }
            html += "<li id=\"source-\(escaped(source.id))\">\(line)</li>"
        }
        html += "</ul>\n<h3>Citations</h3>\n<ol class=\"citations\">"
        for (i, citation) in document.citations.enumerated() {
            let title = network.source(withID: citation.source)?.title ?? citation.source
            var line = "<a href=\"#source-\(escaped(citation.source))\">\(escaped(title))</a>, ¶\(citation.paragraph): "
            line += "“\(escaped(citation.evidence))”"
            if let claim = citation.claim { line += " — \(escaped(claim))" }
            html += "<li id=\"cite-\(i + 1)\">\(line)</li>"
        }
        return html + "</ol></section>\n"
    }

    /// The SVG without its XML prolog and DOCTYPE, so it can sit inside HTML.
    static func inlineSVG(_ svg: String) -> String {
        guard let start = svg.range(of: "<svg") else { return "" }
        return String(svg[start.lowerBound...])
    }

    static let style = """
        body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2430;margin:0;background:#f6f7f9}
        header{background:#1f3a5f;color:#fff;padding:1.2em 2em}header h1{margin:0;font-size:1.6em}
        .subtitle{margin:.3em 0 0;opacity:.85}
        nav{background:#fff;border-bottom:1px solid #dde2e8;padding:.4em 2em}nav ol{margin:0;padding:0;list-style:none;display:flex;flex-wrap:wrap;gap:1.2em}
        nav a{color:#1f3a5f;text-decoration:none;font-weight:600}
        main{max-width:1100px;margin:0 auto;padding:1em 2em 3em}
        section{background:#fff;border:1px solid #dde2e8;border-radius:6px;padding:.6em 1.4em 1.2em;margin:1.2em 0}
        h2{color:#1f3a5f;border-bottom:2px solid #e3e8ef;padding-bottom:.2em}h3{color:#2d4a70;margin-top:1.4em}
        .table{overflow-x:auto}table{border-collapse:collapse;margin:.6em 0;font-size:.93em}
        caption{text-align:left;font-weight:600;padding:.3em 0;color:#44546a}
        th,td{border-bottom:1px solid #e6e9ee;padding:.25em .7em;text-align:left;vertical-align:top}
        th{background:#eef2f7}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
        sup{font-size:.7em}a.cite{color:#8a4b08;text-decoration:none;margin-left:1px}
        .note{color:#5b6675;font-size:.92em}
        figure.diagram{margin:0;overflow:auto;border:1px solid #e3e8ef;border-radius:4px}figure.diagram svg{max-width:100%;height:auto}
        ul.legend{list-style:none;padding:0;margin:.4em 0;display:flex;flex-wrap:wrap;gap:.2em 1.1em;font-size:.9em}
        ul.legend span{display:inline-block;vertical-align:middle;margin-right:.35em}
        span.swatch{width:1.1em;height:.8em}span.stroke{width:1.8em;height:0}
        ol.citations li,ul.sources li{margin:.2em 0}.file{color:#7b8594;font-size:.85em}
        """
}

/// `text` with the five HTML-special characters escaped.
func escaped(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text {
        switch character {
        case "&": result += "&amp;"
        case "<": result += "&lt;"
        case ">": result += "&gt;"
        case "\"": result += "&quot;"
        case "'": result += "&#39;"
        default: result.append(character)
        }
    }
    return result
}
