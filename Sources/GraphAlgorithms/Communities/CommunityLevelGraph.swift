import Foundation

// Internal machinery shared by Louvain, Leiden and label propagation: a canonical, symmetric
// working graph, local moving, refinement and aggregation. Nothing here is public.
//
// Order independence. The input graph is first relabelled into a *canonical space*: vertex v gets
// the rank of `hash(seed, key[v])`, where `key` is either supplied by the caller (e.g. hashes of
// vertex names) or computed from the structure (Weisfeiler–Lehman colour refinement, which does
// not depend on vertex numbering). Rows are sorted in canonical order and every strength is summed
// in that order. From then on the algorithms only use canonical indices, canonical row order and a
// seeded generator, so relabelling the input vertices (keeping the keys) gives bit-for-bit the
// same computation and the same partition, mapped through the relabelling. Vertices whose keys
// coincide (structurally equivalent vertices without supplied keys) fall back to their input index.

/// A fixed-size, manually managed buffer for the hot loops (no bounds checks, no copy-on-write).
final class CommunityBuffer<Element> {
    let pointer: UnsafeMutablePointer<Element>
    let count: Int

    init(repeating value: Element, count: Int) {
        self.count = count
        pointer = UnsafeMutablePointer<Element>.allocate(capacity: Swift.max(count, 1))
        pointer.initialize(repeating: value, count: count)
    }

    init(_ array: [Element]) {
        count = array.count
        pointer = UnsafeMutablePointer<Element>.allocate(capacity: Swift.max(count, 1))
        array.withUnsafeBufferPointer { source in
            if let base = source.baseAddress { pointer.initialize(from: base, count: count) }
        }
    }

    deinit {
        pointer.deinitialize(count: count)
        pointer.deallocate()
    }

    var array: [Element] { Array(UnsafeBufferPointer(start: pointer, count: count)) }
}

/// 64-bit finaliser of MurmurHash3 / SplitMix64: a bijective mix.
@inline(__always)
func communityMix(_ value: UInt64) -> UInt64 {
    var z = value &+ 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
}

extension SplitMix64 {
    /// A uniform double in [0, 1).
    @inline(__always)
    mutating func nextUnit() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// A uniformly random permutation of `0..<count` (Fisher–Yates).
    mutating func permutation(_ count: Int) -> [Int32] {
        var order = (0..<count).map { Int32($0) }
        if count > 1 {
            for i in stride(from: count - 1, to: 0, by: -1) {
                order.swapAt(i, nextIndex(below: i + 1))
            }
        }
        return order
    }
}

/// A working graph for modularity optimisation.
///
/// Rows are *combined* and symmetric: for an undirected graph the row of `v` lists its neighbours;
/// for a directed graph it lists every vertex joined to `v` by an arc in either direction, with the
/// weights of both arcs added. Self-loops are left out of the rows (they never change a move's
/// gain) but counted in the vertex weights. The gain of putting vertex `v` (weights `kᵒ`, `kⁱ`)
/// into community `C` (totals `Tᵒ`, `Tⁱ`) is `w(v, C) − (kᵒ Tⁱ + kⁱ Tᵒ) · scale`: with
/// `scale = γ / 2W` (W the sum of strengths) for undirected graphs, this is the usual
/// `w(v, C) − γ k T / 2m`; with `scale = γ / M` (M the total arc weight) for directed ones, it is
/// the Leicht–Newman gain `w(v→C) + w(C→v) − γ (kᵒ Tⁱ + kⁱ Tᵒ) / M`, both up to a positive factor.
final class CommunityLevelGraph {
    let vertexCount: Int
    let offsets: CommunityBuffer<Int>
    let targets: CommunityBuffer<Int32>
    let weights: CommunityBuffer<Double>
    /// Out-strength of each vertex (the strength, self-loops twice, when undirected).
    let outWeight: CommunityBuffer<Double>
    /// In-strength of each vertex (equal to `outWeight` when undirected).
    let inWeight: CommunityBuffer<Double>
    /// The factor of the expected-weight term (γ included).
    let scale: Double
    /// The mean weight of a row entry, the unit of the Leiden randomness.
    let meanWeight: Double

