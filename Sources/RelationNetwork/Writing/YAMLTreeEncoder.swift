import Yams

/// Writes an `Encodable` value as block-style YAML in time linear in the output.
///
/// Not Yams' `YAMLEncoder`: it stores each container's node as a value and writes every finished
/// element back into its parent's sequence through a copy of that sequence, so an array of n
/// elements costs O(n²) (10,000 relations took 3.6 s, 100,000 over 5 minutes); and Yams' emitter
/// runs regular expressions on every scalar twice. This encoder keeps the tree in reference-type
/// slots and writes the text itself: keys in the order the value encodes them, strings plain when
/// they are plainly strings (letters, digits, spaces and harmless punctuation, not starting with a
/// digit or an indicator, not a null or boolean word) and double-quoted with escapes otherwise,
/// numbers in their shortest round-trip form.
enum YAMLTreeEncoder {
    static func text(for value: some Encodable) throws -> String {
        let root = TreeSlot()
        try TreeEncoder(slot: root, codingPath: []).encodeValue(value)
        var writer = YAMLTextWriter()
        writer.writeDocument(root)
        return writer.output
    }
}

/// A scalar: written plain (numbers, booleans, null) or as a string (plain or quoted as needed).
enum TreeScalar {
    case plain(String)
    case string(String)
}

/// One node under construction. Its arrays are stored properties of a class, so appending to
/// them never copies them.
final class TreeSlot {
    enum Content {
        case unset
        case scalar(TreeScalar)
        case mapping([(key: String, value: TreeSlot)])
        case sequence([TreeSlot])
    }

    private enum Kind { case unset, scalar, mapping, sequence }

    private var kind = Kind.unset
    private var scalar = TreeScalar.plain("null")
    private var pairs: [(key: String, value: TreeSlot)] = []
    private var items: [TreeSlot] = []

    var content: Content {
        get {
            switch kind {
            case .unset: .unset
            case .scalar: .scalar(scalar)
            case .mapping: .mapping(pairs)
            case .sequence: .sequence(items)
            }
        }
        set {
            switch newValue {
            case .unset: kind = .unset
            case let .scalar(value): (kind, scalar) = (.scalar, value)
            case let .mapping(value): (kind, pairs) = (.mapping, value)
            case let .sequence(value): (kind, items) = (.sequence, value)
            }
        }
    }

    func append(key: String) -> TreeSlot {
        let child = TreeSlot()
        if kind != .mapping { (kind, pairs) = (.mapping, []) }
        pairs.append((key, child))  // the model's encoders write each key once
        return child
    }

    func appendItem() -> TreeSlot {
        let child = TreeSlot()
        if kind != .sequence { (kind, items) = (.sequence, []) }
        items.append(child)
        return child
    }

    var count: Int {
        switch kind {
        case .sequence: items.count
        case .mapping: pairs.count
        default: 0
        }
    }
}

/// Block-style YAML text of a slot tree (two-space indent, sequences in mappings not indented, as
/// libyaml writes them).
struct YAMLTextWriter {
    private(set) var output = ""

    mutating func writeDocument(_ root: TreeSlot) {
        switch root.content {
        case let .mapping(pairs) where !pairs.isEmpty:
            writePairs(pairs, indent: 0, firstInline: false)
        case let .sequence(items) where !items.isEmpty:
            for item in items {
                output += "-"
                writeItem(item, indent: 2)
            }
        default:
            writeInline(root)
            output += "\n"
        }
    }

    private mutating func pad(_ indent: Int) {
        output += String(repeating: " ", count: indent)
    }

    /// An empty collection or a scalar, on the current line.
    private mutating func writeInline(_ slot: TreeSlot) {
        switch slot.content {
        case .unset: output += "null"
        case let .scalar(.plain(text)): output += text
        case let .scalar(.string(text)): writeString(text)
        case .mapping: output += "{}"
        case .sequence: output += "[]"
        }
    }

    private mutating func writePairs(_ pairs: [(key: String, value: TreeSlot)], indent: Int, firstInline: Bool) {
        for (i, pair) in pairs.enumerated() {
            if i > 0 || !firstInline { pad(indent) }
            writeString(pair.key)
            output += ":"
            switch pair.value.content {
            case let .mapping(inner) where !inner.isEmpty:
                output += "\n"
                writePairs(inner, indent: indent + 2, firstInline: false)
            case let .sequence(items) where !items.isEmpty:
                output += "\n"
                for item in items {
                    pad(indent)
                    output += "-"
                    writeItem(item, indent: indent + 2)
                }
            default:
                output += " "
                writeInline(pair.value)
                output += "\n"
            }
        }
    }

    /// A sequence item, after its `-`; its content starts at column `indent`.
    private mutating func writeItem(_ slot: TreeSlot, indent: Int) {
        output += " "
        switch slot.content {
        case let .mapping(pairs) where !pairs.isEmpty:
            writePairs(pairs, indent: indent, firstInline: true)
        case let .sequence(items) where !items.isEmpty:
            for (i, item) in items.enumerated() {
                if i > 0 { pad(indent) }
                output += "-"
                writeItem(item, indent: indent + 2)
            }
        default:
            writeInline(slot)
            output += "\n"
        }
    }

