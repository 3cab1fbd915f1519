import Foundation
import GraphAlgorithms
import Yams

/// Walks a composed YAML/JSON node tree, converting scalars and collecting located diagnostics
/// instead of stopping at the first problem.
final class NodeReader {
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var sourceMap: SourceMap

    init(file: String) {
        sourceMap = SourceMap(file: file)
    }

    var file: String { sourceMap.file }

    func location(of node: Node) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    func error(_ message: String, at node: Node, field: String) {
        diagnostics.append(Diagnostic(.error, at: location(of: node), field: field.isEmpty ? nil : field, message))
    }

    func error(_ message: String, at location: SourceLocation, field: String?) {
        diagnostics.append(Diagnostic(.error, at: location, field: field, message))
    }

    func recordItem(_ collection: SourceMap.Collection, fileIndex: Int) {
        sourceMap.appendItem(collection, fileIndex: fileIndex)
    }

    func record(_ path: String, _ node: Node) {
        sourceMap.record(path, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    /// Whether the node is an explicit null (`null`, `~` or an empty plain scalar).
    static func isNull(_ node: Node) -> Bool {
        guard case let .scalar(scalar) = node, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// The items of a sequence; reports and returns `nil` for any other node.
    func sequence(_ node: Node, path: String) -> [Node]? {
        record(path, node)
        guard case let .sequence(items) = node else {
            error("expected a list", at: node, field: path)
            return nil
        }
        return Array(items)
    }

    /// A reader over a mapping; reports and returns `nil` for any other node.
    func mapping(_ node: Node, path: String) -> MappingReader? {
        record(path, node)
        guard case let .mapping(mapping) = node else {
            error("expected a mapping of keys to values", at: node, field: path)
            return nil
        }
        var pairs: [(key: String, value: Node)] = []
        var seen: Set<String> = []
        for (keyNode, value) in mapping {
            guard case let .scalar(key) = keyNode else {
                error("keys must be plain strings", at: keyNode, field: path)
                continue
            }
            if !seen.insert(key.string).inserted {
                error("duplicate key '\(MessageToken.shown(key.string))'", at: keyNode, field: path + "." + key.string)
                continue
            }
            record(path + "." + key.string, value)
            pairs.append((key.string, value))
        }
        return MappingReader(reader: self, node: node, path: path, pairs: pairs)
    }

    func string(_ node: Node, path: String) -> String? {
        guard case let .scalar(scalar) = node else {
            error("expected a text value", at: node, field: path)
            return nil
        }
        return scalar.string
    }

    func double(_ node: Node, path: String) -> Double? {
        guard let text = string(node, path: path) else { return nil }
        let yamlSpecials: [String: Double] = [
            ".nan": .nan, ".NaN": .nan, ".NAN": .nan, ".inf": .infinity, ".Inf": .infinity,
            "+.inf": .infinity, "-.inf": -.infinity, "-.Inf": -.infinity,
        ]
        if let special = yamlSpecials[text] { return special }
        guard let value = Double(text.trimmingWhitespace) else {
            error("'\(MessageToken.shown(text))' is not a number", at: node, field: path)
            return nil
        }
        return value
    }

    func integer(_ node: Node, path: String) -> Int? {
        guard let text = string(node, path: path) else { return nil }
        guard let value = Int(text.trimmingWhitespace) else {
            error("'\(MessageToken.shown(text))' is not a whole number", at: node, field: path)
            return nil
        }
        return value
    }

    func bool(_ node: Node, path: String) -> Bool? {
        guard let text = string(node, path: path) else { return nil }
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default:
            error("'\(MessageToken.shown(text))' is not true or false", at: node, field: path)
            return nil
        }
    }

    func date(_ node: Node, path: String) -> PartialDate? {
        guard let text = string(node, path: path) else { return nil }
        guard let date = PartialDate(text.trimmingWhitespace) else {
            error("malformed date '\(MessageToken.shown(text))': expected YYYY, YYYY-MM or YYYY-MM-DD", at: node, field: path)
            return nil
        }
        return date
    }

    func strings(_ node: Node, path: String) -> [String]? {
        guard let items = sequence(node, path: path) else { return nil }
        return items.enumerated().compactMap { i, item in string(item, path: "\(path)[\(i)]") }
    }

    func stringMap(_ node: Node, path: String) -> [String: String]? {
        guard let reader = mapping(node, path: path) else { return nil }
        var result: [String: String] = [:]
        for (key, value) in reader.pairs {
            result[key] = string(value, path: path + "." + key)
        }
        return result
    }
}

/// Reads the fields of one mapping, remembering which keys were used so unknown keys are reported.
struct MappingReader {
    let reader: NodeReader
    let node: Node
    let path: String
    let pairs: [(key: String, value: Node)]

    func value(_ key: String) -> Node? {
        guard let node = pairs.first(where: { $0.key == key })?.value, !NodeReader.isNull(node) else {
            return nil
        }
        return node
    }

    func fieldPath(_ key: String) -> String { path + "." + key }

    /// Reports a missing required field.
    func missing(_ key: String) {
        reader.error("missing required field '\(key)'", at: node, field: path)
    }

    func requiredString(_ key: String) -> String? {
        guard let node = value(key) else {
            missing(key)
            return nil
        }
        return reader.string(node, path: fieldPath(key))
    }

    func optionalString(_ key: String) -> String? {
        value(key).flatMap { reader.string($0, path: fieldPath(key)) }
    }

    func optionalDate(_ key: String) -> PartialDate? {
        value(key).flatMap { reader.date($0, path: fieldPath(key)) }
    }

    func optionalBool(_ key: String) -> Bool? {
        value(key).flatMap { reader.bool($0, path: fieldPath(key)) }
    }

    /// Reports every key not in `known`.
    func rejectUnknownKeys(_ known: Set<String>) {
        for (key, value) in pairs where !known.contains(key) {
            let expected = known.sorted().joined(separator: ", ")
            reader.error("unknown field '\(MessageToken.shown(key))' (expected one of: \(expected))", at: value, field: fieldPath(key))
        }
    }
}

extension String {
    /// The text without leading and trailing Unicode whitespace (U+00A0 included).
    var trimmingWhitespace: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
