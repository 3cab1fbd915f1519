extension CommunityAlgorithm {
    /// The seed used when none is given: the same partition on every run.
    public static let defaultSeed: UInt64 = 1
}

extension Graph {
    /// Communities by the chosen algorithm with its default settings (Leiden: until stable); see
    /// each algorithm for details.
    ///
    /// - Parameters:
    ///   - algorithm: Leiden, Louvain or label propagation.
    ///   - resolution: γ > 0 (label propagation has none and only checks it).
    ///   - seed: the random seed; the same seed gives the same partition.
    ///   - vertexKeys: optional stable identities of the vertices (e.g. hashes of their names),
    ///     which make the result independent of the input order even for structurally identical
    ///     vertices; by default keys come from the graph's structure.
    /// - Throws: ``CommunityError``.
    /// - Complexity: that of the algorithm, near O(E) per pass.
    public func communities(
        using algorithm: CommunityAlgorithm, resolution: Double = 1,
        seed: UInt64 = CommunityAlgorithm.defaultSeed, vertexKeys: [UInt64]? = nil
    ) throws -> CommunityResult {
        switch algorithm {
        case .leiden:
            return try leidenCommunities(resolution: resolution, seed: seed, iterations: nil, vertexKeys: vertexKeys)
        case .louvain:
            return try louvainCommunities(resolution: resolution, seed: seed, vertexKeys: vertexKeys)
        case .labelPropagation:
            try checkResolution(resolution)
            return try labelPropagationCommunities(seed: seed, vertexKeys: vertexKeys)
        }
    }

    /// Communities by the Louvain method: Blondel, Guillaume, Lambiotte & Lefebvre, "Fast unfolding
    /// of communities in large networks", J. Stat. Mech. (2008) P10008.
    ///
    /// Each level moves vertices, one at a time, to the neighbouring community that increases
    /// modularity most (starting from singletons, until no move helps), then aggregates every
    /// community into one vertex; levels repeat until a level merges nothing. Then, from the
    /// coarsest level down, the partition is carried to each finer level and vertices move again
    /// (multilevel refinement, as NetworKit's PLM with `refine`), which only raises modularity.
    /// Local moving uses the queue of Traag et al.'s fast local move (only vertices whose
    /// neighbourhood changed are revisited), which reaches the same kind of local optimum as
    /// repeated sweeps, faster; on large levels the moves are decided in parallel, in blocks
    /// of fixed size against a frozen state, and applied in queue order (each re-checked), as
    /// NetworKit's PLM decides in parallel.
    /// Communities can come out internally disconnected (a known defect of Louvain that Leiden
    /// fixes).
    ///
    /// Directed graphs optimise directed (Leicht–Newman) modularity, with the gain of Dugué &
    /// Perez (2015) as NetworkX's `louvain_communities` does.
    ///
    /// Determinism: vertices are visited in a seeded random order in a canonical relabelling of
    /// the graph (see `vertexKeys`), ties keep the current community, else the first candidate in
    /// that canonical order. The same seed gives the same partition, whatever the number of cores,
    /// and relabelling the input vertices gives the same partition relabelled.
    ///
    /// - Parameters:
    ///   - resolution: γ > 0 of the modularity optimised.
    ///   - seed: random seed (visit orders).
    ///   - vertexKeys: optional stable vertex identities (default: structural keys by
    ///     Weisfeiler–Lehman refinement; vertices they cannot tell apart fall back to input order).
    /// - Returns: the partition, numbered by smallest vertex, with its modularity at γ; `levels` is
    ///   the number of aggregations.
    /// - Throws: ``CommunityError`` for an empty graph, γ ≤ 0, negative or non-finite weights, zero
    ///   total weight, or keys of the wrong count.
    /// - Complexity: O(E) per pass over the vertices; in practice near-linear in E overall, spread
    ///   over the cores on large graphs.
    public func louvainCommunities(
        resolution: Double = 1, seed: UInt64 = CommunityAlgorithm.defaultSeed, vertexKeys: [UInt64]? = nil
    ) throws -> CommunityResult {
        let canonical = try canonicalCommunityGraph(resolution: resolution, seed: seed, vertexKeys: vertexKeys)
        var rng = SplitMix64(seed: communityMix(seed))
        let (membership, levels) = louvainPartition(canonical.level, rng: &rng)
        return try canonical.result(membership, graph: self, resolution: resolution, levels: levels, iterations: 1)
    }

