#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Vertices per chunk of communities in ``refine(_:membership:count:randomness:rng:)``.
private let refinementChunk = 1024

/// The refinement phase of Leiden (Traag, Waltman & van Eck 2019, `MergeNodesSubset`): inside every
/// community `S` of `membership`, starting from singletons, each well-connected vertex still alone
/// (visited in random order) joins a well-connected sub-community of `S`, chosen at random with
/// probability ∝ exp(gain / θ) among those with gain ≥ 0 (staying alone has gain 0). θ is
/// `randomness` times the mean edge weight. Every sub-community stays connected.
///
/// Communities are refined independently, in parallel: community `c` draws from its own generator,
/// seeded by one draw from `rng` and `c`, and touches only its members' entries, so the result does
/// not depend on the worker count.
/// - Returns: the refined labels in `0..<count` (first-appearance order) and `count`.
/// - Complexity: O(V + E) plus one exponential per candidate, spread over the cores.
func refine(
    _ g: CommunityLevelGraph, membership: CommunityBuffer<Int32>, count: Int, randomness: Double,
    rng: inout SplitMix64
) -> (CommunityBuffer<Int32>, Int) {
    let n = g.vertexCount
    let (start, members) = groupByCommunity(membership, count: count)
    let community = membership.pointer
    let offsets = g.offsets.pointer
    let targets = g.targets.pointer
    let weights = g.weights.pointer
    let kOutOf = g.outWeight.pointer
    let kInOf = g.inWeight.pointer
    let scale = g.scale
    let theta = randomness * g.meanWeight

    let refinedBuffer = CommunityBuffer<Int32>((0..<n).map { Int32($0) })
    let refined = refinedBuffer.pointer
    let rOutBuffer = CommunityBuffer<Double>(repeating: 0, count: n)
    let rInBuffer = CommunityBuffer<Double>(repeating: 0, count: n)
    let rSizeBuffer = CommunityBuffer<Int32>(repeating: 1, count: n)
    let cutBuffer = CommunityBuffer<Double>(repeating: 0, count: n)
    let insideBuffer = CommunityBuffer<Double>(repeating: 0, count: n)
    let rOut = rOutBuffer.pointer
    let rIn = rInBuffer.pointer
    let rSize = rSizeBuffer.pointer
    let cut = cutBuffer.pointer
    let toSubset = insideBuffer.pointer
    let workers = g.targets.count >= 1 << 16 ? Parallel.workerCount(forTasks: Int.max) : 1
    let vertexParts = Parallel.evenRanges(count: n, parts: workers == 1 ? 1 : Swift.min(n, 64))
    Parallel.forEachChunk(vertexParts.count, workers: workers) { _, part in
        for v in vertexParts[part] {
            rOut[v] = kOutOf[v]
            rIn[v] = kInOf[v]
            let c = community[v]
            var w = 0.0
            for e in offsets[v]..<offsets[v + 1] where community[Int(targets[e])] == c { w += weights[e] }
            toSubset[v] = w
            cut[v] = w
        }
    }
    let levelSeed = rng.next()
    let chunks = communityChunks(start: start, members: refinementChunk)
    let scratches = (0..<workers).map { _ in MoveScratch(vertexCount: n) }
    Parallel.forEachChunk(chunks.count, workers: workers) { worker, chunk in
        let nw = scratches[worker].neighborWeight.pointer
        let mark = scratches[worker].isTouched.pointer
        var touched: [Int32] = []
        var candidates: [Int32] = []
        var gains: [Double] = []
        for c in chunks[chunk] where start[c + 1] - start[c] > 1 {
            var draws = SplitMix64(seed: communityMix(levelSeed ^ communityMix(UInt64(c))))
            var subsetOut = 0.0
            var subsetIn = 0.0
            var order = Array(members[start[c]..<start[c + 1]])
            for v in order {
                subsetOut += kOutOf[Int(v)]
                subsetIn += kInOf[Int(v)]
            }
            for i in stride(from: order.count - 1, to: 0, by: -1) {
                order.swapAt(i, draws.nextIndex(below: i + 1))
            }
            for (i, vertex) in order.enumerated() {
                g.prefetchAhead(of: i, in: order, end: order.count)
                let v = Int(vertex)
                let own = Int(refined[v])
                guard rSize[own] == 1 else { continue }
                let kOut = kOutOf[v]
                let kIn = kInOf[v]
                // Well-connected vertex: E(v, S − v) ≥ γ‖v‖(‖S‖ − ‖v‖).
                guard toSubset[v] >= (kOut * (subsetIn - kIn) + kIn * (subsetOut - kOut)) * scale else { continue }
                for e in offsets[v]..<offsets[v + 1] {
                    let u = Int(targets[e])
                    guard Int(community[u]) == c else { continue }
                    let r = Int(refined[u])
                    if !mark[r] {
                        mark[r] = true
                        touched.append(Int32(r))
                    }
                    nw[r] += weights[e]
                }
                rOut[own] = 0
                rIn[own] = 0
                rSize[own] = 0
                candidates.removeAll(keepingCapacity: true)
                gains.removeAll(keepingCapacity: true)
                var maxGain = 0.0
                for rc in touched {
                    let r = Int(rc)
                    if r == own { continue }
                    // Well-connected sub-community: E(C, S − C) ≥ γ‖C‖(‖S‖ − ‖C‖).
                    let expected = (rOut[r] * (subsetIn - rIn[r]) + rIn[r] * (subsetOut - rOut[r])) * scale
                    guard cut[r] >= expected else { continue }
                    let gain = nw[r] - (kOut * rIn[r] + kIn * rOut[r]) * scale
                    guard gain >= 0 else { continue }
                    candidates.append(rc)
                    gains.append(gain)
                    maxGain = Swift.max(maxGain, gain)
                }
                var chosen = own
                if !candidates.isEmpty {
                    var total = theta > 0 ? exp(-maxGain / theta) : (maxGain == 0 ? 1 : 0)
                    for i in gains.indices {
                        let p = theta > 0 ? exp((gains[i] - maxGain) / theta) : (gains[i] == maxGain ? 1 : 0)
                        gains[i] = p
                        total += p
                    }
                    var draw = draws.nextUnit() * total
                    // Staying alone comes first in the cumulative order, then the candidates.
                    let stay = theta > 0 ? exp(-maxGain / theta) : (maxGain == 0 ? 1 : 0)
                    if draw >= stay {
                        draw -= stay
                        chosen = Int(candidates[candidates.count - 1])
                        for i in candidates.indices {
                            if draw < gains[i] {
                                chosen = Int(candidates[i])
                                break
                            }
                            draw -= gains[i]
                        }
                    }
                }
                rOut[chosen] += kOut
                rIn[chosen] += kIn
                rSize[chosen] += 1
                if chosen != own {
                    cut[chosen] += toSubset[v] - 2 * nw[chosen]
                    refined[v] = Int32(chosen)
                }
                for rc in touched {
                    nw[Int(rc)] = 0
                    mark[Int(rc)] = false
                }
                touched.removeAll(keepingCapacity: true)
            }
        }
    }
    let refinedCount = renumberCommunities(refinedBuffer)
    return (refinedBuffer, refinedCount)
}
