extension ShortestPathSearch {
    /// Breadth-first search from `source` (unit lengths), recording what `Variant` asks for.
    ///
    /// With a path-finding variant: edges lighter than `minimumWeight` are skipped, and the search
    /// stops once `target` is settled (`-1`: never).
    /// - Complexity: O(V' + E') for the V' vertices and E' edges reached.
    mutating func breadthFirst<Variant: SearchVariant>(
        _: Variant.Type, from source: Int, to target: Int = -1, minimumWeight: Double? = nil
    ) {
        var settled = 0
        var discovered = 0
        withKernelBuffers { k in
            // Locals, so the optimiser keeps the base pointers in registers.
            let (offsets, neighbors, weights, bans) = (k.offsets, k.neighbors, k.weights, k.bans)
            let (order, distance, sigma, predecessor) = (k.order, k.distance, k.sigma, k.predecessor)
            let filtersWeights = Variant.findsPaths && minimumWeight != nil
            let threshold = minimumWeight ?? 0
            distance[source] = 0
            if Variant.countsPaths { sigma[source] = 1 }
            order[0] = Vertex(source)
            discovered = 1
            while settled < discovered {
                let v = Int(order[settled])
                settled += 1
                if Variant.findsPaths && v == target { break }
                let next = distance[v] + 1
                let sigmaV = Variant.countsPaths ? sigma[v] : 0
                for e in offsets[v]..<offsets[v + 1] {
                    let w = Int(neighbors[e])
                    if Variant.findsPaths {
                        if bans.block(edge: e, to: w) { continue }
                        if filtersWeights && !(weights[e] >= threshold) { continue }
                    }
                    if distance[w] == .infinity {
                        distance[w] = next
                        if Variant.findsPaths { predecessor[w] = Vertex(v) }
                        order[discovered] = Vertex(w)
                        discovered += 1
                    }
                    if Variant.countsPaths && distance[w] == next { sigma[w] += sigmaV }
                }
            }
        }
        settledCount = settled
        reachedCount = discovered
    }

    /// Dijkstra's algorithm from `source` on `Variant`'s labels, recording what `Variant` asks for;
    /// a path-finding variant stops once `target` is settled (`-1`: never).
    ///
    /// A vertex whose label drops moves up in the queue (decrease-key), so every entry popped is
    /// settled.
    /// - Complexity: O((V' + E') log V') for the V' vertices and E' edges reached.
    mutating func dijkstra<Variant: SearchVariant>(_: Variant.Type, from source: Int, to target: Int = -1) {
        var settled = 0
        var stored = self.queue
        self.queue = VertexQueue(vertexCount: 0)
        withKernelBuffers { k in
            // Locals, so the optimiser keeps the base pointers and the queue in registers.
            let (offsets, neighbors, weights, bans) = (k.offsets, k.neighbors, k.weights, k.bans)
            let (order, distance, sigma, predecessor) = (k.order, k.distance, k.sigma, k.predecessor)
            var queue = VertexQueue(vertexCount: 0)
            swap(&queue, &stored)
            defer { swap(&queue, &stored) }
            let start = Variant.sourceLabel
            distance[source] = start
            if Variant.countsPaths { sigma[source] = 1 }
            queue.insertOrLower(SearchQueueEntry(label: start, vertex: Vertex(source)))
            while let entry = queue.popMin() {
                let v = Int(entry.vertex)
                order[settled] = entry.vertex
                settled += 1
                if Variant.findsPaths && v == target { break }
                let labelV = entry.label
                let sigmaV = Variant.countsPaths ? sigma[v] : 0
                for e in offsets[v]..<offsets[v + 1] {
                    let w = Int(neighbors[e])
                    if Variant.findsPaths && bans.block(edge: e, to: w) { continue }
                    let candidate = Variant.extend(labelV, by: weights[e])
                    if candidate < distance[w] {
                        distance[w] = candidate
                        if Variant.countsPaths { sigma[w] = sigmaV }
                        if Variant.findsPaths { predecessor[w] = Vertex(v) }
                        queue.insertOrLower(SearchQueueEntry(label: candidate, vertex: Vertex(w)))
                    } else if Variant.countsPaths, candidate == distance[w], w != v {
                        sigma[w] += sigmaV
                    }
                }
            }
        }
        self.queue = stored
        settledCount = settled
        reachedCount = settled
    }

    /// Calls `body` with unsafe views of the graph's out-adjacency and of the workspace. Always
    /// inlined, so that each kernel becomes one function with its buffers in registers.
    @inline(__always)
    private mutating func withKernelBuffers(_ body: (SearchKernelBuffers) -> Void) {
        let vertexBanned = bans.vertexBanned
        let edgeBanned = bans.edgeBanned
        graph.outOffsets.withUnsafeBufferPointer { offsets in
            graph.outNeighbors.withUnsafeBufferPointer { neighbors in
                graph.outWeights.withWeightBuffer { weights in
                    vertexBanned.withUnsafeBufferPointer { vertexBanned in
                        edgeBanned.withUnsafeBufferPointer { edgeBanned in
                            settledOrder.withUnsafeMutableBufferPointer { order in
                                distances.withUnsafeMutableBufferPointer { distance in
                                    pathCounts.withUnsafeMutableBufferPointer { sigma in
                                        predecessors.withUnsafeMutableBufferPointer { predecessor in
                                            body(SearchKernelBuffers(
                                                offsets: offsets, neighbors: neighbors, weights: weights,
                                                bans: BanCheck(vertexBanned: vertexBanned, edgeBanned: edgeBanned),
                                                order: order, distance: distance, sigma: sigma,
                                                predecessor: predecessor))
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Unsafe views of a search's graph and workspace for the kernels, valid only inside
/// `withKernelBuffers`. Arrays a variant does not use may be empty.
private struct SearchKernelBuffers {
    let offsets: UnsafeBufferPointer<Int>
    let neighbors: UnsafeBufferPointer<Vertex>
    let weights: WeightBuffer
    let bans: BanCheck
    let order: UnsafeMutableBufferPointer<Vertex>
    let distance: UnsafeMutableBufferPointer<Double>
    let sigma: UnsafeMutableBufferPointer<Double>
    let predecessor: UnsafeMutableBufferPointer<Vertex>
}

/// The ban test of the path-finding kernels over the flag arrays of ``SearchBans`` (empty arrays:
/// nothing of that kind is banned).
private struct BanCheck {
    let vertexBanned: UnsafeBufferPointer<Bool>
    let edgeBanned: UnsafeBufferPointer<Bool>

    /// Whether the search must not follow edge `e`, which leads to vertex `w`.
    @inline(__always)
    func block(edge e: Int, to w: Int) -> Bool {
        (!vertexBanned.isEmpty && vertexBanned[w]) || (!edgeBanned.isEmpty && edgeBanned[e])
    }
}
