/// How much each result rests on each source: every analysis recomputed without each source
/// (leave one out) and over bootstrap resamples of the sources.
public struct RobustnessAnalysis: Sendable, Equatable, Encodable {
    /// One entity's rank under the first measure and how far it moves.
    public struct EntityRank: Sendable, Equatable, Encodable {
        public let id: String
        public let label: String
        public let score: Double
        /// 1 = most central (ties by id), in the full network.
        public let rank: Int
        /// Best and worst rank over the leave-one-out runs.
        public let rankMin: Int
        public let rankMax: Int
        /// 5th and 95th percentile of the rank over the bootstrap resamples.
        public let rankP05: Double
        public let rankP95: Double
        /// The source without which the rank moves most, when it moves by at least the flag
        /// threshold (`nil` otherwise).
        public let hingesOn: String?
    }

    /// A ranking's agreement with the full one without a source.
    public struct MeasureAgreement: Sendable, Equatable, Encodable {
        public let measure: VertexMeasure
        /// Spearman correlation of the scores without the source against the full ones.
        public let spearman: Double?
        public let kendall: Double?
    }

    /// An entity that moves in the ranking without a source.
    public struct RankMove: Sendable, Equatable, Encodable {
        public let id: String
        public let rank: Int
        public let rankWithout: Int
    }

    /// A path between two entities, with and without a source.
    public struct PathChange: Sendable, Equatable, Encodable {
        public let from: String
        public let to: String
        public let route: [String]?
        public let survives: Bool
        /// The best path without the source when it differs (`nil`: none, or the same).
        public let replacement: [String]?
    }

    /// A domain's concentration (HHI) of the focus's ties, with and without a source.
    public struct BalanceChange: Sendable, Equatable, Encodable {
        public let domain: Domain
        public let hhi: Double?
        public let hhiWithout: Double?
    }

    /// What changes without one source.
    public struct SourceImpact: Sendable, Equatable, Encodable {
        public let id: String
        public let title: String
        /// Relations of the selection that disappear without it (their only sources).
        public let relationsLost: Int
        /// Spearman correlation of the first measure's ranking without it against the full one.
        public let rankCorrelation: Double?
        public let measures: [MeasureAgreement]
        /// The entities that move most (up to five, by distance moved).
        public let movedMost: [RankMove]
        /// NMI and ARI of the communities without it against the full ones (all entities; the
        /// unclustered in singletons).
        public let communityNMI: Double?
        public let communityARI: Double?
        /// Entities whose camp changes (matched by largest overlap).
        public let changedCamp: [String]
        public let balance: [BalanceChange]
        public let paths: [PathChange]
        /// Every entity's rank (first measure) without the source (not in JSON: `moved_most` and
        /// the entities' `rank_min`/`rank_max` summarise it).
        public let ranksWithout: [String: Int]

        enum CodingKeys: String, CodingKey {
            case id, title, relationsLost, rankCorrelation, measures, movedMost, communityNMI = "community_nmi"
            case communityARI = "community_ari", changedCamp, balance, paths
        }
    }

    /// How often a relation exists over the bootstrap resamples.
    public struct RelationSupport: Sendable, Equatable, Encodable {
        public let relation: String
        public let from: String
        public let to: String
        public let layer: LayerID
        /// The share of resamples in which it exists.
        public let support: Double
        /// The sources whose claims support it.
        public let sources: [String]
    }

    public let measures: [VertexMeasure]
    public let samples: Int
    public let seed: UInt64
    public let focus: EntityReference?
    /// Entities in full-ranking order (first measure).
    public let entities: [EntityRank]
    /// Sources in file order, with what changes without each.
    public let sources: [SourceImpact]
    /// The selected relations, least supported first (ties by relation).
    public let relations: [RelationSupport]
    /// The results that hinge on one source, in words.
    public let flags: [String]
}
