import Foundation
import Yams

extension RelationNetwork {
    /// The network in the native schema, as YAML or JSON text (deterministic: same network, same bytes).
    public func encoded(as format: NetworkFormat) throws -> String {
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(self)
            return escapingYAMLControls(String(decoding: data, as: UTF8.self)) + "\n"
        case .yaml:
            // Not `YAMLEncoder`: it is quadratic in the length of arrays (see `YAMLTreeEncoder`).
            return try YAMLTreeEncoder.text(for: self)
        }
    }
}

/// A number written in its shortest round-trip decimal form (`0.5`, not YAML's default `5e-1`).
struct DecimalNumber: YAMLEncodable {
    let value: Double

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }

    func box() -> Node {
        Node("\(value)", Tag(.float))
    }
}

/// JSON text with DEL (U+007F) and NEL (U+0085) written as `\u` escapes: `JSONEncoder` writes
/// them raw, which JSON allows, but the YAML parser that reads native files rejects DEL and reads
/// NEL as a line break. They can only occur inside strings, where the escape means the same.
func escapingYAMLControls(_ json: String) -> String {
    guard json.unicodeScalars.contains(where: { $0 == "\u{7F}" || $0 == "\u{85}" }) else { return json }
    var result = String.UnicodeScalarView()
    for scalar in json.unicodeScalars {
        switch scalar {
        case "\u{7F}": result.append(contentsOf: "\\u007f".unicodeScalars)
        case "\u{85}": result.append(contentsOf: "\\u0085".unicodeScalars)
        default: result.append(scalar)
        }
    }
    return String(result)
}
