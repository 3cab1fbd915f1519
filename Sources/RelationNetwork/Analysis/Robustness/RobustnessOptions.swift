/// What a robustness analysis recomputes without each source, and how it resamples.
public struct RobustnessOptions: Sendable, Hashable {
    /// The measures whose rankings are compared; the first gives the entity table.
    public var measures: [VertexMeasure]
    /// The seed of the bootstrap.
    public var seed: UInt64
    /// Bootstrap resamples of the sources (at least 1).
    public var samples: Int
    /// The actor whose balance is recomputed (`nil`: ``RelationNetwork/defaultFocus()``).
    public var focus: String?
    /// The pairs whose best path is recomputed (`nil`: the focus to each default pole).
    public var pairs: [EndpointPair]?
    /// How communities are computed in every run.
    public var communities: CommunityOptions

    public init(
        measures: [VertexMeasure] = [.pagerank, .betweenness], seed: UInt64 = 1, samples: Int = 200,
        focus: String? = nil, pairs: [EndpointPair]? = nil, communities: CommunityOptions = CommunityOptions()
    ) {
        self.measures = measures
        self.seed = seed
        self.samples = samples
        self.focus = focus
        self.pairs = pairs
        self.communities = communities
    }
}

/// Two named endpoints of a path.
public struct EndpointPair: Sendable, Hashable, Encodable {
    public let from: String
    public let to: String

    public init(from: String, to: String) {
        self.from = from
        self.to = to
    }
}
