/// A relation type (`member_of`, `trade`, `tension`, …).
public struct Layer: Hashable, Sendable, Identifiable {
    public var id: LayerID
    public var description: String?
    /// Whether the order `from → to` matters.
    public var isDirected: Bool
    /// The domain the layer belongs to: `economic`, `security`, `political`, …
    public var domain: Domain
    /// A conflict layer (every relation in it is tension): left out of path and centrality projections unless asked for.
    public var isSigned: Bool

    public init(
        id: LayerID, description: String? = nil, isDirected: Bool = false, domain: Domain,
        isSigned: Bool = false
    ) {
        self.id = id
        self.description = description
        self.isDirected = isDirected
        self.domain = domain
        self.isSigned = isSigned
    }
}