    /// Communities by the Leiden algorithm: Traag, Waltman & van Eck, "From Louvain to Leiden:
    /// guaranteeing well-connected communities", Scientific Reports 9, 5233 (2019).
    ///
    /// Each level runs the fast local move (including moves into an empty community), then refines
    /// every community from singletons — only well-connected vertices merge, into well-connected
    /// sub-communities chosen at random with probability ∝ exp(gain / θ) — and aggregates the
    /// *refined* partition, starting the next level from the unrefined one. Levels repeat until
    /// every community is a single aggregated vertex; that is one iteration. Every community is
    /// connected (weakly, for directed graphs): the refinement guarantees it, and a final pass
    /// splits any community that is not (which never lowers modularity).
    ///
    /// Both phases use every core on large graphs, as NetworKit's `ParallelLeiden` does: local
    /// moving as in Louvain (decided in parallel blocks, applied in queue order), and refinement
    /// community by community, each with its own generator seeded from `seed`. The same seed gives
    /// the same partition whatever the number of cores.
    ///
    /// Directed graphs optimise directed (Leicht–Newman) modularity.
    ///
    /// - Parameters:
    ///   - resolution: γ > 0 of the modularity optimised (the "modularity" objective of igraph's
    ///     `community_leiden` and leidenalg's `RBConfigurationVertexPartition`).
    ///   - seed: random seed (visit orders and refinement choices).
    ///   - iterations: how many iterations, each starting from the previous partition (2 by default,
    ///     as igraph's `community_leiden` and leidenalg); `nil` runs until an iteration changes
    ///     nothing (at most 100), like igraph's `n_iterations=-1`.
    ///   - randomness: θ of the refinement, in units of the mean edge weight (igraph's `beta`,
    ///     0.01 by default, for unit weights); 0 makes the refinement greedy.
    ///   - vertexKeys: optional stable vertex identities (see
    ///     ``louvainCommunities(resolution:seed:vertexKeys:)``).
    /// - Returns: the partition, numbered by smallest vertex, with its modularity at γ; `levels`
    ///   is the largest number of aggregations in an iteration, `iterations` the iterations run.
    /// - Throws: ``CommunityError`` as for Louvain, and for `iterations < 1` or a negative or
    ///   non-finite `randomness`.
    /// - Complexity: O(E) per pass over the vertices; in practice near-linear in E per iteration,
    ///   spread over the cores.
    public func leidenCommunities(
        resolution: Double = 1, seed: UInt64 = CommunityAlgorithm.defaultSeed, iterations: Int? = 2,
        randomness: Double = 0.01, vertexKeys: [UInt64]? = nil
    ) throws -> CommunityResult {
        if let iterations, iterations < 1 {
            throw CommunityError.invalidParameter("the number of Leiden iterations must be at least 1, got \(iterations)")
        }
        guard randomness >= 0, randomness.isFinite else {
            throw CommunityError.invalidParameter("the Leiden randomness must be finite and ≥ 0, got \(randomness)")
        }
        let canonical = try canonicalCommunityGraph(resolution: resolution, seed: seed, vertexKeys: vertexKeys)
        var rng = SplitMix64(seed: communityMix(seed))
        let g0 = canonical.level
        var membership = CommunityBuffer<Int32>((0..<g0.vertexCount).map { Int32($0) })
        var iteration = 0
        var maxLevels = 0
        while true {
            iteration += 1
            let (next, levels) = leidenIteration(g0, start: membership, randomness: randomness, rng: &rng)
            maxLevels = Swift.max(maxLevels, levels)
            let changed = next.array != membership.array
            membership = next
            if let iterations {
                if iteration >= iterations { break }
            } else if !changed || iteration >= 100 {
                break
            }
        }
        _ = splitDisconnectedCommunities(g0, membership: membership)
        return try canonical.result(
            membership, graph: self, resolution: resolution, levels: maxLevels, iterations: iteration)
    }

