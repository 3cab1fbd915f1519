import GraphAlgorithms

/// How communities are computed: the algorithm, its resolution and the seeded runs.
///
/// The algorithm runs once per seed `seed … seed + runs − 1`; the partition kept is the run of
/// highest modularity, and the other runs give each community's firmness.
public struct CommunityOptions: Sendable, Hashable {
    public var algorithm: CommunityAlgorithm
    /// Resolution γ > 0: larger gives more, smaller communities.
    public var resolution: Double
    /// The seed of the first run.
    public var seed: UInt64
    /// The number of runs (at least 1).
    public var runs: Int

    public init(
        algorithm: CommunityAlgorithm = .leiden, resolution: Double = 1, seed: UInt64 = CommunityAlgorithm.defaultSeed,
        runs: Int = 10
    ) {
        self.algorithm = algorithm
        self.resolution = resolution
        self.seed = seed
        self.runs = runs
    }

    /// The seeds of the runs.
    public var seeds: [UInt64] { (0..<max(runs, 0)).map { seed &+ UInt64($0) } }
}

/// A stable 64-bit key of a vertex id (FNV-1a), so that partitions do not depend on file order.
/// - Complexity: O(length of `id`).
public func stableVertexKey(_ id: String) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in id.utf8 {
        hash ^= UInt64(byte)
        hash &*= 0x0000_0100_0000_01B3
    }
    return hash
}
