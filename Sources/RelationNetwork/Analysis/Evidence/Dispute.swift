/// Sources that disagree about one relation: on its dates, its strength, its existence or a
/// figure — or a relation dated outside the existence an endpoint entity is given.
///
/// Disagreement is kept, never merged away: the relation stays one relation (counted once in every
/// projection) with all its claims, and the dispute says who says what.
public struct Dispute: Sendable, Hashable, Encodable {
    /// What the sources disagree on.
    public enum Kind: String, Sendable, Hashable, Encodable {
        /// Supporting claims date the tie differently.
        case dating
        /// Asserting claims give the tie different strengths.
        case strength
        /// Some claims support the tie, others deny it.
        case existence
        /// Figures with the same measure have different values.
        case figure
        /// A claim dates the tie outside an endpoint's own existence (`since`/`until`).
        case entityDating = "entity_dating"
    }

    /// One party to the dispute: a source's claim (or an entity's own dates) and what it says.
    public struct Position: Sendable, Hashable, Encodable {
        /// The source id (`nil` for an entity's own, uncited dates).
        public let source: String?
        public let paragraph: Int?
        public let evidence: String?
        public let stance: Stance?
        /// What it says: "since 2014", "strength 0.5", "denies", "share of imports = 0.4".
        public let says: String
        /// The claim itself (`nil` for an entity's own dates).
        public let citation: Citation?

        enum CodingKeys: String, CodingKey { case source, paragraph, evidence, stance, says }

        /// A source's claim.
        init(_ claim: Citation, says: String) {
            (source, paragraph, evidence, stance, citation) = (claim.source, claim.paragraph, claim.evidence, claim.stance, claim)
            self.says = says
        }

        /// An entity's own, uncited dates.
        init(entityDates says: String) {
            (source, paragraph, evidence, stance, citation) = (nil, nil, nil, nil, nil)
            self.says = says
        }
    }

    public let kind: Kind
    /// The relation's id, or `from→to:layer` when it has none.
    public let relation: String
    public let from: String
    public let to: String
    public let layer: LayerID
    public let positions: [Position]

    /// "r001 (KAZ → EEU, member_of), dating: noonan-2016 ¶5: since 2014; starr-2014 ¶8: since 2015-01-01".
    public var summary: String {
        let parts = positions.map { position in
            (position.source.map { "\($0) ¶\(position.paragraph ?? 0)" } ?? "own dates") + ": " + position.says
        }
        return "\(relation) (\(from) → \(to), \(layer)), \(kind.rawValue): " + parts.joined(separator: "; ")
    }
}
