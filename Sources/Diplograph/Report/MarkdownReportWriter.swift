import RelationNetwork

/// Writes a `ReportDocument` as Markdown; citations become `[n]` references to the sources list.
/// An inline SVG is written beside the report (its file name is given) and linked.
struct MarkdownReportWriter {
    let network: RelationNetwork
    /// File name the diagram is saved under, next to the report.
    let diagramFileName: String?

    func write(_ document: ReportDocument) -> String {
        var text = "# \(document.title)\n\n_\(document.subtitle)_\n\n"
        for section in document.sections {
            text += "## \(section.title)\n\n"
            for block in section.blocks { text += render(block) + "\n" }
        }
        text += "## Sources\n\n"
        if network.sources.isEmpty && document.citations.isEmpty {
            return text + NetworkReport.noSourcesSentence + "\n"
        }
        for source in network.sources {
            var line = "- **\(source.title)**"
            if let author = source.author { line += ", \(author)" }
            if let publisher = source.publisher { line += ", _\(publisher)_" }
            line += ", " + source.dateText
            text += line + "\n"
        }
        text += "\n### Citations\n\n"
        for (i, citation) in document.citations.enumerated() {
            let title = network.source(withID: citation.source)?.title ?? citation.source
            text += "\(i + 1). \(title), ¶\(citation.paragraph): “\(citation.evidence)”"
            text += (citation.claim.map { " — \($0)" } ?? "") + "\n"
        }
        return text
    }

    private func render(_ block: ReportBlock) -> String {
        switch block {
        case let .paragraph(text): return text + "\n"
        case let .note(text): return "> " + text + "\n"
        case let .subheading(text): return "### \(text)\n"
        case let .list(items): return items.map { "- " + cell($0) }.joined(separator: "\n") + "\n"
        case .svg: return diagramFileName.map { "![Relation diagram](\($0))\n" } ?? ""
        case let .link(text, url): return "[\(text)](<\(url)>)\n"
        case .panel: return "_A further diagram is in the HTML report._\n"
        case let .legend(items): return "Legend: " + items.map(\.label).joined(separator: "; ") + "\n"
        case let .table(table):
            var text = table.caption.map { "**\($0)**\n\n" } ?? ""
            text += "| " + table.headers.map(cellText).joined(separator: " | ") + " |\n"
            text += "|" + table.headers.indices.map { table.numeric.contains($0) ? "---:|" : "---|" }.joined() + "\n"
            for row in table.rows { text += "| " + row.map(cell).joined(separator: " | ") + " |\n" }
            return text
        }
    }

    private func cell(_ cell: ReportCell) -> String {
        cellText(cell.text) + cell.citations.map { "[\($0)]" }.joined()
    }

    private func cellText(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
