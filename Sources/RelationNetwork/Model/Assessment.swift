/// A source's own judgement of how heavy a tie is in one domain. Absences are facts too.
public struct Assessment: Hashable, Sendable {
    /// How heavy a source judges a tie to be.
    public enum Level: String, Hashable, Sendable, CaseIterable, Comparable {
        case none, light, moderate, heavy

        /// 0 for `none` up to 3 for `heavy`.
        public var rank: Int {
            switch self {
            case .none: 0
            case .light: 1
            case .moderate: 2
            case .heavy: 3
            }
        }

        public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rank < rhs.rank }
    }

    public var from: String
    public var to: String
    public var domain: Domain
    public var level: Level
    public var citation: Citation

    public init(from: String, to: String, domain: Domain, level: Level, citation: Citation) {
        self.from = from
        self.to = to
        self.domain = domain
        self.level = level
        self.citation = citation
    }
}
