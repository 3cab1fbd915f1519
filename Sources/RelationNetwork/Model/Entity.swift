/// A vertex of the relation network: a state, bloc, agreement, corridor, person, …
public struct Entity: Hashable, Sendable, Identifiable {
    /// Short, stable id: `KAZ`, `EEU`, `EPCA-2015`.
    public var id: String
    public var kind: EntityKind
    public var name: String
    public var aliases: [String]
    /// When the entity came into (and went out of) existence.
    public var existence: ValidityInterval
    /// Free attributes, sorted by key when written.
    public var attributes: [String: String]

    public init(
        id: String, kind: EntityKind, name: String, aliases: [String] = [],
        existence: ValidityInterval = ValidityInterval(since: nil, until: nil),
        attributes: [String: String] = [:]
    ) {
        self.id = id
        self.kind = kind
        self.name = name
        self.aliases = aliases
        self.existence = existence
        self.attributes = attributes
    }
}
