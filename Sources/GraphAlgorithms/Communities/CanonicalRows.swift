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
        // Room for each row: its degree (both directions when directed); self-loops and merged
        // pairs leave gaps, closed below.
        let capacity = CommunityBuffer<Int>(repeating: 0, count: n + 1)
        for x in 0..<n {
            let u = Int(original[x])
            var room = outOffsets[u + 1] - outOffsets[u]
            if directed { room += inOffsets[u + 1] - inOffsets[u] }
            capacity.pointer[x + 1] = capacity.pointer[x] + room
        }
        let slots = capacity.pointer[n]
        // Every slot below the final length is written before it is read (gaps are closed below).
        let targets = CommunityBuffer<Int32>(uninitializedCount: slots)
        let weights = CommunityBuffer<Double>(uninitializedCount: slots)
        let length = CommunityBuffer<Int>(repeating: 0, count: n)
        let outWeight = CommunityBuffer<Double>(repeating: 0, count: n)
        let inWeight = CommunityBuffer<Double>(repeating: 0, count: n)
        withAdjacencyBuffers { adjacency in
            let outOffsets = adjacency.outOffsets
            let outNeighbors = adjacency.outNeighbors
            let outWeights = adjacency.outWeights
            let inOffsets = adjacency.inOffsets
            let inNeighbors = adjacency.inNeighbors
            let inWeights = adjacency.inWeights
            Parallel.forEach(parts.count) { part in
                var entries: [(key: UInt64, weight: Double)] = []
                let range = parts[part]
                for x in range {
                    if x + Prefetch.vertexDistance < range.upperBound {
                        adjacency.prefetchOffsets(of: Int(original[x + Prefetch.vertexDistance]), directed: directed)
                    }
                    if x + Prefetch.rowDistance < range.upperBound {
                        adjacency.prefetchRows(of: Int(original[x + Prefetch.rowDistance]), directed: directed)
                    }
                    let u = Int(original[x])
                    entries.removeAll(keepingCapacity: true)
                    var loop = 0.0
                    // Key: column, then (directed) 0 for an out-arc, 1 for an in-arc, then position.
                    for e in outOffsets[u]..<outOffsets[u + 1] {
                        let v = Int(outNeighbors[e])
                        if v == u {
                            loop = outWeights[e]
                            continue
                        }
                        let column = UInt64(rank[v])
                        let key = (directed ? column << 1 : column) << 32 | UInt64(entries.count)
                        entries.append((key, outWeights[e]))
                    }
                    if directed {
                        for e in inOffsets[u]..<inOffsets[u + 1] where Int(inNeighbors[e]) != u {
                            let column = UInt64(rank[Int(inNeighbors[e])])
                            entries.append(((column << 1 | 1) << 32 | UInt64(entries.count), inWeights[e]))
                        }
                    }
                    sortByKey(&entries)
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
                    if directed {
                        outWeight.pointer[x] = kOut + loop
                        inWeight.pointer[x] = kIn + loop
                    } else {
                        outWeight.pointer[x] = kOut + 2 * loop
                        inWeight.pointer[x] = kOut + 2 * loop
                    }
                }
            }
        }
        // Close the gaps self-loops and merged pairs left.
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

/// Sorts row entries by their (unique) keys: insertion sort for the short rows most graphs have,
/// the standard library's sort above 32 entries. - Complexity: O(d²) for d ≤ 32, else O(d log d).
private func sortByKey(_ entries: inout [(key: UInt64, weight: Double)]) {
    guard entries.count > 32 else {
        entries.withUnsafeMutableBufferPointer { row in
            for i in row.indices.dropFirst() {
                let entry = row[i]
                var j = i
                while j > 0, row[j - 1].key > entry.key {
                    row[j] = row[j - 1]
                    j -= 1
                }
                row[j] = entry
            }
        }
        return
    }
    entries.sort { $0.key < $1.key }
}
