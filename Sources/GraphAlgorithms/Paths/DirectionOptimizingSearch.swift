import Synchronization

/// The direction-optimising breadth-first search behind ``Graph/breadthFirstLevels(from:)``
/// (Beamer, Asanović & Patterson, SC 2012; GAPBS `bfs.cc`).
///
/// A visited bitmap (one atomic word per 64 vertices, 1/32 of the levels' size, so it stays in
/// cache) says which vertices have a level. Top-down steps over large frontiers run in parallel over
/// fixed slices of the queue (smaller ones on the calling thread): a vertex is claimed by an atomic
/// OR on its visited bit, and only the claiming slice writes its level and queues it, so every level
/// is the same whatever the interleaving (only the order of vertices inside the next queue may vary,
/// which no level depends on). A bottom-up step writes only the levels and bitmap words of its own block of
/// 64·`blockWords` vertices, so blocks run concurrently without synchronisation; fully visited
/// words are skipped 64 vertices at a time. Graphs below `parallelVertexCount` vertices use one
/// block and one slice.
struct DirectionOptimizingSearch {
    /// Switch to bottom-up when the frontier's out-edges exceed 1/α of the unexamined edges.
    static let alpha = 15
    /// Switch back to top-down when the frontier falls below 1/β of the vertices.
    static let beta = 18
    /// Bitmap words per parallel bottom-up block (4,096 vertices).
    static let blockWords = 64
    /// Below this many vertices a step runs as one block on the calling thread: waking workers
    /// costs more than the step.
    static let parallelVertexCount = 1 << 16
    /// Frontier vertices per parallel top-down slice.
    static let sliceVertices = 512
    /// A top-down step runs in parallel slices when its frontier has about this many out-edges
    /// (frontier size times the average degree); smaller ones expand on the calling thread with
    /// plain bitmap stores, cheaper than the atomic claims parallel slices need, and queue what they
    /// discover in place.
    static let parallelTopDownEdges = 1 << 16
    /// Discoveries a parallel top-down slice gathers before appending them to the queue.
    static let flushVertices = 1024
    /// In-edges a bottom-up step tests together before it branches (4 to 16 measured on G(n, m)
    /// and RMAT graphs of 2M and 10M edges: 8 was the fastest or within 3 % of it on each).
    static let parentTestBlock = 8

    let adjacency: AdjacencyBuffers
    let levels: UnsafeMutableBufferPointer<Int32>
    /// The frontier out-edges from which a top-down step runs in parallel (tests lower it).
    let parallelTopDownEdges: Int
    /// Bit `v & 63` of word `v >> 6` is set once `v` has a level.
    private let visited: AtomicCells<UInt64>
    /// Room for every vertex, never filled in advance (a vertex enters it at most once).
    private let queue: UnsafeMutableBufferPointer<Vertex>

    init(
        adjacency: AdjacencyBuffers, levels: UnsafeMutableBufferPointer<Int32>,
        parallelTopDownEdges: Int = Self.parallelTopDownEdges
    ) {
        self.adjacency = adjacency
        self.levels = levels
        self.parallelTopDownEdges = parallelTopDownEdges
        visited = AtomicCells(count: (levels.count + 63) / 64) { _ in 0 }
        queue = .allocate(capacity: Swift.max(levels.count, 1))
    }

    /// Fills `levels` (which must be all `-1`) from `source`; returns the number of vertices reached.
    /// Frees the visited bitmap and the queue: call once.
    mutating func run(from source: Int) -> Int {
        defer {
            visited.deallocate()
            queue.deallocate()
        }
        let n = levels.count
        let offsets = adjacency.outOffsets
        var front: [UInt64] = []
        var next: [UInt64] = []
        levels[source] = 0
        visited.base[source >> 6].store(1 << UInt64(source & 63), ordering: .relaxed)
        queue[0] = Vertex(source)
        var head = 0
        var tail = 1
        var reached = 1
        var level: Int32 = 0
        var edgesToCheck = adjacency.outNeighbors.count
        var scoutCount = offsets[source + 1] - offsets[source]
        // Once every vertex has a level nothing is left to discover: the last step, which would
        // only look at visited vertices, is skipped.
        while head < tail, reached < n {
            if scoutCount > edgesToCheck / Self.alpha {
                if front.isEmpty {
                    front = [UInt64](repeating: 0, count: (n + 63) / 64)
                    next = front
                }
                for i in 0..<front.count { front[i] = 0 }
                for i in head..<tail {
                    let v = Int(queue[i])
                    front[v >> 6] |= 1 << UInt64(v & 63)
                }
                var awake = tail - head
                var previous: Int
                repeat {
                    previous = awake
                    level += 1
                    awake = bottomUpStep(level: level, front: front, next: &next)
                    swap(&front, &next)
                    reached += awake
                } while awake > 0 && reached < n && (awake >= previous || awake > n / Self.beta)
                if reached == n { break }
                (head, tail) = (0, 0)
                for (word, bits) in front.enumerated() {
                    var remaining = bits
                    while remaining != 0 {
                        queue[tail] = Vertex(word << 6 | remaining.trailingZeroBitCount)
                        tail += 1
                        remaining &= remaining - 1
                    }
                }
                scoutCount = 1
            } else {
                edgesToCheck -= scoutCount
                level += 1
                (scoutCount, head, tail) = topDownStep(level: level, from: head, to: tail)
                reached += tail - head
            }
        }
        return reached
    }

