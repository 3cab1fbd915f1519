// Order independence. The input graph is first relabelled into a *canonical space*: vertex v gets
// the rank of `hash(seed, key[v])`, where `key` is either supplied by the caller (e.g. hashes of
// vertex names) or computed from the structure (Weisfeiler–Lehman colour refinement, which does
// not depend on vertex numbering). Rows are sorted in canonical order and every strength is summed
// in that order. From then on the algorithms only use canonical indices, canonical row order and a
// seeded generator, so relabelling the input vertices (keeping the keys) gives bit-for-bit the
// same computation and the same partition, mapped through the relabelling. Vertices whose keys
// coincide (structurally equivalent vertices without supplied keys) fall back to their input index.

/// The input graph relabelled into canonical space.
struct CanonicalGraph {
    /// The working graph on canonical vertices.
    let level: CommunityLevelGraph
    /// `original[x]`: the input vertex of canonical vertex `x`.
    let original: [Int32]
}

extension Graph {
    /// Validates the input and builds the canonical working graph.
    ///
    /// - Throws: ``CommunityError`` for an empty graph, γ ≤ 0, a bad weight, zero total weight or
    ///   keys of the wrong count.
    /// - Complexity: O(V + E log d), d the largest degree; rows are built in parallel.
    func canonicalCommunityGraph(resolution: Double, seed: UInt64, vertexKeys: [UInt64]?) throws -> CanonicalGraph {
        try checkResolution(resolution)
        guard vertexCount > 0 else { throw CommunityError.emptyGraph }
        try checkCommunityWeights()
        if let vertexKeys, vertexKeys.count != vertexCount {
            throw CommunityError.invalidParameter(
                "\(vertexKeys.count) vertex keys for \(vertexCount) vertices")
        }
        let n = vertexCount
        let keys = vertexKeys ?? structuralVertexKeys()
        let seedMix = communityMix(seed ^ 0xC0FF_EE00_D15E_A5E5)
        // Sorted by (mixed key, input index): ties fall back to the input order.
        let original = radixOrder(keys.map { communityMix($0 ^ seedMix) })
        var rank = [Int32](repeating: 0, count: n)
        for (x, v) in original.enumerated() { rank[Int(v)] = Int32(x) }

        let rows = canonicalRows(original: original, rank: rank)
        let outWeight = rows.outWeight
        let written = rows.targets.count
        var rowTotal = 0.0
        for e in 0..<written { rowTotal += rows.weights.pointer[e] }
        var total = 0.0
        for x in 0..<n { total += outWeight.pointer[x] }
        guard total > 0 else { throw CommunityError.zeroTotalWeight }
        let scale = isDirected ? resolution / total : resolution / (2 * total)
        let meanWeight = written > 0 ? rowTotal / Double(written) : total
        let level = CommunityLevelGraph(
            vertexCount: n, offsets: rows.offsets, targets: rows.targets, weights: rows.weights,
            outWeight: outWeight, inWeight: rows.inWeight, scale: scale, meanWeight: meanWeight,
            symmetric: !isDirected)
        return CanonicalGraph(level: level, original: original)
    }
}
