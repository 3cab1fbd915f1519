/// Vertices per chunk of communities in ``aggregate(_:membership:count:)``.
private let aggregationChunk = 2048

/// The graph whose vertices are the communities of `membership` (labels in `0..<count`): the
/// weight between two communities is the total weight between their members; weights inside a
/// community vanish from the rows (they never change a gain) and vertex weights add up. Chunks of
/// communities are built in parallel (each worker with its own accumulator), each into its own
/// stretch of a scratch buffer as long as its members' rows (a bound on its aggregated rows), then
/// copied in order; within a row, targets come in first-met order over the members, ascending.
/// - Complexity: O(V + E), spread over the cores.
func aggregate(_ g: CommunityLevelGraph, membership: CommunityBuffer<Int32>, count: Int) -> CommunityLevelGraph {
    let (start, members) = groupByCommunity(membership, count: count)
    let community = membership.pointer
    let offsets = g.offsets.pointer
    let targets = g.targets.pointer
    let weights = g.weights.pointer
    let chunks = communityChunks(start: start, members: aggregationChunk)
    var bound = [Int](repeating: 0, count: chunks.count + 1)
    for (k, chunk) in chunks.enumerated() {
        var entries = 0
        for i in start[chunk.lowerBound]..<start[chunk.upperBound] {
            let v = Int(members[i])
            entries += offsets[v + 1] - offsets[v]
        }
        bound[k + 1] = bound[k] + entries
    }
    let workers = g.targets.count >= 1 << 16 ? Parallel.workerCount(forTasks: chunks.count) : 1
    let accumulators = (0..<workers).map { _ in CommunityBuffer<Double>(repeating: 0, count: count) }
    let stamps = (0..<workers).map { _ in CommunityBuffer<Int32>(repeating: -1, count: count) }
    let scratchTargets = CommunityBuffer<Int32>(uninitializedCount: bound[chunks.count])
    let scratchWeights = CommunityBuffer<Double>(uninitializedCount: bound[chunks.count])
    let newOffsets = CommunityBuffer<Int>(repeating: 0, count: count + 1)
    let outWeight = CommunityBuffer<Double>(repeating: 0, count: count)
    let inWeight = CommunityBuffer<Double>(repeating: 0, count: count)
    let rowEnd = newOffsets.pointer + 1
    Parallel.forEachChunk(chunks.count, workers: workers) { worker, chunk in
        let acc = accumulators[worker].pointer
        let seen = stamps[worker].pointer
        let rowTargets = scratchTargets.pointer
        let rowWeights = scratchWeights.pointer
        var written = bound[chunk]
        let end = start[chunks[chunk].upperBound]
        for c in chunks[chunk] {
            let rowStart = written
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
                        rowTargets[written] = Int32(d)
                        written += 1
                    }
                    acc[d] += weights[e]
                }
            }
            for j in rowStart..<written { rowWeights[j] = acc[Int(rowTargets[j])] }
            // Row lengths for now; the prefix sum below turns them into offsets.
            rowEnd[c] = written - rowStart
            outWeight.pointer[c] = kOut
            inWeight.pointer[c] = kIn
        }
    }
    for c in 0..<count { rowEnd[c] += newOffsets.pointer[c] }
    let total = newOffsets.pointer[count]
    let newTargets = CommunityBuffer<Int32>(uninitializedCount: total)
    let newWeights = CommunityBuffer<Double>(uninitializedCount: total)
    Parallel.forEachChunk(chunks.count, workers: workers) { _, chunk in
        let from = bound[chunk]
        let to = newOffsets.pointer[chunks[chunk].lowerBound]
        let length = newOffsets.pointer[chunks[chunk].upperBound] - to
        (newTargets.pointer + to).initialize(from: scratchTargets.pointer + from, count: length)
        (newWeights.pointer + to).initialize(from: scratchWeights.pointer + from, count: length)
    }
    return CommunityLevelGraph(
        vertexCount: count, offsets: newOffsets, targets: newTargets, weights: newWeights,
        outWeight: outWeight, inWeight: inWeight, scale: g.scale, meanWeight: g.meanWeight,
        symmetric: g.symmetric)
}
