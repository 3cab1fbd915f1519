/// The partitions found by one algorithm under many seeds, and how often vertices land together.
///
/// The co-assignment of two vertices is the share of runs that put them in the same community
/// (the consensus or co-occurrence matrix of Lancichinetti & Fortunato, "Consensus clustering in
/// complex networks", Sci. Rep. 2, 336 (2012)). The *firmness* of a community is the mean
/// co-assignment of its member pairs: 1 when every run keeps it together.
public struct CommunityConsensus: Sendable, Hashable {
    /// The seed of each run.
    public let seeds: [UInt64]
    /// The result of each run, parallel to `seeds`.
    public let runs: [CommunityResult]

    public init(seeds: [UInt64], runs: [CommunityResult]) {
        self.seeds = seeds
        self.runs = runs
    }

    /// The index of the run with the highest modularity (the earliest on ties). O(runs).
    public var bestRunIndex: Int {
        var best = 0
        for i in runs.indices where runs[i].modularity > runs[best].modularity { best = i }
        return best
    }

    /// The run with the highest modularity (the earliest on ties).
    public var best: CommunityResult { runs[bestRunIndex] }

    /// The share of runs in which `u` and `v` are in the same community (1 when `u == v`).
    /// - Complexity: O(runs).
    public func coAssignment(_ u: Int, _ v: Int) -> Double {
        guard !runs.isEmpty else { return 0 }
        let together = runs.reduce(0) { $0 + ($1.membership[u] == $1.membership[v] ? 1 : 0) }
        return Double(together) / Double(runs.count)
    }

    /// The full co-assignment matrix, row-major: entry `u * vertexCount + v`.
    /// - Complexity: O(V²) memory; O(V² + runs · Σ_c |c|²) time — for small graphs.
    public func coAssignmentMatrix() -> [Double] {
        guard let first = runs.first else { return [] }
        let n = first.membership.count
        var matrix = [Double](repeating: 0, count: n * n)
        let step = 1 / Double(runs.count)
        for run in runs {
            for members in run.communities {
                for u in members {
                    for v in members { matrix[u * n + v] += step }
                }
            }
        }
        return matrix
    }

    /// The firmness of each community of `membership` (labels in `0..<count`, one per vertex):
    /// the mean, over runs, of the share of the community's member pairs that the run keeps
    /// together — the mean co-assignment of its member pairs. A single-vertex community has no
    /// pairs; its firmness is the share of runs in which the vertex is alone too.
    /// - Throws: ``CommunityError/invalidMembership(_:)`` for a wrong length or negative label.
    /// - Complexity: O(runs · V).
    public func firmness(of membership: [Int]) throws -> [Double] {
        guard let first = runs.first else { return [] }
        let n = first.membership.count
        guard membership.count == n else {
            throw CommunityError.invalidMembership("\(membership.count) labels for \(n) vertices")
        }
        if let v = membership.firstIndex(where: { $0 < 0 }) {
            throw CommunityError.invalidMembership("vertex \(v) has the negative label \(membership[v])")
        }
        let (labels, count) = canonicalCommunityLabels(membership)
        var lists = [[Int]](repeating: [], count: count)
        for (v, c) in labels.enumerated() { lists[c].append(v) }
        var sums = [Double](repeating: 0, count: count)
        for run in runs {
            var tally = [Int](repeating: 0, count: run.communityCount)
            var sizes = [Int](repeating: 0, count: run.communityCount)
            for c in run.membership { sizes[c] += 1 }
            for (c, members) in lists.enumerated() {
                let s = members.count
                if s == 1 {
                    sums[c] += sizes[run.membership[members[0]]] == 1 ? 1 : 0
                    continue
                }
                var together = 0
                for v in members {
                    let r = run.membership[v]
                    together += tally[r]
                    tally[r] += 1
                }
                for v in members { tally[run.membership[v]] = 0 }
                sums[c] += Double(together) / Double(s * (s - 1) / 2)
            }
        }
        // Back from canonical to the caller's labels.
        var result = [Double](repeating: 0, count: (membership.max() ?? -1) + 1)
        for (v, c) in membership.enumerated() { result[c] = sums[labels[v]] / Double(runs.count) }
        return result
    }

    /// The mean NMI between each run and the best run (1 when all runs agree).
    /// - Complexity: O(runs · V log V).
    public var agreement: Double {
        guard runs.count > 1 else { return 1 }
        let reference = best.membership
        var total = 0.0
        for run in runs { total += (try? normalizedMutualInformation(run.membership, reference)) ?? 0 }
        return total / Double(runs.count)
    }
}

extension Graph {
    /// Runs a community algorithm once per seed (in parallel) and collects the partitions for a
    /// consensus: co-assignment, firmness, best run.
    ///
    /// - Parameters:
    ///   - algorithm: the algorithm.
    ///   - resolution: γ > 0.
    ///   - seeds: one run per seed (at least one), e.g. `seed..<(seed + runs)`.
    ///   - vertexKeys: optional stable vertex identities (see
    ///     ``louvainCommunities(resolution:seed:vertexKeys:)``).
    /// - Throws: ``CommunityError`` as the algorithm does, or for an empty seed list.
    /// - Complexity: runs × the algorithm's cost, divided among the cores.
    public func communityConsensus(
        using algorithm: CommunityAlgorithm, resolution: Double = 1, seeds: [UInt64],
        vertexKeys: [UInt64]? = nil
    ) throws -> CommunityConsensus {
        guard let firstSeed = seeds.first else {
            throw CommunityError.invalidParameter("a consensus needs at least one run")
        }
        // The first run surfaces input errors; the rest cannot fail differently.
        let first = try communities(using: algorithm, resolution: resolution, seed: firstSeed, vertexKeys: vertexKeys)
        var results = [CommunityResult?](repeating: nil, count: seeds.count)
        results[0] = first
        let rest = seeds.count - 1
        if rest > 0 {
            let workers = Parallel.workerCount(forTasks: rest)
            let ranges = Parallel.evenRanges(count: rest, parts: workers)
            results.withUnsafeMutableBufferPointer { slots in
                guard let base = slots.baseAddress else { return }
                Parallel.forEach(ranges.count) { part in
                    for i in ranges[part] {
                        base[i + 1] = try? self.communities(
                            using: algorithm, resolution: resolution, seed: seeds[i + 1], vertexKeys: vertexKeys)
                    }
                }
            }
        }
        return CommunityConsensus(seeds: seeds, runs: results.map { $0 ?? first })
    }
}