    /// Expands `queue[head..<tail]` through out-edges, appending the newly discovered vertices: on
    /// the calling thread, or in parallel slices when the frontier is large. Returns their
    /// out-degree sum and the new frontier's bounds.
    private func topDownStep(level: Int32, from head: Int, to tail: Int)
        -> (scoutCount: Int, head: Int, tail: Int)
    {
        let n = levels.count
        let estimatedEdges = (tail - head) * (adjacency.outNeighbors.count / Swift.max(n, 1))
        let parallel = n >= Self.parallelVertexCount && estimatedEdges >= parallelTopDownEdges
        let slices = parallel ? Swift.max(2, (tail - head) / Self.sliceVertices) : 1
        let ranges = Parallel.evenRanges(count: tail - head, parts: slices)
        let (scout, end) =
            ranges.count > 1
            ? expandInSlices(level: level, head: head, tail: tail, ranges: ranges)
            : expandAlone(level: level, head: head, tail: tail)
        return (scout, tail, end)
    }

    /// The top-down step on the calling thread: plain bitmap stores (no locked instruction), each
    /// discovery queued in place. Returns the discoveries' out-degree sum and the queue's new end.
    private func expandAlone(level: Int32, head: Int, tail: Int) -> (scoutCount: Int, end: Int) {
        let (offsets, neighbors, levels, visited, queue) =
            (adjacency.outOffsets, adjacency.outNeighbors, levels, visited, queue)
        var end = tail
        var scout = 0
        for i in head..<tail {
            let u = Int(queue[i])
            for e in offsets[u]..<offsets[u + 1] {
                let v = Int(neighbors[e])
                let word = visited.base + (v >> 6)
                let bit: UInt64 = 1 << UInt64(v & 63)
                let seen = word.pointee.load(ordering: .relaxed)
                guard seen & bit == 0 else { continue }
                word.pointee.store(seen | bit, ordering: .relaxed)
                levels[v] = level
                queue[end] = Vertex(v)
                end += 1
                scout += offsets[v + 1] - offsets[v]
            }
        }
        return (scout, end)
    }

    /// The top-down step over `ranges` of the frontier (offsets from `head`) concurrently: a vertex
    /// is claimed by an atomic OR on its visited bit, and each slice gathers its discoveries in a
    /// small buffer on its stack that it appends to the queue in one piece (an atomic add reserves
    /// the stretch) whenever it fills and at the slice's end; no array grows and no page is touched
    /// twice. The discoveries' levels are written, and their degrees read, when the buffer is
    /// flushed, not between claims: a locked instruction waits for every earlier access, so random
    /// misses between claims would follow one another, where in the flush loop they overlap.
    /// Returns the discoveries' out-degree sum and the queue's new end.
    private func expandInSlices(level: Int32, head: Int, tail: Int, ranges: [Range<Int>])
        -> (scoutCount: Int, end: Int)
    {
        let (offsets, neighbors, levels, visited, queue) =
            (adjacency.outOffsets, adjacency.outNeighbors, levels, visited, queue)
        let rows = neighbors.baseAddress
        let end = AtomicCells<Int>(count: 1) { _ in tail }
        defer { end.deallocate() }
        var scouts = [Int](repeating: 0, count: ranges.count)
        scouts.withUnsafeMutableBufferPointer { scouts in
            Parallel.forEach(ranges.count) { slice in
                withUnsafeTemporaryAllocation(of: Vertex.self, capacity: Self.flushVertices) { buffer in
                    var count = 0
                    var scout = 0
                    func flush() {
                        for k in 0..<count {
                            let v = Int(buffer[k])
                            levels[v] = level
                            scout += offsets[v + 1] - offsets[v]
                        }
                        let start = end.base.pointee.add(count, ordering: .relaxed).oldValue
                        _ = UnsafeMutableBufferPointer(rebasing: queue[start..<(start + count)])
                            .initialize(fromContentsOf: buffer[..<count])
                        count = 0
                    }
                    let part = ranges[slice]
                    for i in part {
                        if i + Prefetch.vertexDistance < part.upperBound {
                            adjacency.prefetchOffsets(of: Int(queue[head + i + Prefetch.vertexDistance]), directed: false)
                        }
                        if i + Prefetch.rowDistance < part.upperBound {
                            let w = Int(queue[head + i + Prefetch.rowDistance])
                            Prefetch.row(offsets[w]..<offsets[w + 1], neighbors: rows, weights: nil)
                        }
                        let u = Int(queue[head + i])
                        for e in offsets[u]..<offsets[u + 1] {
                            let v = Int(neighbors[e])
                            let word = visited.base + (v >> 6)
                            let bit: UInt64 = 1 << UInt64(v & 63)
                            // Claim it; another slice may be claiming it too.
                            guard word.pointee.load(ordering: .relaxed) & bit == 0,
                                word.pointee.bitwiseOr(bit, ordering: .relaxed).oldValue & bit == 0
                            else { continue }
                            if count == Self.flushVertices { flush() }
                            buffer[count] = Vertex(v)
                            count += 1
                        }
                    }
                    if count > 0 { flush() }
                    scouts[slice] = scout
                }
            }
        }
        return (scouts.reduce(0, +), end.base.pointee.load(ordering: .relaxed))
    }

