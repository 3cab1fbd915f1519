import Foundation
import RelationNetwork

/// The human-readable and CSV forms of a centrality table (JSON comes from the table itself).
extension CentralityTable {
    func table() -> String {
        let names = measures.map(\.rawValue)
        let valueWidths = names.map { max(10, $0.count) }
        let idWidth = min(16, max(2, rows.map(\.id.count).max() ?? 2))
        let labelWidth = max(8, 78 - idWidth - 2 - valueWidths.reduce(0) { $0 + $1 + 2 })
        let showLabel = rows.contains { $0.label != $0.id }
        var table = TextTable(
            ["id"] + (showLabel ? ["name"] : []) + names,
            alignments: [.left] + (showLabel ? [.left] : []) + names.map { _ in .right })
        for row in rows {
            table.append(
                [String(row.id.prefix(idWidth))] + (showLabel ? [String(row.label.prefix(labelWidth))] : [])
                    + row.values.map(TextFormatting.short))
        }
        return table.rendered()
    }

    func markdown() -> String {
        var lines = ["| id | name | " + measures.map(\.rawValue).joined(separator: " | ") + " |"]
        lines.append("|---|---|" + measures.map { _ in "---:|" }.joined())
        for row in rows {
            let cells = [TextFormatting.markdownEscaped(row.id), TextFormatting.markdownEscaped(row.label)]
                + row.values.map(TextFormatting.short)
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func csv() -> String {
        var lines = [CSVText.record(["id", "label"] + measures.map(\.rawValue))]
        for row in rows { lines.append(CSVText.record([row.id, row.label] + row.values.map { "\($0)" })) }
        return lines.joined(separator: "\n") + "\n"
    }
}
