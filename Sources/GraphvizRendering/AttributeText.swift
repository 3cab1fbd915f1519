/// Turns arbitrary text into Graphviz attribute values that display exactly that text.
///
/// Graphviz interprets escapes in some attributes: in labels `\N`, `\G`, `\E`, `\T`, `\H`, `\L`
/// (object names), `\n`, `\l`, `\r` (line breaks), `\\` (a backslash) and HTML entities such as
/// `&amp;`; in tooltips the same, processed twice (line breaks first, then names). Values are
/// always set through `agsafeset`, never spliced into DOT text, so no text can change the graph's
/// structure; these functions make the *displayed* text equal the given text.
///
/// cgraph 2.4x writes a value ending in a backslash as `"…\"`, which its own parser reads as an
/// escaped quote; the escaped values therefore never end in a backslash (an invisible trailing
/// line break or space is added when they would).
enum AttributeText {
    /// A plain (non-HTML) `label`, `xlabel` or graph title.
    static func label(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "&": result += "&amp;"
            // The `\n` escape, not a raw newline: cgraph's parser drops a backslash-newline pair.
            case "\n": result += "\\n"
            case "\0": continue
            case "\r": continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        // `\n` at the very end adds no line; it keeps the value from ending in a backslash.
        if result.hasSuffix("\\") { result += "\\n" }
        return result
    }

    /// A `tooltip`: backslashes survive two rounds of escape processing.
    static func tooltip(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\\\\\"
            case "&": result += "&amp;"
            case "\n": result += "\\n"
            case "\0": continue
            case "\r": continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        if result.hasSuffix("\\") { result += " " }
        return result
    }

    /// An SVG `id` fragment: ASCII letters, digits, `-`, `_` and `.` kept, every other byte
    /// percent-encoded (so `%`, quotes, backslashes and spaces never reach Graphviz).
    static func identifier(_ text: String) -> String {
        percentEncoded(text, keeping: { $0.isASCIILetterOrDigit || Array("-_.".utf8).contains($0) })
    }

    /// One part of a composite SVG `id` such as `tie-FROM-TO`: as `identifier(_:)`, with `-`
    /// percent-encoded too, so the parts never run into each other.
    static func identifierPart(_ text: String) -> String {
        percentEncoded(text, keeping: { $0.isASCIILetterOrDigit || Array("_.".utf8).contains($0) })
    }

    /// A `URL`/`href` value. Graphviz 2.4x writes URLs into SVG without XML escaping, so every
    /// byte outside the RFC 3986 unreserved and delimiter characters (and `&`, `'`) is percent-encoded.
    static func url(_ text: String) -> String {
        let allowed: Set<UInt8> = Set(Array("-._~:/?#[]@!$()*+,;=%".utf8))
        return percentEncoded(text, keeping: { $0.isASCIILetterOrDigit || allowed.contains($0) })
    }

    /// Text for an HTML-like label: `&`, `<`, `>`, `"`, `'` as entities, newlines as `<BR/>`.
    static func html(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\n": result += "<BR/>"
            case "\0", "\r": continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func percentEncoded(_ text: String, keeping keep: (UInt8) -> Bool) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        for byte in text.utf8 {
            if keep(byte) {
                bytes.append(byte)
            } else {
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension UInt8 {
    fileprivate var isASCIILetterOrDigit: Bool {
        (0x30...0x39).contains(self) || (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self)
    }
}