    init(
        vertexCount: Int, offsets: CommunityBuffer<Int>, targets: CommunityBuffer<Int32>,
        weights: CommunityBuffer<Double>, outWeight: CommunityBuffer<Double>,
        inWeight: CommunityBuffer<Double>, scale: Double, meanWeight: Double
    ) {
        self.vertexCount = vertexCount
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.outWeight = outWeight
        self.inWeight = inWeight
        self.scale = scale
        self.meanWeight = meanWeight
    }
}

/// The input graph relabelled into canonical space.
struct CanonicalGraph {
    /// The working graph on canonical vertices.
    let level: CommunityLevelGraph
    /// `original[x]`: the input vertex of canonical vertex `x`.
    let original: [Int32]
}

extension Graph {
    /// Weisfeiler–Lehman colour refinement (three rounds) with edge weights: a 64-bit key per
    /// vertex that does not depend on the numbering of the vertices. Every neighbour contributes a
    /// mixed (colour, weight) value, combined by wrapping addition, so row order does not matter.
    /// - Complexity: O(V + E).
    func structuralVertexKeys() -> [UInt64] {
        let n = vertexCount
        var color = [UInt64](repeating: 0, count: n)
        for v in 0..<n {
            color[v] = communityMix(UInt64(outDegree(of: v)) &* 0x1000_0001 ^ UInt64(inDegree(of: v)))
        }
        var next = color
        for round in 0..<3 {
            let salt = communityMix(UInt64(round) &+ 0x5EED)
            for v in 0..<n {
                var sum: UInt64 = 0
                for e in outOffsets[v]..<outOffsets[v + 1] {
                    sum &+= communityMix(
                        color[Int(outNeighbors[e])] ^ communityMix(outWeights[e].bitPattern ^ salt))
                }
                if isDirected {
                    for e in inOffsets[v]..<inOffsets[v + 1] {
                        sum &+= communityMix(
                            color[Int(inNeighbors[e])] &+ communityMix(inWeights[e].bitPattern ^ ~salt))
                    }
                }
                next[v] = communityMix(color[v] ^ communityMix(sum))
            }
            swap(&color, &next)
        }
        return color
    }

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

/// The first `count` elements of `buffer` (itself when nothing is cut).
private func shrunk<T>(_ buffer: CommunityBuffer<T>, to count: Int) -> CommunityBuffer<T> {
    guard count < buffer.count else { return buffer }
    return CommunityBuffer(Array(UnsafeBufferPointer(start: buffer.pointer, count: count)))
}

// MARK: - Local moving

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

/// Renumbers labels in `0..<vertexCount` to `0..<count` in order of first appearance. O(V).
func renumberCommunities(_ membership: CommunityBuffer<Int32>) -> Int {
    let n = membership.count
    let map = CommunityBuffer<Int32>(repeating: -1, count: n)
    var next: Int32 = 0
    for v in 0..<n {
        let c = Int(membership.pointer[v])
        if map.pointer[c] < 0 {
            map.pointer[c] = next
            next += 1
        }
        membership.pointer[v] = map.pointer[c]
    }
    return Int(next)
}

/// The vertices of each community: `members[start[c]..<start[c + 1]]`, ascending. O(V).
func groupByCommunity(_ membership: CommunityBuffer<Int32>, count: Int) -> (start: [Int], members: [Int32]) {
    var start = [Int](repeating: 0, count: count + 1)
    for v in 0..<membership.count { start[Int(membership.pointer[v]) + 1] += 1 }
    for c in 0..<count { start[c + 1] += start[c] }
    var cursor = start
    var members = [Int32](repeating: 0, count: membership.count)
    for v in 0..<membership.count {
        let c = Int(membership.pointer[v])
        members[cursor[c]] = Int32(v)
        cursor[c] += 1
    }
    return (start, members)
}

// MARK: - Aggregation

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

// MARK: - Leiden refinement

/// The refinement phase of Leiden (Traag, Waltman & van Eck 2019, `MergeNodesSubset`): inside every
/// community `S` of `membership`, starting from singletons, each well-connected vertex still alone
/// (visited in random order) joins a well-connected sub-community of `S`, chosen at random with
/// probability ∝ exp(gain / θ) among those with gain ≥ 0 (staying alone has gain 0). θ is
/// `randomness` times the mean edge weight. Every sub-community stays connected.
///
/// - Returns: the refined labels in `0..<count` (first-appearance order) and `count`.
/// - Complexity: O(V + E) plus one exponential per candidate.
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
    for v in 0..<n {
        rOut[v] = kOutOf[v]
        rIn[v] = kInOf[v]
        let c = community[v]
        var w = 0.0
        for e in offsets[v]..<offsets[v + 1] where community[Int(targets[e])] == c { w += weights[e] }
        toSubset[v] = w
        cut[v] = w
    }
    let nwBuffer = CommunityBuffer<Double>(repeating: 0, count: n)
    let markBuffer = CommunityBuffer<Bool>(repeating: false, count: n)
    let nw = nwBuffer.pointer
    let mark = markBuffer.pointer
    var touched: [Int32] = []
    var candidates: [Int32] = []
    var gains: [Double] = []

