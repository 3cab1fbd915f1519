import Foundation
import Yams

/// A JSON value with ordered object members, used to carry structured fields (citations, figures,
/// sources, …) through the interchange formats and to write node-link JSON deterministically.
public indirect enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    /// Members in the order they are written.
    case object([Member])

    /// One member of a JSON object.
    public struct Member: Hashable, Sendable {
        public var key: String
        public var value: JSONValue

        public init(_ key: String, _ value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// The value of member `key` of an object, or `nil`.
    public subscript(key: String) -> JSONValue? {
        guard case let .object(members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// The value as a number, when it is one.
    public var number: Double? {
        switch self {
        case let .int(value): Double(value)
        case let .double(value): value
        default: nil
        }
    }

    /// Compact JSON text (no spaces), as stored in GraphML and GEXF string attributes.
    public var compactText: String {
        var out = ""
        write(to: &out, indent: nil, depth: 0)
        return out
    }

    /// Indented JSON text (two spaces per level), members in their stored order.
    public var prettyText: String {
        var out = ""
        write(to: &out, indent: "  ", depth: 0)
        return out
    }

    private func write(to out: inout String, indent: String?, depth: Int) {
        switch self {
        case .null: out += "null"
        case let .bool(value): out += value ? "true" : "false"
        case let .int(value): out += String(value)
        case let .double(value): out += Self.numberText(value)
        case let .string(value): Self.writeString(value, to: &out)
        case let .array(items):
            writeContainer(items, open: "[", close: "]", to: &out, indent: indent, depth: depth) { item, out in
                item.write(to: &out, indent: indent, depth: depth + 1)
            }
        case let .object(members):
            writeContainer(members, open: "{", close: "}", to: &out, indent: indent, depth: depth) { member, out in
                Self.writeString(member.key, to: &out)
                out += indent == nil ? ":" : ": "
                member.value.write(to: &out, indent: indent, depth: depth + 1)
            }
        }
    }

    private func writeContainer<T>(
        _ items: [T], open: String, close: String, to out: inout String, indent: String?, depth: Int,
        _ writeItem: (T, inout String) -> Void
    ) {
        out += open
        guard !items.isEmpty else {
            out += close
            return
        }
        for (i, item) in items.enumerated() {
            if i > 0 { out += "," }
            if let indent { out += "\n" + String(repeating: indent, count: depth + 1) }
            writeItem(item, &out)
        }
        if let indent { out += "\n" + String(repeating: indent, count: depth) }
        out += close
    }

    /// The shortest text that reads back as the same double (`0.4`, `3`, `1e-05`).
    static func numberText(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return value.description
    }

    private static func writeString(_ text: String, to out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x2028 || scalar.value == 0x2029:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}

extension JSONValue {
    /// The value of an `Encodable` model item, spelled as in the native schema.
    static func encoding(_ value: some Encodable) throws -> JSONValue {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try parse(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    /// Parses JSON text (with YAML's parser, which keeps member order).
    /// - Throws: `JSONTextError` with the line and column of the problem.
    public static func parse(_ text: String) throws(JSONTextError) -> JSONValue {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            throw (error as? YamlError).map(JSONTextError.init(yaml:))
                ?? JSONTextError(message: "malformed JSON: \(error)", line: 1, column: 1)
        }
        guard let node else { throw JSONTextError(message: "empty JSON text", line: 1, column: 1) }
        return JSONValue(node: node)
    }

    /// Converts a composed YAML/JSON node: quoted scalars are strings, plain scalars are
    /// `null`, booleans, integers or doubles when they read as such.
    init(node: Node) {
        switch node {
        case let .scalar(scalar):
            guard scalar.style == .plain else {
                self = .string(scalar.string)
                return
            }
            let text = scalar.string
            if ["", "~", "null", "Null", "NULL"].contains(text) {
                self = .null
            } else if text == "true" || text == "false" {
                self = .bool(text == "true")
            } else if let value = Int(text) {
                self = .int(value)
            } else if let value = Double(text), text.contains(where: \.isNumber) {
                self = .double(value)
            } else {
                self = .string(text)
            }
        case let .sequence(items):
            self = .array(items.map(JSONValue.init(node:)))
        case let .mapping(mapping):
            self = .object(mapping.map { Member($0.key.string ?? "", JSONValue(node: $0.value)) })
        case let .alias(alias):
            self = .string(alias.anchor.rawValue)
        }
    }
}

/// JSON text that could not be parsed, with the position of the problem inside the text.
public struct JSONTextError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var line: Int
    public var column: Int

    public init(message: String, line: Int, column: Int) {
        self.message = message
        self.line = line
        self.column = column
    }

    init(yaml error: YamlError) {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            self.init(message: "malformed JSON: \(problem)", line: mark.line, column: mark.column)
        case let .reader(problem, _, _, _):
            self.init(message: "unreadable text: \(problem)", line: 1, column: 1)
        default:
            self.init(message: "malformed JSON: \(error)", line: 1, column: 1)
        }
    }

    public var description: String { "\(line):\(column): \(message)" }
}
