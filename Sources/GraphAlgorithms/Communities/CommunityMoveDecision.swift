/// Scratch space for one worker deciding moves: per-community accumulated weights and the list of
/// communities touched by the current row.
final class MoveScratch {
    let neighborWeight: CommunityBuffer<Double>
    let isTouched: CommunityBuffer<Bool>
    let touched: CommunityBuffer<Int32>

    init(vertexCount n: Int) {
        neighborWeight = CommunityBuffer(repeating: 0, count: n)
        isTouched = CommunityBuffer(repeating: false, count: n)
        touched = CommunityBuffer(repeating: 0, count: n)
    }
}

/// A vertex's chosen community and its weights to that community and to its own, the numbers
/// that make the gain checkable again in O(1) while its neighbours stay put.
struct MoveChoice {
    /// A label, or ``MoveDecider/emptyCommunity``.
    var target: Int32
    /// The weight between the vertex and `target` (0 for an empty community).
    var toTarget: Double
    /// The weight between the vertex and the rest of its own community.
    var toCurrent: Double
}

/// The move rule of local moving, read-only over a level graph, a membership and its community
/// totals: shared by the sequential queue and the block-parallel one.
struct MoveDecider: @unchecked Sendable {
    /// The answer of ``bestMove(of:scratch:)`` for "move into an empty community".
    static let emptyCommunity: Int32 = -1

    let offsets: UnsafeMutablePointer<Int>
    let targets: UnsafeMutablePointer<Int32>
    let weights: UnsafeMutablePointer<Double>
    let kOutOf: UnsafeMutablePointer<Double>
    let kInOf: UnsafeMutablePointer<Double>
    let community: UnsafeMutablePointer<Int32>
    let outTotal: UnsafeMutablePointer<Double>
    let inTotal: UnsafeMutablePointer<Double>
    let size: UnsafeMutablePointer<Int32>
    let scale: Double
    let allowEmpty: Bool
    let symmetric: Bool

    init(_ g: CommunityLevelGraph, membership: CommunityBuffer<Int32>, totals: CommunityTotals, allowEmpty: Bool) {
        offsets = g.offsets.pointer
        targets = g.targets.pointer
        weights = g.weights.pointer
        kOutOf = g.outWeight.pointer
        kInOf = g.inWeight.pointer
        community = membership.pointer
        outTotal = totals.outTotal.pointer
        inTotal = totals.inTotal.pointer
        size = totals.size.pointer
        scale = g.scale
        symmetric = g.symmetric
        self.allowEmpty = allowEmpty
    }

    /// The community `v` should belong to, with `v` taken out of its own: the neighbouring
    /// community of largest gain when it beats staying by more than a relative 1e-12 (ties: the
    /// first met in the row), else its own community; with `allowEmpty`, ``emptyCommunity`` when
    /// being alone beats both (and `v` is not alone already). Reads the state, writes only
    /// `scratch`. - Complexity: O(degree of v).
    @inline(__always)
    func bestMove(of v: Int, scratch: MoveScratch) -> MoveChoice {
        let nw = scratch.neighborWeight.pointer
        let mark = scratch.isTouched.pointer
        let list = scratch.touched.pointer
        let current = Int(community[v])
        let kOut = kOutOf[v]
        let kIn = kInOf[v]
        var touchedCount = 0
        for e in offsets[v]..<offsets[v + 1] {
            let c = Int(community[Int(targets[e])])
            if !mark[c] {
                mark[c] = true
                list[touchedCount] = Int32(c)
                touchedCount += 1
            }
            nw[c] += weights[e]
        }
        let alone = size[current] == 1
        let currentOut = alone ? 0 : outTotal[current] - kOut
        let currentIn = alone ? 0 : inTotal[current] - kIn
        let tolerance = 1e-12 * (kOut + kIn)
        var best = current
        var bestGain = nw[current] - (kOut * currentIn + kIn * currentOut) * scale
        // Undirected: kᵒTⁱ + kⁱTᵒ is exactly 2kT (doubling is exact), so read one total.
        if symmetric {
            let twiceK = 2 * kOut
            for i in 0..<touchedCount {
                let c = Int(list[i])
                if c == current { continue }
                let gain = nw[c] - twiceK * outTotal[c] * scale
                if gain > bestGain + tolerance {
                    best = c
                    bestGain = gain
                }
            }
        } else {
            for i in 0..<touchedCount {
                let c = Int(list[i])
                if c == current { continue }
                let gain = nw[c] - (kOut * inTotal[c] + kIn * outTotal[c]) * scale
                if gain > bestGain + tolerance {
                    best = c
                    bestGain = gain
                }
            }
        }
        var choice = MoveChoice(target: Int32(best), toTarget: nw[best], toCurrent: nw[current])
        for i in 0..<touchedCount {
            let c = Int(list[i])
            nw[c] = 0
            mark[c] = false
        }
        if allowEmpty, !alone, 0 > bestGain + tolerance {
            choice.target = Self.emptyCommunity
            choice.toTarget = 0
        }
        return choice
    }

    /// Whether the move `choice` of `v`, decided earlier, still strictly improves the quality in
    /// the present state, given that no neighbour of `v` has moved since (so its weights to the
    /// communities are unchanged; only the totals may differ). - Complexity: O(1).
    @inline(__always)
    func stillImproves(_ v: Int, _ choice: MoveChoice) -> Bool {
        let current = Int(community[v])
        let kOut = kOutOf[v]
        let kIn = kInOf[v]
        let alone = size[current] == 1
        let currentOut = alone ? 0 : outTotal[current] - kOut
        let currentIn = alone ? 0 : inTotal[current] - kIn
        let tolerance = 1e-12 * (kOut + kIn)
        let stay = choice.toCurrent - (kOut * currentIn + kIn * currentOut) * scale
        if choice.target == Self.emptyCommunity { return allowEmpty && !alone && 0 > stay + tolerance }
        let c = Int(choice.target)
        guard c != current, size[c] > 0 else { return false }
        return choice.toTarget - (kOut * inTotal[c] + kIn * outTotal[c]) * scale > stay + tolerance
    }
}
