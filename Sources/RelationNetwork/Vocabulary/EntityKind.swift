/// What an entity is: a state, a bloc, an agreement, … — or a kind a file declares.
public struct EntityKind: OpenVocabulary {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let state: EntityKind = "state"
    public static let bloc: EntityKind = "bloc"
    public static let agreement: EntityKind = "agreement"
    public static let organization: EntityKind = "organization"
    public static let initiative: EntityKind = "initiative"
    public static let corridor: EntityKind = "corridor"
    public static let person: EntityKind = "person"
    public static let event: EntityKind = "event"
    public static let company: EntityKind = "company"
    public static let region: EntityKind = "region"

    /// The kinds every file may use without declaring them, in display order.
    public static let builtIn: [EntityKind] = [
        .state, .bloc, .agreement, .organization, .initiative, .corridor, .person, .event, .company, .region,
    ]

    /// Kinds whose entities others can be members of: the targets of declared memberships that
    /// make a formal bloc (see ``RelationNetwork/blocMemberships``).
    public static let blocLike: Set<EntityKind> = [.bloc, .organization]
}
