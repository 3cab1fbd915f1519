/// A word of an open vocabulary: a string-backed value with well-known constants that files may
/// extend (entity kinds, layer ids, domains), in the manner of swift-system's `Errno`.
///
/// Conforming types declare only their storage; comparison, literals, printing and coding come
/// from here. Values compare and sort by their raw text.
public protocol OpenVocabulary: RawRepresentable, Hashable, Comparable, Sendable, Codable,
    ExpressibleByStringLiteral, CustomStringConvertible where RawValue == String
{
    init(rawValue: String)
}

extension OpenVocabulary {
    public init(_ text: String) { self.init(rawValue: text) }
    public init(stringLiteral value: String) { self.init(rawValue: value) }
    public var description: String { rawValue }
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }

    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
