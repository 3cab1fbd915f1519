/// The attribute declarations of an attributed graph (GraphML `<key>`s, GEXF `<attribute>`s):
/// each name with one type, in a stable order (the model's fields first, then the rest sorted).
struct AttributeKeys {
    /// Where an attribute is used.
    enum Domain: String, CaseIterable {
        case graph, node, edge
    }

    /// The type an attribute is declared with.
    enum ValueType: String {
        case boolean, integer, double, string
    }

    /// One declared attribute.
    struct Key {
        var domain: Domain
        var name: String
        var type: ValueType
        /// Its position among all keys (for ids such as `d0`).
        var index: Int
    }

    private(set) var keys: [Key] = []
    private var lookup: [String: Int] = [:]

    init(_ graph: AttributedGraph, domains: [Domain] = Domain.allCases) {
        for domain in domains {
            let (lists, canonical): ([[AttributedGraph.Attribute]], [String]) =
                switch domain {
                case .graph: ([graph.attributes], InteropAttributes.graph)
                case .node: (graph.nodes.map(\.attributes), InteropAttributes.node)
                case .edge: (graph.edges.map(\.attributes), InteropAttributes.edge)
                }
            var types: [String: ValueType] = [:]
            for attribute in lists.joined() {
                let type = Self.type(of: attribute.value)
                if let known = types[attribute.name], known != type {
                    types[attribute.name] = Set([known, type]) == [.integer, .double] ? .double : .string
                } else {
                    types[attribute.name] = type
                }
            }
            let names = canonical.filter { types[$0] != nil } + types.keys.filter { !canonical.contains($0) }.sorted()
            for name in names {
                guard let type = types[name] else { continue }
                lookup[domain.rawValue + "\u{0}" + name] = keys.count
                keys.append(Key(domain: domain, name: name, type: type, index: keys.count))
            }
        }
    }

    /// The declaration of `name` in `domain`.
    func key(_ domain: Domain, _ name: String) -> Key? {
        lookup[domain.rawValue + "\u{0}" + name].map { keys[$0] }
    }

    /// The keys of one domain, in order.
    func keys(of domain: Domain) -> [Key] { keys.filter { $0.domain == domain } }

    private static func type(of value: AttributeValue) -> ValueType {
        switch value {
        case .bool: .boolean
        case .int: .integer
        case .double: .double
        case .string, .json: .string
        }
    }

    /// The lexical form of `value` under a declared `type` (integers widen to doubles).
    static func text(_ value: AttributeValue, as type: ValueType) -> String {
        if type == .double, case let .int(number) = value { return Double(number).description }
        return value.text
    }

    /// Reads `text` as a value of a declared type, or `nil` when it is not one.
    static func value(_ text: String, as type: ValueType) -> AttributeValue? {
        switch type {
        case .string:
            return .string(text)
        case .boolean:
            switch trimmed(text).lowercased() {
            case "true", "1": return .bool(true)
            case "false", "0": return .bool(false)
            default: return nil
            }
        case .integer:
            return Int(trimmed(text)).map(AttributeValue.int)
        case .double:
            return Double(trimmed(text)).map(AttributeValue.double)
        }
    }

    /// `text` without leading and trailing whitespace, as a slice (no copy: a million GraphML
    /// weights are read through here).
    private static func trimmed(_ text: String) -> Substring {
        var slice = Substring(text)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return slice
    }
}
