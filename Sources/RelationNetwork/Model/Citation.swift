/// Where a claim is stated: a paragraph of a source and a short evidence phrase copied from it.
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

    public init(source: String, paragraph: Int, evidence: String, claim: String? = nil) {
        self.source = source
        self.paragraph = paragraph
        self.evidence = evidence
        self.claim = claim
    }
}
