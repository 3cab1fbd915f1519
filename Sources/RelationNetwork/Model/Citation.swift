/// Where a claim is stated — a paragraph of a source and a short evidence phrase copied from it —
/// and what the source claims about the tie: its stance and, optionally, its own dating and
/// strength.
///
/// A citation without claim fields asserts the relation with the relation's own dates and strength
/// (so `diplograph/1` files written before claims load unchanged). See ``Relation`` for the rule
/// that derives a relation's effective dates and strength from its claims.
public struct Citation: Hashable, Sendable {
    /// The id of the cited `Source`.
    public var source: String
    /// 1-based paragraph: the n-th line of the source file that is not blank once Unicode
    /// whitespace (U+00A0 included) is trimmed.
    public var paragraph: Int
    /// A short phrase that occurs in that paragraph.
    public var evidence: String
    /// The fact, paraphrased.
    public var claim: String?
    /// What the source does with the tie.
    public var stance: Stance
    /// The source's own dating of the tie, when it gives one.
    public var dating: ValidityInterval
    /// The source's own strength of the tie, when it differs from the relation's.
    public var strength: Double?

    public init(
        source: String, paragraph: Int, evidence: String, claim: String? = nil, stance: Stance = .asserts,
        dating: ValidityInterval = ValidityInterval(since: nil, until: nil), strength: Double? = nil
    ) {
        self.source = source
        self.paragraph = paragraph
        self.evidence = evidence
        self.claim = claim
        self.stance = stance
        self.dating = dating
        self.strength = strength
    }

    /// "source-id ¶n".
    public var location: String { "\(source) ¶\(paragraph)" }
}

/// What a source does with a tie it mentions.
public enum Stance: String, Hashable, Sendable, CaseIterable, Codable {
    /// States the tie.
    case asserts
    /// Implies the tie without stating it (e.g. a membership read from context).
    case implies
    /// Proposes or recommends the tie: prospective, not (yet) existing.
    case proposes
    /// Denies the tie.
    case denies

    /// Whether the claim supports the tie's existence (`asserts` and `implies`).
    public var supportsTie: Bool { self == .asserts || self == .implies }
}
