import Foundation
import RelationNetwork

/// The human-readable and CSV forms of a figure table (JSON comes from the value itself).
extension FigureTable {
    private var headline: String {
        "Quantitative claims" + (entity.map { " about \($0.label) (\($0.id))" } ?? "") + ": \(figures.count)"
    }

    func table() -> String {
        guard !figures.isEmpty else { return headline + "\n" }
        var table = TextTable(["tie", "measure", "value", "period", "source ¶"], alignments: [.left, .left, .right, .left, .left])
        for figure in figures {
            let value = (figure.qualifier.map { $0 + " " } ?? "") + TextFormatting.number(figure.value) + (figure.unit.map { " " + $0 } ?? "")
            table.append([
                "\(figure.from) → \(figure.to) (\(figure.layer))", String(figure.measure.prefix(40)), value, figure.period ?? "",
                "\(figure.source) ¶\(figure.paragraph)",
            ])
        }
        return headline + "\n\n" + table.rendered()
    }

    func markdown() -> String {
        let cell = TextFormatting.markdownEscaped
        var lines = ["## " + cell(headline), "", "| tie | measure | value | unit | qualifier | period | source | evidence |",
                     "|---|---|---:|---|---|---|---|---|"]
        for f in figures {
            lines.append("| \(cell(f.from)) → \(cell(f.to)) (\(f.layer)) | \(cell(f.measure)) | \(TextFormatting.number(f.value)) | "
                + "\(cell(f.unit ?? "")) | \(cell(f.qualifier ?? "")) | \(cell(f.period ?? "")) | \(cell(f.source)) ¶\(f.paragraph) | "
                + "“\(cell(f.evidence))” |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func csv() -> String {
        var lines = [CSVText.record([
            "relation", "from", "to", "layer", "measure", "value", "unit", "qualifier", "period", "source", "paragraph", "evidence",
        ])]
        for f in figures {
            lines.append(CSVText.record([
                f.relation, f.from, f.to, f.layer.rawValue, f.measure, "\(f.value)", f.unit ?? "", f.qualifier ?? "", f.period ?? "",
                f.source, String(f.paragraph), f.evidence,
            ]))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
