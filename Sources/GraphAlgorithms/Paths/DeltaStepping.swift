import Synchronization

/// Single-source shortest distances by Δ-stepping (U. Meyer & P. Sanders, "Δ-stepping: a
/// parallelizable shortest path algorithm", J. Algorithms 49, 2003; GAPBS `sssp.cc`).
///
/// Vertices wait in buckets of width Δ by tentative distance; the lowest non-empty bucket is
/// emptied repeatedly (relaxing all out-edges of its vertices) until no vertex re-enters it, then
/// the next bucket is taken. No vertex waits more than `maxWeight / Δ + 1` buckets ahead of the
/// current one, so the buckets form a ring of that many slots. Entries whose distance has since
/// dropped into an earlier bucket are stale and skipped. Bucket indices are `⌊d · (1/Δ)⌋`, the same
/// formula wherever they are computed.
///
/// Each final distance is `d(u) + w(u, v)` for its best in-neighbour `u` with `u`'s final
/// distance, the same floating-point fixed point Dijkstra's algorithm reaches, so the two agree
/// exactly.
enum DeltaStepping {
    /// The most ring slots used before falling back to Dijkstra (weights spread over more than this
    /// many bucket widths).
    static let maximumRingSize = 1 << 16
    /// A part goes on with the vertices that re-entered the current bucket through its own
    /// relaxations, without waiting for the next round, while they are at most this many (GAPBS's
    /// bin-fusion threshold).
    static let fusionLimit = 1000

    /// A bucket width for `graph`: the mean weight divided by the average degree (Meyer and
    /// Sanders' Θ(1/d) for random weights, scaled by the weights); 1 when every weight is zero.
    /// Measured on G(n, m) with 2M edges, widths from a quarter to twice this value were within the
    /// noise of each other and up to 2× faster than four times larger ones. O(1): the total comes
    /// from the statistics the graph gathered when it stored its weights.
    static func bucketWidth(for graph: Graph) -> Double {
        let edges = graph.outWeights.count
        let total = graph.outWeights.statistics.total
        guard edges > 0, total > 0, total.isFinite else { return 1 }
        let averageDegree = Double(edges) / Double(Swift.max(graph.vertexCount, 1))
        return total / Double(edges) / Swift.max(averageDegree, 1)
    }

    /// The number of ring slots for width `delta` and largest weight `largest`, or `nil` when the
    /// weights span too many widths: a power of two (bucket indices map to slots by a mask, not a
    /// division) with at least one slot more than needed, which absorbs rounding in bucket indices.
    static func ringSize(largestWeight largest: Double, bucketWidth delta: Double) -> Int? {
        let slots = (largest / delta).rounded(.down) + 3
        guard slots <= Double(maximumRingSize) else { return nil }
        var size = 1
        while Double(size) < slots { size <<= 1 }
        return size
    }

