/// Escaping for the XML formats (GraphML, GEXF): text and attribute values that read back exactly.
enum XMLText {
    /// `text` as XML character data: `&`, `<`, `>` escaped, and `\r` as a character reference
    /// (parsers turn a raw CR into LF).
    /// - Throws: `InteropError` when the text holds a character XML 1.0 cannot represent.
    static func content(_ text: String, field: String) throws -> String {
        try escaped(text, field: field, quoting: false)
    }

    /// `text` as a double-quoted attribute value: also `"` escaped and tab, LF and CR as character
    /// references (parsers normalise raw ones to spaces).
    static func attribute(_ text: String, field: String) throws -> String {
        try escaped(text, field: field, quoting: true)
    }

    private static func escaped(_ text: String, field: String, quoting: Bool) throws -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quoting: out += "&quot;"
            case "\r": out += "&#13;"
            case "\n" where quoting: out += "&#10;"
            case "\t" where quoting: out += "&#9;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            default:
                guard isAllowed(scalar) else {
                    let code = String(scalar.value, radix: 16, uppercase: true)
                    throw InteropError("\(field): the character U+\(code) cannot be written in XML 1.0")
                }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether XML 1.0 allows the character (`Char` production, tab/LF/CR handled by the caller).
    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}

/// Builds indented XML text line by line (two spaces per level).
struct XMLLines {
    private(set) var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    private var depth = 0

    /// Appends one line at the current depth.
    mutating func line(_ content: String) {
        text += String(repeating: "  ", count: depth) + content + "\n"
    }

    /// Appends an opening tag line and goes one level deeper.
    mutating func open(_ tag: String) {
        line(tag)
        depth += 1
    }

    /// Goes one level up and appends a closing tag line.
    mutating func close(_ tag: String) {
        depth -= 1
        line(tag)
    }
}
