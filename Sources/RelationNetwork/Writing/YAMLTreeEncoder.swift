import Yams

/// Encodes a value to a Yams `Node` tree in time linear in its size.
///
/// Yams' `YAMLEncoder` stores each container's node as a value and writes every finished element
/// back into its parent's sequence through a copy of that sequence, so encoding an array of n
/// elements costs O(n²) (10,000 relations took 3.6 s, 100,000 over 5 minutes). This encoder keeps
/// the tree in reference-type slots and builds the `Node` once at the end; scalars are boxed
/// exactly as Yams boxes them (`YAMLEncodable.box()`), so the emitted text is the same.
enum YAMLTreeEncoder {
    static func node(for value: some Encodable) throws -> Node {
        let root = TreeSlot()
        try TreeEncoder(slot: root, codingPath: []).encodeValue(value)
        return root.node()
    }
}

/// One node under construction.
final class TreeSlot {
    enum Content {
        case unset
        case scalar(Node)
        case mapping([(key: String, value: TreeSlot)])
        case sequence([TreeSlot])
    }

    var content = Content.unset

    /// YAML's null, as Yams' encoder writes it.
    static var null: Node { Node("null", Tag(.null)) }

    /// The finished node (an unset slot, e.g. an empty single-value container, is null).
    func node() -> Node {
        switch content {
        case .unset: return TreeSlot.null
        case let .scalar(node): return node
        case let .mapping(pairs): return Node(pairs.map { (Node($0.key), $0.value.node()) })
        case let .sequence(items): return Node(items.map { $0.node() })
        }
    }

    func append(key: String) -> TreeSlot {
        let child = TreeSlot()
        if case var .mapping(pairs) = content {
            content = .unset  // release the array so the append below does not copy it
            pairs.append((key, child))  // the model's encoders write each key once
            content = .mapping(pairs)
        } else {
            content = .mapping([(key, child)])
        }
        return child
    }

    func appendItem() -> TreeSlot {
        let child = TreeSlot()
        if case var .sequence(items) = content {
            content = .unset
            items.append(child)
            content = .sequence(items)
        } else {
            content = .sequence([child])
        }
        return child
    }

    var count: Int {
        switch content {
        case let .sequence(items): items.count
        case let .mapping(pairs): pairs.count
        default: 0
        }
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
        if let scalar = value as? any YAMLEncodable {
            slot.content = .scalar(scalar.box())
        } else {
            try value.encode(to: self)
        }
    }
}

private struct KeyedTreeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let slot: TreeSlot
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws {
        slot.append(key: key.stringValue).content = .scalar(TreeSlot.null)
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

    mutating func encodeNil() throws { next().slot.content = .scalar(TreeSlot.null) }

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

    mutating func encodeNil() throws { slot.content = .scalar(TreeSlot.null) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try TreeEncoder(slot: slot, codingPath: codingPath).encodeValue(value)
    }
}
