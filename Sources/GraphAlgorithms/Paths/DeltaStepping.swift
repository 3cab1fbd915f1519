/// Single-source shortest distances by Δ-stepping (U. Meyer & P. Sanders, "Δ-stepping: a
/// parallelizable shortest path algorithm", J. Algorithms 49, 2003; GAPBS `sssp.cc`).
///
/// Vertices wait in buckets of width Δ by tentative distance; the lowest non-empty bucket is
/// emptied repeatedly (relaxing all out-edges of its vertices) until no vertex re-enters it, then
/// the next bucket is taken. No vertex waits more than `maxWeight / Δ + 1` buckets ahead of the
/// current one, so the buckets form a ring of that many slots. Entries whose distance has since
/// dropped into an earlier bucket are stale and skipped.
///
/// Each final distance is `d(u) + w(u, v)` for its best in-neighbour `u` with `u`'s final
/// distance, the same floating-point fixed point Dijkstra's algorithm reaches, so the two agree
/// exactly.
enum DeltaStepping {
    /// The most ring slots used before falling back to Dijkstra (weights spread over more than this
    /// many bucket widths).
    static let maximumRingSize = 1 << 16

    /// A bucket width for `graph`: the mean weight divided by the average degree (Meyer and
    /// Sanders' Θ(1/d) for random weights, scaled by the weights); 1 when every weight is zero.
    /// Measured on G(n, m) with 2M edges, widths from a quarter to twice this value were within the
    /// noise of each other and up to 2× faster than four times larger ones.
    static func bucketWidth(for graph: Graph) -> Double {
        let weights = graph.outWeights
        guard !weights.isEmpty else { return 1 }
        var total = 0.0
        for w in weights { total += w }
        guard total > 0 else { return 1 }
        let averageDegree = Double(weights.count) / Double(Swift.max(graph.vertexCount, 1))
        return total / Double(weights.count) / Swift.max(averageDegree, 1)
    }

    /// The number of ring slots for width `delta` and largest weight `largest`, or `nil` when the
    /// weights span too many widths.
    static func ringSize(largestWeight largest: Double, bucketWidth delta: Double) -> Int? {
        let slots = (largest / delta).rounded(.down) + 2
        return slots <= Double(maximumRingSize) ? Int(slots) : nil
    }

    /// Distances from `source` over out-edges with the weights as lengths (`.infinity` when
    /// unreachable).
    /// - Precondition: weights are finite and non-negative; `delta > 0`; `ringSize` is
    ///   `ringSize(for:bucketWidth:)`.
    static func distances(in graph: Graph, from source: Int, bucketWidth delta: Double, ringSize: Int)
        -> [Double]
    {
        var distances = [Double](repeating: .infinity, count: graph.vertexCount)
        var ring = [[Vertex]](repeating: [], count: ringSize)
        var frontier: [Vertex] = []
        distances.withUnsafeMutableBufferPointer { distance in
            graph.withAdjacencyBuffers { adjacency in
                let (offsets, neighbors, weights) =
                    (adjacency.outOffsets, adjacency.outNeighbors, adjacency.outWeights)
                distance[source] = 0
                ring[0].append(Vertex(source))
                var waiting = 1
                var current = 0
                while waiting > 0 {
                    let slot = current % ringSize
                    while !ring[slot].isEmpty {
                        swap(&frontier, &ring[slot])
                        waiting -= frontier.count
                        for u in frontier {
                            let du = distance[Int(u)]
                            guard Int(du / delta) == current else { continue }
                            for e in offsets[Int(u)]..<offsets[Int(u) + 1] {
                                let v = Int(neighbors[e])
                                let candidate = du + weights[e]
                                if candidate < distance[v] {
                                    distance[v] = candidate
                                    ring[Int(candidate / delta) % ringSize].append(Vertex(v))
                                    waiting += 1
                                }
                            }
                        }
                        frontier.removeAll(keepingCapacity: true)
                    }
                    current += 1
                }
            }
        }
        return distances
    }
}