    for c in 0..<count where start[c + 1] - start[c] > 1 {
        var subsetOut = 0.0
        var subsetIn = 0.0
        var order = Array(members[start[c]..<start[c + 1]])
        for v in order {
            subsetOut += kOutOf[Int(v)]
            subsetIn += kInOf[Int(v)]
        }
        for i in stride(from: order.count - 1, to: 0, by: -1) {
            order.swapAt(i, rng.nextIndex(below: i + 1))
        }
        for vertex in order {
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
                var draw = rng.nextUnit() * total
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
    let refinedCount = renumberCommunities(refinedBuffer)
    return (refinedBuffer, refinedCount)
}

// MARK: - Connectivity

/// Splits every community of `membership` into its connected parts (in the working graph's rows)
/// and renumbers in first-appearance order. Splitting a disconnected community never lowers
/// modularity. - Complexity: O(V + E).
func splitDisconnectedCommunities(_ g: CommunityLevelGraph, membership: CommunityBuffer<Int32>) -> Int {
    let n = g.vertexCount
    let result = CommunityBuffer<Int32>(repeating: -1, count: n)
    var stack: [Int32] = []
    var next: Int32 = 0
    for s in 0..<n where result.pointer[s] < 0 {
        let c = membership.pointer[s]
        result.pointer[s] = next
        stack.append(Int32(s))
        while let v = stack.popLast() {
            for e in g.offsets.pointer[Int(v)]..<g.offsets.pointer[Int(v) + 1] {
                let u = Int(g.targets.pointer[e])
                if result.pointer[u] < 0, membership.pointer[u] == c {
                    result.pointer[u] = next
                    stack.append(Int32(u))
                }
            }
        }
        next += 1
    }
    for v in 0..<n { membership.pointer[v] = result.pointer[v] }
    return Int(next)
}

extension CanonicalGraph {
    /// The canonical labels mapped back to input vertices and numbered by smallest input vertex,
    /// with the modularity on the input graph.
    func result(
        _ canonical: CommunityBuffer<Int32>, graph: Graph, resolution: Double, levels: Int, iterations: Int
    ) throws -> CommunityResult {
        var labels = [Int](repeating: 0, count: original.count)
        for x in 0..<original.count { labels[Int(original[x])] = Int(canonical.pointer[x]) }
        let (membership, count) = canonicalCommunityLabels(labels)
        let q = try graph.modularityOfValidLabels(membership, count: count, resolution: resolution)
        return CommunityResult(
            membership: membership, communityCount: count, modularity: q, levels: levels, iterations: iterations)
    }
}
