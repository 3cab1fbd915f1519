/// A relation type (`member_of`, `trade`, `tension`, …).
public struct Layer: Hashable, Sendable, Identifiable {
    public var id: String
    public var description: String?
    /// Whether the order `from → to` matters.
    public var isDirected: Bool
    /// The domain the layer belongs to: `economic`, `security`, `political`, …
    public var domain: String
    /// A conflict layer: left out of path and centrality projections unless asked for.
    public var isSigned: Bool

    public init(
        id: String, description: String? = nil, isDirected: Bool = false, domain: String,
        isSigned: Bool = false
    ) {
        self.id = id
        self.description = description
        self.isDirected = isDirected
        self.domain = domain
        self.isSigned = isSigned
    }
}
