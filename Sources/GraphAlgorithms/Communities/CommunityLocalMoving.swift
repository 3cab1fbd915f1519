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

/// The state local moving changes: the membership, community totals, the queue of vertices to
/// visit (a ring, each vertex at most once) and, with `allowEmpty`, the stack of empty labels.
final class LocalMovingState {
    let graph: CommunityLevelGraph
    let membership: CommunityBuffer<Int32>
    let totals: CommunityTotals
    let decider: MoveDecider
    let queue: CommunityBuffer<Int32>
    let queued: CommunityBuffer<Bool>
    var head = 0
    var queueLength: Int
    var emptyIDs: [Int32] = []
    var moved = false
    /// `disturbed[v]` is the ``moveStamp`` current when a neighbour of `v` last moved.
    let disturbed: CommunityBuffer<Int32>
    /// A counter the caller may advance (block moving: one value per block).
    var moveStamp: Int32 = 0

    init(_ g: CommunityLevelGraph, membership: CommunityBuffer<Int32>, order: [Int32], allowEmpty: Bool) {
        let n = g.vertexCount
        graph = g
        self.membership = membership
        totals = CommunityTotals(graph: g, membership: membership)
        decider = MoveDecider(g, membership: membership, totals: totals, allowEmpty: allowEmpty)
        queue = CommunityBuffer(order)
        queued = CommunityBuffer(repeating: true, count: n)
        queueLength = n
        disturbed = CommunityBuffer(repeating: -1, count: n)
        if allowEmpty {
            for c in stride(from: n - 1, through: 0, by: -1) where totals.size.pointer[c] == 0 {
                emptyIDs.append(Int32(c))
            }
        }
    }

    /// Takes the vertex at the head of the queue.
    @inline(__always)
    func pop() -> Int {
        let v = Int(queue.pointer[head])
        head = head + 1 == graph.vertexCount ? 0 : head + 1
        queueLength -= 1
        queued.pointer[v] = false
        return v
    }

    /// Puts `v` into `target` (a label, or ``MoveDecider/emptyCommunity``), updating the totals;
    /// when it moves, its neighbours outside its new community join the queue and are marked
    /// disturbed at ``moveStamp``.
    /// - Returns: the community `v` left and the one it joined (equal when it stays).
    /// - Complexity: O(degree of v) when it moves, else O(1).
    @inline(__always)
    func apply(_ v: Int, to target: Int32) -> (from: Int, to: Int) {
        let community = membership.pointer
        let current = Int(community[v])
        let best = target == MoveDecider.emptyCommunity ? Int(emptyIDs.removeLast()) : Int(target)
        guard best != current else { return (current, current) }
        let kOut = graph.outWeight.pointer[v]
        let kIn = graph.inWeight.pointer[v]
        let outTotal = totals.outTotal.pointer
        let inTotal = totals.inTotal.pointer
        let size = totals.size.pointer
        outTotal[current] -= kOut
        inTotal[current] -= kIn
        size[current] -= 1
        if size[current] == 0 {
            outTotal[current] = 0
            inTotal[current] = 0
            if decider.allowEmpty { emptyIDs.append(Int32(current)) }
        }
        outTotal[best] += kOut
        inTotal[best] += kIn
        size[best] += 1
        community[v] = Int32(best)
        moved = true
        let n = graph.vertexCount
        let ring = queue.pointer
        let inQueue = queued.pointer
        let mark = disturbed.pointer
        let stamp = moveStamp
        for e in graph.offsets.pointer[v]..<graph.offsets.pointer[v + 1] {
            let u = Int(graph.targets.pointer[e])
            mark[u] = stamp
            if !inQueue[u], Int(community[u]) != best {
                inQueue[u] = true
                var tail = head + queueLength
                if tail >= n { tail -= n }
                ring[tail] = Int32(u)
                queueLength += 1
            }
        }
        return (current, best)
    }
}

/// Level graphs with fewer row entries than this, or fewer than 8 blocks of vertices, move
/// sequentially; larger ones in blocks (``moveVerticesInBlocks(_:blockSize:workers:)``). The choice depends
/// only on the graph, never on the core count, so the partition does not either.
let blockMovingThreshold = 500_000

/// The fast local moving of Traag, Waltman & van Eck (2019): vertices wait in a queue (initially
/// in `order`); a vertex moves to the neighbouring community with the largest gain when that gain
/// beats staying; the neighbours left outside its new community join the queue. With
/// `allowEmpty`, moving into an empty community is a candidate too (Leiden).
///
/// Ties (gains within a relative 1e-12) keep the current community, else the first candidate met
/// in the row (canonical order). Labels of `membership` must lie in `0..<vertexCount`. Large
/// graphs decide their moves in parallel blocks (see ``moveVerticesInBlocks(_:blockSize:workers:)``); the
/// result depends on the graph, `order` and nothing else.
/// - Returns: whether any vertex moved.
/// - Complexity: O(E) per pass over the queue; every move strictly increases the quality.
func moveVertices(
    _ g: CommunityLevelGraph, membership: CommunityBuffer<Int32>, order: [Int32], allowEmpty: Bool
) -> Bool {
    guard g.vertexCount > 1 else { return false }
    let state = LocalMovingState(g, membership: membership, order: order, allowEmpty: allowEmpty)
    let blockSize = movingBlockSize(for: g)
    if g.targets.count >= blockMovingThreshold, g.vertexCount >= 8 * blockSize {
        moveVerticesInBlocks(state, blockSize: blockSize, workers: Parallel.workerCount(forTasks: Int.max))
    } else {
        let scratch = MoveScratch(vertexCount: g.vertexCount)
        while state.queueLength > 0 {
            let v = state.pop()
            _ = state.apply(v, to: state.decider.bestMove(of: v, scratch: scratch).target)
        }
    }
    return state.moved
}