    /// Communities by asynchronous label propagation: Raghavan, Albert & Kumara, "Near linear time
    /// algorithm to detect community structures in large-scale networks", Phys. Rev. E 76, 036106
    /// (2007), as NetworkX's `asyn_lpa_communities(G, weight="weight", seed=…)`.
    ///
    /// Every vertex starts with its own label. In each round the vertices, in a fresh seeded random
    /// order, take the label of largest total edge weight among their neighbours, keeping their
    /// own when it is among the largest and otherwise choosing uniformly among the tied labels.
    /// Rounds stop when no vertex changes (or after `maxRounds`). Self-loops are ignored; directed
    /// graphs are read as undirected (in- and out-arcs both count), where NetworkX would follow
    /// out-arcs only. Labels need not form connected communities.
    ///
    /// - Parameters:
    ///   - seed: random seed (orders and tie choices).
    ///   - maxRounds: the largest number of rounds (≥ 1).
    ///   - vertexKeys: optional stable vertex identities (see
    ///     ``louvainCommunities(resolution:seed:vertexKeys:)``).
    /// - Returns: the partition, numbered by smallest vertex, with its modularity at γ = 1;
    ///   `iterations` is the number of rounds.
    /// - Throws: ``CommunityError`` for an empty graph, bad weights, zero total weight, bad keys or
    ///   `maxRounds < 1`.
    /// - Complexity: O(E) per round.
    public func labelPropagationCommunities(
        seed: UInt64 = CommunityAlgorithm.defaultSeed, maxRounds: Int = 1000, vertexKeys: [UInt64]? = nil
    ) throws -> CommunityResult {
        guard maxRounds >= 1 else {
            throw CommunityError.invalidParameter("maxRounds must be at least 1, got \(maxRounds)")
        }
        let canonical = try canonicalCommunityGraph(resolution: 1, seed: seed, vertexKeys: vertexKeys)
        var rng = SplitMix64(seed: communityMix(seed))
        let g = canonical.level
        let n = g.vertexCount
        let labelBuffer = CommunityBuffer<Int32>((0..<n).map { Int32($0) })
        let labels = labelBuffer.pointer
        let nwBuffer = CommunityBuffer<Double>(repeating: 0, count: n)
        let markBuffer = CommunityBuffer<Bool>(repeating: false, count: n)
        let nw = nwBuffer.pointer
        let mark = markBuffer.pointer
        let offsets = g.offsets.pointer
        let targets = g.targets.pointer
        let weights = g.weights.pointer
        var touched: [Int32] = []
        var best: [Int32] = []
        var rounds = 0
        var changed = true
        while changed && rounds < maxRounds {
            rounds += 1
            changed = false
            for vertex in rng.permutation(n) {
                let v = Int(vertex)
                guard offsets[v] < offsets[v + 1] else { continue }
                var rowSum = 0.0
                for e in offsets[v]..<offsets[v + 1] {
                    let label = Int(labels[Int(targets[e])])
                    if !mark[label] {
                        mark[label] = true
                        touched.append(Int32(label))
                    }
                    nw[label] += weights[e]
                    rowSum += weights[e]
                }
                var maxWeight = -Double.infinity
                for label in touched { maxWeight = Swift.max(maxWeight, nw[Int(label)]) }
                let threshold = maxWeight - 1e-12 * rowSum
                let own = Int(labels[v])
                if !(mark[own] && nw[own] >= threshold) {
                    best.removeAll(keepingCapacity: true)
                    for label in touched where nw[Int(label)] >= threshold { best.append(label) }
                    labels[v] = best[rng.nextIndex(below: best.count)]
                    changed = true
                }
                for label in touched {
                    nw[Int(label)] = 0
                    mark[Int(label)] = false
                }
                touched.removeAll(keepingCapacity: true)
            }
        }
        _ = renumberCommunities(labelBuffer)
        return try canonical.result(labelBuffer, graph: self, resolution: 1, levels: 0, iterations: rounds)
    }
}

/// One Leiden iteration from the canonical partition `start`: levels of fast local moving,
/// refinement and aggregation until every community is one aggregated vertex.
/// - Returns: the labels of the level-0 vertices in first-appearance order, and the number of
///   aggregations.
private func leidenIteration(
    _ g0: CommunityLevelGraph, start: CommunityBuffer<Int32>, randomness: Double, rng: inout SplitMix64
) -> (CommunityBuffer<Int32>, Int) {
    let n0 = g0.vertexCount
    var g = g0
    var partition = CommunityBuffer<Int32>(start.array)
    let nodeOf = CommunityBuffer<Int32>((0..<n0).map { Int32($0) })
    var levels = 0
    while true {
        _ = moveVertices(g, membership: partition, order: rng.permutation(g.vertexCount), allowEmpty: true)
        let count = renumberCommunities(partition)
        if count == g.vertexCount { break }
        var (refined, refinedCount) = refine(
            g, membership: partition, count: count, randomness: randomness, rng: &rng)
        if refinedCount == g.vertexCount {
            // Nothing merged in the refinement: aggregate by the partition itself (as igraph does).
            refined = CommunityBuffer(partition.array)
            refinedCount = count
        }
        let next = CommunityBuffer<Int32>(repeating: 0, count: refinedCount)
        for v in 0..<g.vertexCount { next.pointer[Int(refined.pointer[v])] = partition.pointer[v] }
        for x in 0..<n0 { nodeOf.pointer[x] = refined.pointer[Int(nodeOf.pointer[x])] }
        g = aggregate(g, membership: refined, count: refinedCount)
        partition = next
        levels += 1
    }
    let result = CommunityBuffer<Int32>(repeating: 0, count: n0)
    for x in 0..<n0 { result.pointer[x] = partition.pointer[Int(nodeOf.pointer[x])] }
    _ = renumberCommunities(result)
    return (result, levels)
}
