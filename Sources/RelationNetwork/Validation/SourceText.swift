import Foundation

/// The paragraphs of a source text, numbered as citations number them.
public struct SourceText: Sendable {
    /// Paragraph n (1-based) is `paragraphs[n - 1]`: the n-th line that is not blank once Unicode
    /// whitespace (U+00A0 included) is trimmed.
    public let paragraphs: [String]

    public init(text: String) {
        paragraphs = text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline)
            .map { String($0).trimmingWhitespace }
            .filter { !$0.isEmpty }
    }

    /// Reads a UTF-8 text file; `nil` when it is missing or not UTF-8.
    public init?(path: String) {
        guard let data = FileManager.default.contents(atPath: path),
            let text = String(data: data, encoding: .utf8)
        else { return nil }
        self.init(text: text)
    }

    /// Whether `phrase` occurs in paragraph `number` after folding both (see `fold`).
    public func paragraph(_ number: Int, contains phrase: String) -> Bool {
        guard paragraphs.indices.contains(number - 1) else { return false }
        return Self.fold(paragraphs[number - 1]).contains(Self.fold(phrase))
    }

    /// Folds text for evidence matching: lowercase, typographic quotes and dashes to ASCII, and
    /// every run of Unicode whitespace to one space, trimmed.
    public static func fold(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        var pendingSpace = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.unicodeScalars.append(" ")
                pendingSpace = false
            }
            result.unicodeScalars.append(foldedPunctuation[scalar] ?? scalar)
        }
        return result
    }

    private static let foldedPunctuation: [Unicode.Scalar: Unicode.Scalar] = [
        "\u{2018}": "'", "\u{2019}": "'", "\u{201A}": "'", "\u{201B}": "'", "\u{2032}": "'",
        "\u{201C}": "\"", "\u{201D}": "\"", "\u{201E}": "\"", "\u{201F}": "\"", "\u{2033}": "\"",
        "\u{00AB}": "\"", "\u{00BB}": "\"",
        "\u{2010}": "-", "\u{2011}": "-", "\u{2012}": "-", "\u{2013}": "-", "\u{2014}": "-",
        "\u{2015}": "-", "\u{2212}": "-",
    ]
}