    private mutating func writeString(_ text: String) {
        if Self.isPlain(text) {
            output += text
        } else {
            Self.writeQuoted(text, to: &output)
        }
    }

    /// Words YAML 1.1 resolvers read as null or booleans.
    private static let reservedWords: Set<String> = [
        "null", "~", "true", "false", "yes", "no", "on", "off", "y", "n",
    ]

    /// Whether `text` can be written plain and read back as the same string: non-empty, no edge
    /// spaces, only letters, digits, marks, spaces and ASCII punctuation that means nothing in a
    /// plain scalar, starting with a letter (so no number, date or indicator), not a reserved word.
    static func isPlain(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
            first.properties.isAlphabetic, last != " "
        else { return false }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", " ", "_", "-", ".", "/", "(", ")", "+", ";", "=", "$", "^", "~", "!", "?", "'", ",":
                continue
            default:
                guard scalar.value > 0x7F else { return false }
                switch scalar.properties.generalCategory {
                case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                    .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
                    continue
                default:
                    return false
                }
            }
        }
        return !reservedWords.contains(text.lowercased())
    }

    /// `text` double-quoted, with `"`, `\\`, control characters, DEL, NEL, the line and paragraph
    /// separators and the byte order mark escaped.
    static func writeQuoted(_ text: String, to output: inout String) {
        output += "\""
        var run = text.unicodeScalars.startIndex
        var index = run
        let scalars = text.unicodeScalars
        func flush(upTo end: String.UnicodeScalarView.Index) {
            if run < end { output += Substring(scalars[run..<end]) }
        }
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let escape: String?
            switch scalar {
            case "\"": escape = "\\\""
            case "\\": escape = "\\\\"
            case "\n": escape = "\\n"
            case "\t": escape = "\\t"
            case "\r": escape = "\\r"
            case "\u{0}": escape = "\\0"
            case "\u{85}": escape = "\\N"
            case "\u{2028}": escape = "\\L"
            case "\u{2029}": escape = "\\P"
            case "\u{FEFF}": escape = "\\uFEFF"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    escape = "\\x" + (hex.count == 1 ? "0" + hex : hex)
                } else {
                    escape = nil
                }
            }
            if let escape {
                flush(upTo: index)
                output += escape
                run = scalars.index(after: index)
            }
            index = scalars.index(after: index)
        }
        flush(upTo: scalars.endIndex)
        output += "\""
    }
}

private struct IndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "\(intValue ?? 0)" }
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.intValue = intValue }
}

private struct TreeEncoder: Encoder {
    let slot: TreeSlot
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .unset = slot.content { slot.content = .mapping([]) }
        return KeyedEncodingContainer(KeyedTreeContainer<Key>(slot: slot, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .unset = slot.content { slot.content = .sequence([]) }
        return UnkeyedTreeContainer(slot: slot, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleTreeContainer(slot: slot, codingPath: codingPath)
    }

    func encodeValue(_ value: some Encodable) throws {
        switch value {
        case let text as String: slot.content = .scalar(.string(text))
        case let flag as Bool: slot.content = .scalar(.plain(flag ? "true" : "false"))
        case let number as DecimalNumber: slot.content = .scalar(.plain(Self.decimal(number.value)))
        case let number as Double: slot.content = .scalar(.plain(Self.decimal(number)))
        case let number as any BinaryInteger: slot.content = .scalar(.plain("\(number)"))
        case let other as any YAMLEncodable:
            // Not used by the model (dates, URLs, data): their text, as a string.
            slot.content = .scalar(.string(other.box().string ?? ""))
        default:
            try value.encode(to: self)
        }
    }

    /// The shortest round-trip decimal form (`0.5`, `1.0`), and YAML's `.inf`, `-.inf`, `.nan`.
    static func decimal(_ value: Double) -> String {
        if value.isNaN { return ".nan" }
        if value.isInfinite { return value < 0 ? "-.inf" : ".inf" }
        return "\(value)"
    }
}

private struct KeyedTreeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let slot: TreeSlot
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws {
        slot.append(key: key.stringValue).content = .unset
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try TreeEncoder(slot: slot.append(key: key.stringValue), codingPath: codingPath + [key]).encodeValue(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        TreeEncoder(slot: slot.append(key: key.stringValue), codingPath: codingPath + [key]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        TreeEncoder(slot: slot.append(key: key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        TreeEncoder(slot: slot.append(key: "super"), codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        TreeEncoder(slot: slot.append(key: key.stringValue), codingPath: codingPath + [key])
    }
}

private struct UnkeyedTreeContainer: UnkeyedEncodingContainer {
    let slot: TreeSlot
    let codingPath: [any CodingKey]
    var count: Int { slot.count }

    private func next() -> TreeEncoder {
        let key = IndexKey(count)
        return TreeEncoder(slot: slot.appendItem(), codingPath: codingPath + [key])
    }

    mutating func encodeNil() throws { next().slot.content = .unset }

    mutating func encode<T: Encodable>(_ value: T) throws { try next().encodeValue(value) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        next().container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { next().unkeyedContainer() }

    mutating func superEncoder() -> any Encoder { next() }
}

private struct SingleTreeContainer: SingleValueEncodingContainer {
    let slot: TreeSlot
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { slot.content = .unset }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try TreeEncoder(slot: slot, codingPath: codingPath).encodeValue(value)
    }
}
