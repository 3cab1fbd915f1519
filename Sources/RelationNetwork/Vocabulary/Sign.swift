/// Whether a relation is cooperation or tension.
public enum Sign: Int, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    case tension = -1
    case cooperation = 1

    public static func < (a: Sign, b: Sign) -> Bool { a.rawValue < b.rawValue }
    public var description: String { String(rawValue) }
}