    /// Distances from `source` over out-edges with the weights as lengths (`.infinity` when
    /// unreachable).
    ///
    /// Each round splits the current bucket's vertices into contiguous parts relaxed concurrently
    /// (one part below 512 vertices); tentative distances fall by compare-and-swap, and each part
    /// files the vertices it improved into a ring of its own, gathered in part order for the next
    /// round; a part empties its own slot of the current bucket at once while that holds at most
    /// `fusionLimit` vertices (bucket fusion, as GAPBS). The distances do not depend on the split or the scheduling: each is the fixed point
    /// described above.
    /// - Precondition: weights are finite and non-negative; `delta > 0`; `ringSize` is
    ///   `ringSize(largestWeight:bucketWidth:)` (a power of two).
    static func distances(in graph: Graph, from source: Int, bucketWidth delta: Double, ringSize: Int)
        -> [Double]
    {
        let n = graph.vertexCount
        let tentative = TentativeDistances(count: n)
        defer { tentative.deallocate() }
        tentative.lower(source, to: 0)
        let inverse = 1 / delta
        let partLimit = 4 * Parallel.workerCount(forTasks: Int.max)
        var rings = [[[Vertex]]](repeating: [[Vertex]](repeating: [], count: ringSize), count: partLimit)
        rings[0][0].append(Vertex(source))
        var waiting = 1
        var current = 0
        var frontier: [Vertex] = []
        graph.withAdjacencyBuffers { adjacency in
            let (offsets, neighbors, weights) = (adjacency.outOffsets, adjacency.outNeighbors, adjacency.outWeights)
            while waiting > 0 {
                let slot = current & (ringSize - 1)
                frontier.removeAll(keepingCapacity: true)
                for part in 0..<partLimit where !rings[part][slot].isEmpty {
                    frontier.append(contentsOf: rings[part][slot])
                    rings[part][slot].removeAll(keepingCapacity: true)
                }
                waiting -= frontier.count
                if frontier.isEmpty {
                    current += 1
                    continue
                }
                let parts = Swift.min(partLimit, Swift.max(1, frontier.count / 512))
                let ranges = Parallel.evenRanges(count: frontier.count, parts: parts)
                var filed = [Int](repeating: 0, count: parts)
                frontier.withUnsafeBufferPointer { frontier in
                    rings.withUnsafeMutableBufferPointer { rings in
                        filed.withUnsafeMutableBufferPointer { filed in
                            Parallel.forEach(parts) { part in
                                var count = 0
                                /// Relaxes the out-edges of `u` unless its entry is stale, filing
                                /// every improved vertex in this part's ring.
                                func relax(_ u: Int) {
                                    let du = tentative[u]
                                    guard Int(du * inverse) == current else { return }  // stale
                                    for e in offsets[u]..<offsets[u + 1] {
                                        let v = Int(neighbors[e])
                                        let candidate = du + weights[e]
                                        if tentative.lower(v, to: candidate) {
                                            rings[part][Int(candidate * inverse) & (ringSize - 1)].append(Vertex(v))
                                            count += 1
                                        }
                                    }
                                }
                                /// Relaxes `list[range]` in order, requesting each vertex's
                                /// offset and distance, then its row, some entries ahead.
                                func relax(_ list: UnsafeBufferPointer<Vertex>, _ range: Range<Int>) {
                                    for i in range {
                                        if i + Prefetch.vertexDistance < range.upperBound {
                                            let ahead = Int(list[i + Prefetch.vertexDistance])
                                            Prefetch.read(offsets.baseAddress! + ahead)
                                            Prefetch.read(tentative.cells + ahead)
                                        }
                                        if i + Prefetch.rowDistance < range.upperBound {
                                            let start = offsets[Int(list[i + Prefetch.rowDistance])]
                                            if let base = neighbors.baseAddress { Prefetch.read(base + start) }
                                            if let base = weights.base { Prefetch.read(base + start) }
                                        }
                                        relax(Int(list[i]))
                                    }
                                }
                                relax(frontier, ranges[part])
                                // Bucket fusion: re-entries of the current bucket are taken at
                                // once while there are few of them, saving whole rounds.
                                while !rings[part][slot].isEmpty, rings[part][slot].count <= Self.fusionLimit {
                                    var batch: [Vertex] = []
                                    swap(&batch, &rings[part][slot])
                                    count -= batch.count
                                    batch.withUnsafeBufferPointer { relax($0, $0.indices) }
                                }
                                filed[part] = count
                            }
                        }
                    }
                }
                waiting += filed.reduce(0, +)
            }
        }
        return Parallel.array(count: n) { tentative[$0] }
    }
}

/// Tentative distances shared by concurrent relaxations: the bit patterns of non-negative doubles
/// (ordered as the numbers are) in atomic cells, lowered by compare-and-swap.
private struct TentativeDistances: @unchecked Sendable {
    let cells: UnsafeMutablePointer<Atomic<UInt64>>
    private let storage: AtomicCells<UInt64>

    /// `count` cells at `+∞`.
    init(count: Int) {
        storage = AtomicCells(count: count) { _ in Double.infinity.bitPattern }
        cells = storage.base
    }

    func deallocate() { storage.deallocate() }

    subscript(v: Int) -> Double {
        @inline(__always) get { Double(bitPattern: cells[v].load(ordering: .relaxed)) }
    }

    /// Sets `v`'s distance to `distance` if that is lower; returns whether it was.
    @inline(__always) @discardableResult
    func lower(_ v: Int, to distance: Double) -> Bool {
        let desired = distance.bitPattern
        var old = cells[v].load(ordering: .relaxed)
        while desired < old {
            let (exchanged, original) = cells[v].compareExchange(
                expected: old, desired: desired, ordering: .relaxed)
            if exchanged { return true }
            old = original
        }
        return false
    }
}
