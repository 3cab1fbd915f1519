/// The graph whose vertices are the communities of `membership` (labels in `0..<count`): the
/// weight between two communities is the total weight between their members; weights inside a
/// community vanish from the rows (they never change a gain) and vertex weights add up.
/// - Complexity: O(V + E).
func aggregate(_ g: CommunityLevelGraph, membership: CommunityBuffer<Int32>, count: Int) -> CommunityLevelGraph {
    let (start, members) = groupByCommunity(membership, count: count)
    let community = membership.pointer
    let offsets = g.offsets.pointer
    let targets = g.targets.pointer
    let weights = g.weights.pointer
    let accumulated = CommunityBuffer<Double>(repeating: 0, count: count)
    let lastSeen = CommunityBuffer<Int32>(repeating: -1, count: count)
    let acc = accumulated.pointer
    let seen = lastSeen.pointer
    var touched: [Int32] = []
    var newOffsets = [Int](repeating: 0, count: count + 1)
    var newTargets: [Int32] = []
    var newWeights: [Double] = []
    newTargets.reserveCapacity(g.targets.count / 2)
    newWeights.reserveCapacity(g.targets.count / 2)
    let outWeight = CommunityBuffer<Double>(repeating: 0, count: count)
    let inWeight = CommunityBuffer<Double>(repeating: 0, count: count)
    for c in 0..<count {
        var kOut = 0.0
        var kIn = 0.0
        for i in start[c]..<start[c + 1] {
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
            newTargets.append(d)
            newWeights.append(acc[Int(d)])
        }
        touched.removeAll(keepingCapacity: true)
        newOffsets[c + 1] = newTargets.count
        outWeight.pointer[c] = kOut
        inWeight.pointer[c] = kIn
    }
    return CommunityLevelGraph(
        vertexCount: count, offsets: CommunityBuffer(newOffsets), targets: CommunityBuffer(newTargets),
        weights: CommunityBuffer(newWeights), outWeight: outWeight, inWeight: inWeight, scale: g.scale,
        meanWeight: g.meanWeight)
}
