/// Vertices per chunk of communities in ``aggregate(_:membership:count:)``.
private let aggregationChunk = 2048

/// The rows one chunk of communities contributes to the aggregated graph.
private struct AggregatedRows {
    var targets: [Int32] = []
    var weights: [Double] = []
    var lengths: [Int] = []
}

/// The graph whose vertices are the communities of `membership` (labels in `0..<count`): the
/// weight between two communities is the total weight between their members; weights inside a
/// community vanish from the rows (they never change a gain) and vertex weights add up. Chunks of
/// communities are built in parallel (each worker with its own accumulator) and concatenated in
/// order; within a row, targets come in first-met order over the members, ascending.
/// - Complexity: O(V + E), spread over the cores.
func aggregate(_ g: CommunityLevelGraph, membership: CommunityBuffer<Int32>, count: Int) -> CommunityLevelGraph {
    let (start, members) = groupByCommunity(membership, count: count)
    let community = membership.pointer
    let offsets = g.offsets.pointer
    let targets = g.targets.pointer
    let weights = g.weights.pointer
    let chunks = communityChunks(start: start, members: aggregationChunk)
    let workers = g.targets.count >= 1 << 16 ? Parallel.workerCount(forTasks: chunks.count) : 1
    let accumulators = (0..<workers).map { _ in CommunityBuffer<Double>(repeating: 0, count: count) }
    let stamps = (0..<workers).map { _ in CommunityBuffer<Int32>(repeating: -1, count: count) }
    var parts = [AggregatedRows](repeating: AggregatedRows(), count: chunks.count)
    let outWeight = CommunityBuffer<Double>(repeating: 0, count: count)
    let inWeight = CommunityBuffer<Double>(repeating: 0, count: count)
    parts.withUnsafeMutableBufferPointer { parts in
        Parallel.forEachChunk(chunks.count, workers: workers) { worker, chunk in
            let acc = accumulators[worker].pointer
            let seen = stamps[worker].pointer
            var rows = AggregatedRows()
            var touched: [Int32] = []
            let end = start[chunks[chunk].upperBound]
            for c in chunks[chunk] {
                var kOut = 0.0
                var kIn = 0.0
                for i in start[c]..<start[c + 1] {
                    g.prefetchAhead(of: i, in: members, end: end)
                    let v = Int(members[i])
                    kOut += g.outWeight.pointer[v]
                    kIn += g.inWeight.pointer[v]
                    for e in offsets[v]..<offsets[v + 1] {
                        let d = Int(community[Int(targets[e])])
                        if d == c { continue }
                        if seen[d] != Int32(c) {
                            seen[d] = Int32(c)
                            acc[d] = 0
                            touched.append(Int32(d))
                        }
                        acc[d] += weights[e]
                    }
                }
                for d in touched {
                    rows.targets.append(d)
                    rows.weights.append(acc[Int(d)])
                }
                rows.lengths.append(touched.count)
                touched.removeAll(keepingCapacity: true)
                outWeight.pointer[c] = kOut
                inWeight.pointer[c] = kIn
            }
            parts[chunk] = rows
        }
    }
    let newOffsets = CommunityBuffer<Int>(repeating: 0, count: count + 1)
    var total = 0
    var c = 0
    for part in parts {
        for length in part.lengths {
            total += length
            c += 1
            newOffsets.pointer[c] = total
        }
    }
    let newTargets = CommunityBuffer<Int32>(repeating: 0, count: total)
    let newWeights = CommunityBuffer<Double>(repeating: 0, count: total)
    var position = 0
    for part in parts {
        for (i, target) in part.targets.enumerated() {
            newTargets.pointer[position + i] = target
            newWeights.pointer[position + i] = part.weights[i]
        }
        position += part.targets.count
    }
    return CommunityLevelGraph(
        vertexCount: count, offsets: newOffsets, targets: newTargets, weights: newWeights,
        outWeight: outWeight, inWeight: inWeight, scale: g.scale, meanWeight: g.meanWeight,
        symmetric: g.symmetric)
}
