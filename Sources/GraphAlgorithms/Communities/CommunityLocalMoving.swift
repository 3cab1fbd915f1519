/// Community totals for local moving on one level graph.
struct CommunityTotals {
    let outTotal: CommunityBuffer<Double>
    let inTotal: CommunityBuffer<Double>
    let size: CommunityBuffer<Int32>

    init(graph g: CommunityLevelGraph, membership: CommunityBuffer<Int32>) {
        let n = g.vertexCount
        outTotal = CommunityBuffer(repeating: 0, count: n)
        inTotal = CommunityBuffer(repeating: 0, count: n)
        size = CommunityBuffer(repeating: 0, count: n)
        for v in 0..<n {
            let c = Int(membership.pointer[v])
            outTotal.pointer[c] += g.outWeight.pointer[v]
            inTotal.pointer[c] += g.inWeight.pointer[v]
            size.pointer[c] += 1
        }
    }
}

/// The fast local moving of Traag, Waltman & van Eck (2019): vertices wait in a queue (initially
/// in `order`); a vertex moves to the neighbouring community with the largest gain when that gain
/// beats staying; the neighbours left outside its new community join the queue. With
/// `allowEmpty`, moving into an empty community is a candidate too (Leiden).
///
/// Ties (gains within a relative 1e-12) keep the current community, else the first candidate met
/// in the row (canonical order). Labels of `membership` must lie in `0..<vertexCount`.
/// - Returns: whether any vertex moved.
/// - Complexity: O(E) per pass over the queue; every move strictly increases the quality.
func moveVertices(
    _ g: CommunityLevelGraph, membership: CommunityBuffer<Int32>, order: [Int32], allowEmpty: Bool
) -> Bool {
    let n = g.vertexCount
    guard n > 1 else { return false }
    let totals = CommunityTotals(graph: g, membership: membership)
    let outTotal = totals.outTotal.pointer
    let inTotal = totals.inTotal.pointer
    let size = totals.size.pointer
    let offsets = g.offsets.pointer
    let targets = g.targets.pointer
    let weights = g.weights.pointer
    let kOutOf = g.outWeight.pointer
    let kInOf = g.inWeight.pointer
    let community = membership.pointer
    let scale = g.scale

    var emptyIDs: [Int32] = []
    if allowEmpty {
        for c in stride(from: n - 1, through: 0, by: -1) where size[c] == 0 { emptyIDs.append(Int32(c)) }
    }
    let neighborWeight = CommunityBuffer<Double>(repeating: 0, count: n)
    let isTouched = CommunityBuffer<Bool>(repeating: false, count: n)
    let touched = CommunityBuffer<Int32>(repeating: 0, count: n)
    let queue = CommunityBuffer<Int32>(order)
    let queued = CommunityBuffer<Bool>(repeating: true, count: n)
    let nw = neighborWeight.pointer
    let mark = isTouched.pointer
    let list = touched.pointer
    let ring = queue.pointer
    let inQueue = queued.pointer
    var head = 0
    var queueLength = n
    var moved = false

    while queueLength > 0 {
        let v = Int(ring[head])
        head = head + 1 == n ? 0 : head + 1
        queueLength -= 1
        inQueue[v] = false

        let current = Int(community[v])
        let kOut = kOutOf[v]
        let kIn = kInOf[v]
        var touchedCount = 0
        let rowStart = offsets[v]
        let rowEnd = offsets[v + 1]
        for e in rowStart..<rowEnd {
            let c = Int(community[Int(targets[e])])
            if !mark[c] {
                mark[c] = true
                list[touchedCount] = Int32(c)
                touchedCount += 1
            }
            nw[c] += weights[e]
        }
        // Take v out of its community.
        outTotal[current] -= kOut
        inTotal[current] -= kIn
        size[current] -= 1
        if size[current] == 0 {
            outTotal[current] = 0
            inTotal[current] = 0
        }
        let tolerance = 1e-12 * (kOut + kIn)
        var best = current
        var bestGain = nw[current] - (kOut * inTotal[current] + kIn * outTotal[current]) * scale
        for i in 0..<touchedCount {
            let c = Int(list[i])
            if c == current { continue }
            let gain = nw[c] - (kOut * inTotal[c] + kIn * outTotal[c]) * scale
            if gain > bestGain + tolerance {
                best = c
                bestGain = gain
            }
        }
        if allowEmpty, size[current] > 0, 0 > bestGain + tolerance, let empty = emptyIDs.popLast() {
            best = Int(empty)
        }
        for i in 0..<touchedCount {
            let c = Int(list[i])
            nw[c] = 0
            mark[c] = false
        }
        outTotal[best] += kOut
        inTotal[best] += kIn
        size[best] += 1
        if best != current {
            if allowEmpty, size[current] == 0 { emptyIDs.append(Int32(current)) }
            community[v] = Int32(best)
            moved = true
            for e in rowStart..<rowEnd {
                let u = Int(targets[e])
                if !inQueue[u], Int(community[u]) != best {
                    inQueue[u] = true
                    var tail = head + queueLength
                    if tail >= n { tail -= n }
                    ring[tail] = Int32(u)
                    queueLength += 1
                }
            }
        }
    }
    return moved
}
