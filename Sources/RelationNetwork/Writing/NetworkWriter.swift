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
            return String(decoding: data, as: UTF8.self) + "\n"
        case .yaml:
            let encoder = YAMLEncoder()
            encoder.options.allowUnicode = true
            encoder.options.width = -1
            return try encoder.encode(self)
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
