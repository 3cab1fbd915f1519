/// A relation as results show it: its effective strength and dates (derived from its claims),
/// whether it is disputed, and its citations with their claims and the titles of their sources.
public struct RelationRecord: Sendable, Hashable, Encodable {
    /// A citation with its source's title and the claim it makes.
    public struct CitationRecord: Sendable, Hashable, Encodable {
        public let source: String
        public let title: String?
        public let paragraph: Int
        public let evidence: String
        public let claim: String?
        public let stance: Stance
        /// The dating this claim gives the tie (its own, else the relation's).
        public let since: String?
        public let until: String?
        /// The strength this claim gives the tie (its own, else the relation's).
        public let strength: Double
    }

    public let id: String?
    public let from: String
    public let to: String
    public let layer: LayerID
    public let strength: Double
    public let sign: Sign
    public let since: String?
    public let until: String?
    public let note: String?
    public let citations: [CitationRecord]
    /// Whether its sources disagree about it (see ``RelationNetwork/disputes(of:)``).
    public let disputed: Bool
    /// The quantitative claims about the tie.
    public let figures: [FigureRecord]
    /// The relation the record shows.
    public let relation: Relation

    enum CodingKeys: String, CodingKey {
        case id, from, to, layer, strength, sign, since, until, note, citations, disputed, figures
    }

    /// The record of `relation`, citations titled from `network`'s sources.
    public init(_ relation: Relation, in network: RelationNetwork) {
        self.relation = relation
        id = relation.id
        from = relation.from
        to = relation.to
        layer = relation.layer
        strength = relation.effectiveStrength
        sign = relation.sign
        let validity = relation.effectiveValidity
        since = validity.since?.description
        until = validity.until?.description
        note = relation.note
        citations = relation.citations.map { claim in
            let dating = relation.dating(of: claim)
            return CitationRecord(
                source: claim.source, title: network.source(withID: claim.source)?.title, paragraph: claim.paragraph,
                evidence: claim.evidence, claim: claim.claim, stance: claim.stance, since: dating.since?.description,
                until: dating.until?.description, strength: relation.strength(of: claim))
        }
        disputed = !network.disputes(of: relation).isEmpty
        figures = relation.figures.map { FigureRecord($0, on: relation, in: network) }
    }
}
