import Foundation
import RelationNetwork

/// Rows of per-vertex values for several measures, sorted by the first measure (descending,
/// ties by id), rendered as a table, CSV, JSON or Markdown.
struct RankingTable {
    var measures: [String]
    var ids: [String]
    var labels: [String]
    /// `columns[m][v]`: measure `m` of vertex `v`.
    var columns: [[Double]]

    /// Vertex order: first measure descending, ties by id.
    var order: [Int] {
        ids.indices.sorted { a, b in
            let (x, y) = (columns.first?[a] ?? 0, columns.first?[b] ?? 0)
            return x != y ? x > y : ids[a] < ids[b]
        }
    }

    func rendered(as format: OutputFormat, top: Int?) -> String {
        let rows = Array(order.prefix(top ?? ids.count))
        switch format {
        case .table: return table(rows)
        case .markdown: return markdown(rows)
        case .csv: return csv(rows)
        case .json: return json(rows)
        }
    }

    private func table(_ rows: [Int]) -> String {
        let valueWidths = measures.map { max(10, $0.count) }
        let idWidth = min(16, max(2, rows.map { ids[$0].count }.max() ?? 2))
        let labelWidth = max(8, 78 - idWidth - 2 - valueWidths.reduce(0) { $0 + $1 + 2 })
        let showLabel = rows.contains { labels[$0] != ids[$0] }
        var table = TextTable(
            ["id"] + (showLabel ? ["name"] : []) + measures,
            alignments: [.left] + (showLabel ? [.left] : []) + measures.map { _ in .right })
        for v in rows {
            let values = columns.map { Self.short($0[v]) }
            table.append([String(ids[v].prefix(idWidth))] + (showLabel ? [String(labels[v].prefix(labelWidth))] : []) + values)
        }
        return table.rendered()
    }

    private func markdown(_ rows: [Int]) -> String {
        var lines = ["| id | name | " + measures.joined(separator: " | ") + " |"]
        lines.append("|---|---|" + measures.map { _ in "---:|" }.joined())
        for v in rows {
            let cells = [Self.markdownEscaped(ids[v]), Self.markdownEscaped(labels[v])] + columns.map { Self.short($0[v]) }
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func csv(_ rows: [Int]) -> String {
        var lines = [(["id", "label"] + measures).map(Self.csvField).joined(separator: ",")]
        for v in rows {
            lines.append(([Self.csvField(ids[v]), Self.csvField(labels[v])] + columns.map { "\($0[v])" }).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func json(_ rows: [Int]) -> String {
        let measureList = measures.map(jsonString).joined(separator: ", ")
        let rowTexts = rows.map { v in
            let fields = ["\"id\": \(jsonString(ids[v]))", "\"label\": \(jsonString(labels[v]))"]
                + zip(measures, columns).map { "\(jsonString($0)): \(jsonNumber($1[v]))" }
            return "    {" + fields.joined(separator: ", ") + "}"
        }
        return "{\n  \"measures\": [\(measureList)],\n  \"rows\": [\n" + rowTexts.joined(separator: ",\n") + "\n  ]\n}\n"
    }

    /// A compact rendering for tables: integers as such, else six decimals or scientific notation.
    static func short(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e9 { return String(format: "%.0f", value) }
        if abs(value) >= 1e-3, abs(value) < 1e3 { return String(format: "%.6f", value) }
        return String(format: "%.3e", value)
    }

    static func csvField(_ text: String) -> String {
        text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline })
            ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    static func markdownEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}

/// A JSON string literal for `text`.
func jsonString(_ text: String) -> String { JSONValue.string(text).compactText }

/// A JSON number for `value` (shortest round-trip form); non-finite values become `null`.
func jsonNumber(_ value: Double) -> String {
    value.isFinite ? "\(value)" : "null"
}
