/// Which sources a sampled betweenness computation uses: `sourceCount` distinct vertices drawn
/// with ``SplitMix64`` seeded by `seed` (see ``SplitMix64/sample(_:from:)``).
public struct BetweennessSampling: Sendable, Hashable {
    /// Number of sampled sources `k`, in `1...vertexCount`.
    public var sourceCount: Int
    /// Seed of the generator; the same seed always selects the same sources.
    public var seed: UInt64

    public init(sourceCount: Int, seed: UInt64) {
        self.sourceCount = sourceCount
        self.seed = seed
    }

    /// The sources selected in a graph with `vertexCount` vertices, in drawing order.
    /// - Precondition: `1 <= sourceCount <= vertexCount`.
    public func sources(vertexCount: Int) -> [Vertex] {
        var generator = SplitMix64(seed: seed)
        return generator.sample(sourceCount, from: vertexCount).map { Vertex($0) }
    }
}
