import Foundation

/// Number and text helpers shared by the human-readable formats (table and Markdown).
enum TextFormatting {
    /// A compact rendering for tables: integers as such, else six decimals or scientific notation.
    static func short(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e9 { return String(format: "%.0f", value) }
        if abs(value) >= 1e-3, abs(value) < 1e3 { return String(format: "%.6f", value) }
        return String(format: "%.3e", value)
    }

    /// A number for explanations: integers as such, else up to four significant decimals.
    static func number(_ value: Double) -> String {
        if !value.isFinite { return value > 0 ? "∞" : (value < 0 ? "-∞" : "nan") }
        if value == 0 { return "0" }
        if value == value.rounded(), abs(value) < 1e9 { return String(format: "%.0f", value) }
        if abs(value) >= 1e-3 { return String(format: "%.4g", value) }
        return String(format: "%.3e", value)
    }

    /// `value` with `digits` decimals.
    static func fixed(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }

    /// A Markdown table cell: pipes escaped, line breaks folded.
    static func markdownEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    /// `prefix` + `text`, wrapped at commas to `width` columns, continuation lines indented.
    static func wrapped(_ prefix: String, _ text: String, width: Int) -> String {
        let indent = String(repeating: " ", count: prefix.count)
        var lines: [String] = []
        var line = prefix
        for (i, piece) in text.components(separatedBy: ", ").enumerated() {
            let addition = (i == 0 ? "" : ", ") + piece
            if i > 0, line.count + addition.count > width {
                lines.append(line + ",")
                line = indent + piece
            } else {
                line += addition
            }
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }

    /// "ID (Label)", the label cut to 40 characters; the id alone when they are equal.
    static func named(_ id: String, _ label: String) -> String {
        guard id != label else { return id }
        return "\(id) (\(label.count > 40 ? label.prefix(39) + "…" : label))"
    }
}
