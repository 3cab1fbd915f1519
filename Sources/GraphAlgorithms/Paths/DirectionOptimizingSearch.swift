/// The direction-optimising breadth-first search behind ``Graph/breadthFirstLevels(from:)``
/// (Beamer, Asanović & Patterson, SC 2012; GAPBS `bfs.cc`).
///
/// The frontier is a queue in top-down steps and a bitmap in bottom-up steps. A bottom-up step
/// writes only the levels and bitmap words of its own block of 64·`blockWords` vertices, so blocks
/// run concurrently without synchronisation and the outcome is independent of scheduling (graphs
/// below `parallelVertexCount` vertices use one block).
struct DirectionOptimizingSearch {
    /// Switch to bottom-up when the frontier's out-edges exceed 1/α of the unexamined edges.
    static let alpha = 15
    /// Switch back to top-down when the frontier falls below 1/β of the vertices.
    static let beta = 18
    /// Bitmap words per parallel bottom-up block (4,096 vertices).
    static let blockWords = 64
    /// Below this many vertices a bottom-up step runs as one block on the calling thread: waking
    /// workers costs more than the step.
    static let parallelVertexCount = 1 << 16

    let adjacency: AdjacencyBuffers
    let levels: UnsafeMutableBufferPointer<Int32>
    private var queue: [Vertex]

    init(adjacency: AdjacencyBuffers, levels: UnsafeMutableBufferPointer<Int32>) {
        self.adjacency = adjacency
        self.levels = levels
        queue = []
    }

    /// Fills `levels` (which must be all `-1`) from `source`; returns the number of vertices reached.
    mutating func run(from source: Int) -> Int {
        let n = levels.count
        let offsets = adjacency.outOffsets
        queue = [Vertex](repeating: 0, count: n)
        var front: [UInt64] = []
        var next: [UInt64] = []
        levels[source] = 0
        queue[0] = Vertex(source)
        var head = 0
        var tail = 1
        var reached = 1
        var level: Int32 = 0
        var edgesToCheck = adjacency.outNeighbors.count
        var scoutCount = offsets[source + 1] - offsets[source]
        while head < tail {
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
                } while awake > 0 && (awake >= previous || awake > n / Self.beta)
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

    /// Expands `queue[head..<tail]` through out-edges, appending the newly discovered vertices.
    /// Returns their out-degree sum and the new frontier's bounds.
    private mutating func topDownStep(level: Int32, from head: Int, to tail: Int)
        -> (scoutCount: Int, head: Int, tail: Int)
    {
        let (offsets, neighbors, levels) = (adjacency.outOffsets, adjacency.outNeighbors, levels)
        var end = tail
        var scout = 0
        queue.withUnsafeMutableBufferPointer { queue in
            for i in head..<tail {
                let u = Int(queue[i])
                for e in offsets[u]..<offsets[u + 1] {
                    let v = Int(neighbors[e])
                    if levels[v] < 0 {
                        levels[v] = level
                        queue[end] = Vertex(v)
                        end += 1
                        scout += offsets[v + 1] - offsets[v]
                    }
                }
            }
        }
        return (scout, tail, end)
    }

    /// Gives `level` to every unvisited vertex with an in-neighbour in `front`, marking it in
    /// `next`; returns how many were found. Parallel over fixed blocks of vertices.
    private func bottomUpStep(level: Int32, front: [UInt64], next: inout [UInt64]) -> Int {
        let n = levels.count
        let (offsets, sources, levels) = (adjacency.inOffsets, adjacency.inNeighbors, levels)
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
                            var bits: UInt64 = 0
                            for v in (word << 6)..<Swift.min((word << 6) + 64, n) where levels[v] < 0 {
                                for e in offsets[v]..<offsets[v + 1] {
                                    let u = Int(sources[e])
                                    if front[u >> 6] & (1 << UInt64(u & 63)) != 0 {
                                        levels[v] = level
                                        bits |= 1 << UInt64(v & 63)
                                        awake += 1
                                        break
                                    }
                                }
                            }
                            next[word] = bits
                        }
                        found[block] = awake
                    }
                }
            }
        }
        return found.reduce(0, +)
    }
}
