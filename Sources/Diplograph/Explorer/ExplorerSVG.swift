/// Turns Graphviz's SVG into the explorer's inline drawing: the `data-` attributes the page reads
/// go on each vertex and edge group, and vertex links are removed (a vertex opens its details
/// instead of jumping to an anchor, and is one tab stop, not two).
///
/// Graphviz writes each vertex and edge as a group on a line of its own,
/// `<g id="entity&#45;KAZ" class="node">`, with its id XML-escaped; other lines pass unchanged.
enum ExplorerSVG {
    /// `svg` without its prolog, with `attributes[id]` added to the group whose (unescaped) id is
    /// `id`. Attribute values are HTML-escaped here.
    ///
    /// - Parameters:
    ///   - svg: Graphviz's SVG output.
    ///   - attributes: The attributes to add per SVG element id, in order.
    /// - Complexity: O(n) in the length of `svg`.
    static func annotated(_ svg: String, attributes: [String: [(name: String, value: String)]]) -> String {
        var lines: [Substring] = []
        for line in HTMLReportWriter.inlineSVG(svg).split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("<g id=\""), line.hasSuffix("class=\"node\">") || line.hasSuffix("class=\"edge\">"),
                let id = groupID(line), let added = attributes[id], !added.isEmpty
            {
                let text = added.map { " \($0.name)=\"\(escaped($0.value))\"" }.joined()
                lines.append(line.dropLast() + text + ">")
            } else if line.hasPrefix("<g id=\"a_"), let link = line.range(of: "<a xlink:href=\"") {
                // `<a xlink:href="#entity-KAZ" xlink:title="…">`: keep the tooltip, drop the link.
                guard let end = line[link.upperBound...].firstIndex(of: "\"") else {
                    lines.append(line)
                    continue
                }
                lines.append(line[..<link.lowerBound] + "<a" + line[line.index(after: end)...])
            } else {
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The unescaped value of the group's `id` attribute.
    private static func groupID(_ line: Substring) -> String? {
        let start = line.index(line.startIndex, offsetBy: 7)
        guard let end = line[start...].firstIndex(of: "\"") else { return nil }
        return xmlUnescaped(line[start..<end])
    }

    /// Text with XML character references (`&#45;`, `&#x2d;`) and the five named entities decoded.
    static func xmlUnescaped(_ text: Substring) -> String {
        var result = ""
        var rest = text[...]
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            guard let semicolon = rest[amp...].firstIndex(of: ";") else {
                rest = rest[amp...]
                break
            }
            let name = rest[rest.index(after: amp)..<semicolon]
            let decoded: String? =
                switch name {
                case "amp": "&"
                case "lt": "<"
                case "gt": ">"
                case "quot": "\""
                case "apos": "'"
                default:
                    if name.hasPrefix("#x") || name.hasPrefix("#X") {
                        UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
                    } else if name.hasPrefix("#") {
                        UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
                    } else {
                        nil
                    }
                }
            if let decoded {
                result += decoded
                rest = rest[rest.index(after: semicolon)...]
            } else {
                result += "&"
                rest = rest[rest.index(after: amp)...]
            }
        }
        return result + rest
    }
}