    /// Whether some entry of `row` in `sources` has its bit set in `front`. Tests
    /// ``parentTestBlock`` entries at a time without a branch between them, then branches once on
    /// the block: with a frontier of a few percent of the vertices or more, the first block usually
    /// holds a parent, so the branch is predictable, where a test per entry mispredicts at the hit
    /// in almost every row.
    /// - Complexity: O(row length), reading every entry up to the first block holding a parent.
    @inline(__always)
    static func hasParent(
        in front: UnsafeBufferPointer<UInt64>, among sources: UnsafeBufferPointer<Vertex>, _ row: Range<Int>
    ) -> Bool {
        var e = row.lowerBound
        while e + Self.parentTestBlock <= row.upperBound {
            var hit: UInt64 = 0
            for k in 0..<Self.parentTestBlock {
                let u = Int(sources[e + k])
                hit |= front[u &>> 6] &>> UInt64(u & 63)
            }
            if hit & 1 != 0 { return true }
            e += Self.parentTestBlock
        }
        while e < row.upperBound {
            let u = Int(sources[e])
            if front[u &>> 6] & (1 &<< UInt64(u & 63)) != 0 { return true }
            e += 1
        }
        return false
    }

    /// Gives `level` to every unvisited vertex with an in-neighbour in `front`, marking it in
    /// `next` and in the visited bitmap; returns how many were found. Parallel over fixed blocks of
    /// vertices.
    private func bottomUpStep(level: Int32, front: [UInt64], next: inout [UInt64]) -> Int {
        let n = levels.count
        let (offsets, sources, levels, visited) = (adjacency.inOffsets, adjacency.inNeighbors, levels, visited)
        let rows = sources.baseAddress
        let words = next.count
        let blockWords = n >= Self.parallelVertexCount ? Self.blockWords : Swift.max(words, 1)
        let blocks = (words + blockWords - 1) / blockWords
        var found = [Int](repeating: 0, count: blocks)
        front.withUnsafeBufferPointer { front in
            next.withUnsafeMutableBufferPointer { next in
                found.withUnsafeMutableBufferPointer { found in
                    Parallel.forEach(blocks) { block in
                        var awake = 0
                        let firstWord = block * blockWords
                        for word in firstWord..<Swift.min(firstWord + blockWords, words) {
                            let seen = visited.base[word].load(ordering: .relaxed)
                            var bits: UInt64 = 0
                            var unseen = ~seen
                            while unseen != 0 {
                                let v = word << 6 | unseen.trailingZeroBitCount
                                unseen &= unseen - 1
                                guard v < n else { break }
                                // The rows are read in order but only their first few entries, with the
                                // visited vertices' rows skipped: the hardware does not stream them ahead.
                                let ahead = v + Prefetch.vertexDistance
                                if let rows, ahead < n { Prefetch.read(rows + offsets[ahead]) }
                                if Self.hasParent(in: front, among: sources, offsets[v]..<offsets[v + 1]) {
                                    levels[v] = level
                                    bits |= 1 << UInt64(v & 63)
                                    awake += 1
                                }
                            }
                            next[word] = bits
                            if bits != 0 { visited.base[word].store(seen | bits, ordering: .relaxed) }
                        }
                        found[block] = awake
                    }
                }
            }
        }
        return found.reduce(0, +)
    }
}
