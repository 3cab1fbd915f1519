/// The rows of the canonical working graph, before the totals: see ``Graph/canonicalRows(original:rank:)``.
struct CanonicalRows {
    let offsets: CommunityBuffer<Int>
    let targets: CommunityBuffer<Int32>
    let weights: CommunityBuffer<Double>
    /// Out- and in-strength of each canonical vertex, self-loops included.
    let outWeight: CommunityBuffer<Double>
    let inWeight: CommunityBuffer<Double>
}

extension Graph {
    /// Builds the canonical rows: row `x` lists the vertices joined to `original[x]` (for a
    /// directed graph by an arc either way, the weights of both arcs added), self-loops left out,
    /// columns ascending in canonical order (`rank`); strengths are summed in that order. Every row
    /// is computed on its own from the input adjacency (gathered, then sorted by column; for the
    /// same column the out-arc comes first), so rows are built in parallel and the result does not
    /// depend on the split.
    /// - Complexity: O(V + E log d) work, d the largest degree, spread over the cores.
    func canonicalRows(original: [Int32], rank: [Int32]) -> CanonicalRows {
        let n = vertexCount
        let directed = isDirected
        let parts = Parallel.evenRanges(count: n, parts: Swift.min(n, 64))
        let capacity = CommunityBuffer<Int>(repeating: 0, count: n + 1)
        Parallel.forEach(parts.count) { part in
            for x in parts[part] {
                let u = Int(original[x])
                var count = 0
                for e in outOffsets[u]..<outOffsets[u + 1] where Int(outNeighbors[e]) != u { count += 1 }
                if directed {
                    for e in inOffsets[u]..<inOffsets[u + 1] where Int(inNeighbors[e]) != u { count += 1 }
                }
                capacity.pointer[x + 1] = count
            }
        }
        for x in 0..<n { capacity.pointer[x + 1] += capacity.pointer[x] }
        let slots = capacity.pointer[n]
        let targets = CommunityBuffer<Int32>(repeating: 0, count: slots)
        let weights = CommunityBuffer<Double>(repeating: 0, count: slots)
        let length = CommunityBuffer<Int>(repeating: 0, count: n)
        let outWeight = CommunityBuffer<Double>(repeating: 0, count: n)
        let inWeight = CommunityBuffer<Double>(repeating: 0, count: n)
        Parallel.forEach(parts.count) { part in
            var entries: [(key: UInt64, weight: Double)] = []
            for x in parts[part] {
                let u = Int(original[x])
                entries.removeAll(keepingCapacity: true)
                // Key: column, then (directed) 0 for an out-arc, 1 for an in-arc, then position.
                for e in outOffsets[u]..<outOffsets[u + 1] where Int(outNeighbors[e]) != u {
                    let column = UInt64(rank[Int(outNeighbors[e])])
                    let key = (directed ? column << 1 : column) << 32 | UInt64(entries.count)
                    entries.append((key, outWeights[e]))
                }
                if directed {
                    for e in inOffsets[u]..<inOffsets[u + 1] where Int(inNeighbors[e]) != u {
                        let column = UInt64(rank[Int(inNeighbors[e])])
                        entries.append(((column << 1 | 1) << 32 | UInt64(entries.count), inWeights[e]))
                    }
                }
                entries.sort { $0.key < $1.key }
                let shift: UInt64 = directed ? 33 : 32
                var kOut = 0.0
                var kIn = 0.0
                var written = capacity.pointer[x]
                var i = 0
                while i < entries.count {
                    var w = entries[i].weight
                    let column = entries[i].key >> shift
                    if directed {
                        if entries[i].key >> 32 & 1 == 0 { kOut += w } else { kIn += w }
                        if i + 1 < entries.count, entries[i + 1].key >> shift == column {
                            kIn += entries[i + 1].weight
                            w += entries[i + 1].weight
                            i += 1
                        }
                    } else {
                        kOut += w
                    }
                    targets.pointer[written] = Int32(column)
                    weights.pointer[written] = w
                    written += 1
                    i += 1
                }
                length.pointer[x] = written - capacity.pointer[x]
                let loop = weight(from: u, to: u) ?? 0
                if directed {
                    outWeight.pointer[x] = kOut + loop
                    inWeight.pointer[x] = kIn + loop
                } else {
                    outWeight.pointer[x] = kOut + 2 * loop
                    inWeight.pointer[x] = kOut + 2 * loop
                }
            }
        }
        // Close the gaps merged pairs left (directed graphs only).
        let offsets = CommunityBuffer<Int>(repeating: 0, count: n + 1)
        var total = 0
        for x in 0..<n {
            let from = capacity.pointer[x]
            let count = length.pointer[x]
            if from != total {
                (targets.pointer + total).update(from: targets.pointer + from, count: count)
                (weights.pointer + total).update(from: weights.pointer + from, count: count)
            }
            total += count
            offsets.pointer[x + 1] = total
        }
        return CanonicalRows(
            offsets: offsets, targets: shrunk(targets, to: total), weights: shrunk(weights, to: total),
            outWeight: outWeight, inWeight: inWeight)
    }
}
