/// A sourced tie between two entities in one layer. Several relations may join the same pair.
public struct Relation: Hashable, Sendable {
    public var id: String?
    public var from: String
    public var to: String
    public var layer: LayerID
    /// Closeness of the tie in (0, 1]: larger is stronger.
    public var strength: Double
    /// Cooperation or tension (see ``RelationNetwork/isTension(_:)``, which also reads the layer).
    public var sign: Sign
    public var validity: ValidityInterval
    public var citations: [Citation]
    public var figures: [Figure]
    public var note: String?

    public init(
        id: String? = nil, from: String, to: String, layer: LayerID, strength: Double, sign: Sign = .cooperation,
        validity: ValidityInterval = ValidityInterval(since: nil, until: nil),
        citations: [Citation] = [], figures: [Figure] = [], note: String? = nil
    ) {
        self.id = id
        self.from = from
        self.to = to
        self.layer = layer
        self.strength = strength
        self.sign = sign
        self.validity = validity
        self.citations = citations
        self.figures = figures
        self.note = note
    }
}

/// A quantitative claim about a tie: "nearly 40 % of imports", "trade grew threefold".
public struct Figure: Hashable, Sendable {
    /// What is measured.
    public var measure: String
    public var value: Double
    public var unit: String?
    /// The source's hedge: `nearly`, `about`, `over`.
    public var qualifier: String?
    /// The date or span the figure applies to.
    public var period: String?
    public var citation: Citation

    public init(
        measure: String, value: Double, unit: String? = nil, qualifier: String? = nil,
        period: String? = nil, citation: Citation
    ) {
        self.measure = measure
        self.value = value
        self.unit = unit
        self.qualifier = qualifier
        self.period = period
        self.citation = citation
    }
}
