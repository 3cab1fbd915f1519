/// A relation as results show it: its fields, its dates and its citations with the titles of
/// their sources.
public struct RelationRecord: Sendable, Hashable, Encodable {
    /// A citation with its source's title.
    public struct CitationRecord: Sendable, Hashable, Encodable {
        public let source: String
        public let title: String?
        public let paragraph: Int
        public let evidence: String
        public let claim: String?
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
    /// The relation the record shows.
    public let relation: Relation

    enum CodingKeys: String, CodingKey {
        case id, from, to, layer, strength, sign, since, until, note, citations
    }

    /// The record of `relation`, citations titled from `network`'s sources.
    public init(_ relation: Relation, in network: RelationNetwork) {
        self.relation = relation
        id = relation.id
        from = relation.from
        to = relation.to
        layer = relation.layer
        strength = relation.strength
        sign = relation.sign
        since = relation.validity.since?.description
        until = relation.validity.until?.description
        note = relation.note
        citations = relation.citations.map {
            CitationRecord(
                source: $0.source, title: network.source(withID: $0.source)?.title, paragraph: $0.paragraph,
                evidence: $0.evidence, claim: $0.claim)
        }
    }
}
