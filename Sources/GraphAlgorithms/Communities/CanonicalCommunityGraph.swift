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
    /// - Complexity: O(V log V + E).
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
        let sortKeys = keys.map { communityMix($0 ^ seedMix) }
        let original = (0..<n).map { Int32($0) }.sorted { a, b in
            let (x, y) = (sortKeys[Int(a)], sortKeys[Int(b)])
            return x != y ? x < y : a < b
        }
        var rank = [Int32](repeating: 0, count: n)
        for (x, v) in original.enumerated() { rank[Int(v)] = Int32(x) }

        // Fill rows by visiting vertices in canonical order: each row receives its entries in
        // increasing canonical column. For directed graphs an entry is tagged as coming from an
        // out-arc or an in-arc of the row's vertex; for the same column the out-arc comes first.
        var counts = [Int](repeating: 0, count: n + 1)
        var loops = [Double](repeating: 0, count: n)
        for v in 0..<n {
            let r = Int(rank[v])
            for e in outOffsets[v]..<outOffsets[v + 1] where Int(outNeighbors[e]) != v {
                counts[r + 1] += 1
            }
            if isDirected {
                for e in inOffsets[v]..<inOffsets[v + 1] where Int(inNeighbors[e]) != v {
                    counts[r + 1] += 1
                }
            }
            if let w = weight(from: v, to: v) { loops[r] = w }
        }
        for x in 0..<n { counts[x + 1] += counts[x] }
        let entryCount = counts[n]
        var cursor = counts
        var columns = [Int32](repeating: 0, count: entryCount)
        var values = [Double](repeating: 0, count: entryCount)
        var fromOut = [Bool](repeating: true, count: isDirected ? entryCount : 0)
        for x in 0..<n {
            let u = Int(original[x])
            // Rows that list u: for an undirected graph, u's neighbours. For a directed graph, an
            // in-neighbour w of u has u as out-neighbour (tag out); an out-neighbour has u as
            // in-neighbour (tag in).
            for e in inOffsets[u]..<inOffsets[u + 1] where Int(inNeighbors[e]) != u {
                let row = Int(rank[Int(inNeighbors[e])])
                columns[cursor[row]] = Int32(x)
                values[cursor[row]] = inWeights[e]
                cursor[row] += 1
            }
            if isDirected {
                for e in outOffsets[u]..<outOffsets[u + 1] where Int(outNeighbors[e]) != u {
                    let row = Int(rank[Int(outNeighbors[e])])
                    columns[cursor[row]] = Int32(x)
                    values[cursor[row]] = outWeights[e]
                    fromOut[cursor[row]] = false
                    cursor[row] += 1
                }
            }
        }
        // Merge the two entries of a column (directed) and sum the strengths in canonical order.
        let offsets = CommunityBuffer<Int>(repeating: 0, count: n + 1)
        let targets = CommunityBuffer<Int32>(repeating: 0, count: entryCount)
        let weights = CommunityBuffer<Double>(repeating: 0, count: entryCount)
        let outWeight = CommunityBuffer<Double>(repeating: 0, count: n)
        let inWeight = CommunityBuffer<Double>(repeating: 0, count: n)
        var written = 0
        var rowTotal = 0.0
        for x in 0..<n {
            var kOut = 0.0
            var kIn = 0.0
            var e = counts[x]
            while e < counts[x + 1] {
                var w = values[e]
                if isDirected {
                    if fromOut[e] { kOut += w } else { kIn += w }
                    if e + 1 < counts[x + 1], columns[e + 1] == columns[e] {
                        kIn += values[e + 1]
                        w += values[e + 1]
                        e += 1
                    }
                } else {
                    kOut += w
                }
                targets.pointer[written] = columns[e]
                weights.pointer[written] = w
                rowTotal += w
                written += 1
                e += 1
            }
            offsets.pointer[x + 1] = written
            if isDirected {
                outWeight.pointer[x] = kOut + loops[x]
                inWeight.pointer[x] = kIn + loops[x]
            } else {
                outWeight.pointer[x] = kOut + 2 * loops[x]
                inWeight.pointer[x] = kOut + 2 * loops[x]
            }
        }
        var total = 0.0
        for x in 0..<n { total += outWeight.pointer[x] }
        guard total > 0 else { throw CommunityError.zeroTotalWeight }
        let scale = isDirected ? resolution / total : resolution / (2 * total)
        let meanWeight = written > 0 ? rowTotal / Double(written) : total
        let level = CommunityLevelGraph(
            vertexCount: n, offsets: offsets, targets: shrunk(targets, to: written),
            weights: shrunk(weights, to: written), outWeight: outWeight, inWeight: inWeight,
            scale: scale, meanWeight: meanWeight)
        return CanonicalGraph(level: level, original: original)
    }
}
