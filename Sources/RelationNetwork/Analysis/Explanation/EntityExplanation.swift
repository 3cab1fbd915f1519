/// Why an entity scores what it does on a measure: the parts its score is made of, each tie with
/// the relations (claims and citations) behind it. The parts add up to ``score``.
public struct EntityExplanation: Sendable, Equatable, Encodable {
    /// What one neighbour adds, and the relations that make the tie.
    public struct Tie: Sendable, Equatable, Encodable {
        public let neighbour: EntityReference
        public let contribution: Double
        public let relations: [RelationRecord]
    }

    /// What one pair of entities adds to a betweenness score: the share of its shortest paths
    /// that run through the entity.
    public struct Pair: Sendable, Equatable, Encodable {
        public let from: EntityReference
        public let to: EntityReference
        public let share: Double
        public let contribution: Double
    }

    /// A part that no tie explains (PageRank's restart and dangling shares).
    public struct Term: Sendable, Equatable, Encodable {
        public let term: String
        public let contribution: Double
    }

    public let entity: EntityReference
    public let measure: VertexMeasure
    /// The score the parts add up to.
    public let score: Double
    /// Its rank among the selection's entities (1 = highest, ties by id).
    public let rank: Int
    public let of: Int
    /// Ties by contribution (largest first; ties by neighbour id).
    public let ties: [Tie]
    /// Pairs by contribution (betweenness only).
    public let pairs: [Pair]
    public let terms: [Term]
    /// How the score was computed, when it differs from the ranking's computation.
    public let note: String?

    /// The sum of every part (ties, pairs, terms): equal to ``score`` up to rounding.
    public var total: Double {
        ties.reduce(0) { $0 + $1.contribution } + pairs.reduce(0) { $0 + $1.contribution } + terms.reduce(0) { $0 + $1.contribution }
    }
}

/// Everything the sources say about one tie: each relation with every claim, and the disputes.
public struct TieExplanation: Sendable, Equatable, Encodable {
    public let from: EntityReference
    public let to: EntityReference
    public let relations: [RelationRecord]
    public let disputes: [Dispute]
}
