extension Graph {
    /// Every vertex, as the source list of an exact computation.
    var allVertices: [Vertex] { vertices.map { Vertex($0) } }

    /// The sources `sampling` selects (`nil` for all), after checking its size.
    func sampledSources(
        _ sampling: BetweennessSampling?, measure: CentralityMeasure
    ) throws(CentralityError) -> [Vertex]? {
        guard let sampling else { return nil }
        guard sampling.sourceCount >= 1, sampling.sourceCount <= vertexCount else {
            throw .invalidArgument(
                measure: measure,
                reason: "sample size \(sampling.sourceCount) is not in 1...\(vertexCount)")
        }
        return sampling.sources(vertexCount: vertexCount)
    }

    /// Brandes' dependency accumulation summed over `sources`, unscaled. Vertex sums follow
    /// NetworkX `_accumulate_basic` / `_accumulate_endpoints`; edge sums (per out-adjacency position,
    /// when `includeEdges`) follow `_accumulate_edges`.
    func brandesTotals(
        sources: [Vertex], weights: PathWeights, endpoints: Bool, includeEdges: Bool,
        workerCount: Int?, measure: CentralityMeasure
    ) throws(CentralityError) -> BrandesTotals {
        let prototype = try ShortestPathSearch(
            graph: self, weights: weights, allowZeroLength: false, measure: measure)
        let blocks = Parallel.evenRanges(
            count: sources.count,
            parts: workerCount ?? Parallel.workerCount(forTasks: sources.count))
        let edgeSlots = includeEdges ? outNeighbors.count : 0
        var partials = [BrandesTotals](
            repeating: BrandesTotals(vertex: [], edge: []), count: blocks.count)
        partials.withUnsafeMutableBufferPointer { partials in
            Parallel.forEach(blocks.count) { block in
                var search = prototype
                var totals = BrandesTotals(
                    vertex: [Double](repeating: 0, count: vertexCount),
                    edge: [Double](repeating: 0, count: edgeSlots))
                var dependency = [Double](repeating: 0, count: vertexCount)
                for source in sources[blocks[block]] {
                    search.run(from: Int(source))
                    accumulateDependencies(
                        of: search, source: Int(source), endpoints: endpoints,
                        dependency: &dependency, totals: &totals)
                }
                partials[block] = totals
            }
        }
        var sum = BrandesTotals(
            vertex: [Double](repeating: 0, count: vertexCount),
            edge: [Double](repeating: 0, count: edgeSlots))
        for partial in partials {
            for v in 0..<vertexCount { sum.vertex[v] += partial.vertex[v] }
            for e in 0..<edgeSlots { sum.edge[e] += partial.edge[e] }
        }
        return sum
    }

    /// Adds the dependencies `δ_s(v) = Σ_{w: v ∈ P_s(w)} σ(v)/σ(w) (1 + δ_s(w))` of one search,
    /// visiting vertices in reverse settlement order and pulling from out-neighbours on shortest
    /// paths (so no predecessor lists are stored).
    private func accumulateDependencies(
        of search: ShortestPathSearch, source: Int, endpoints: Bool,
        dependency: inout [Double], totals: inout BrandesTotals
    ) {
        let unitLengths = search.weights == .unit
        let includeEdges = !totals.edge.isEmpty
        let reached = search.order.count
        outOffsets.withUnsafeBufferPointer { offsets in
            outNeighbors.withUnsafeBufferPointer { neighbors in
                outWeights.withWeightBuffer { lengths in
                    search.order.withUnsafeBufferPointer { order in
                        search.distances.withUnsafeBufferPointer { distance in
                            search.pathCounts.withUnsafeBufferPointer { sigma in
                                dependency.withUnsafeMutableBufferPointer { delta in
                                    totals.vertex.withUnsafeMutableBufferPointer { vertexTotal in
                                        totals.edge.withUnsafeMutableBufferPointer { edgeTotal in
                                            for i in stride(from: reached - 1, through: 0, by: -1) {
                                                let v = Int(order[i])
                                                let distanceV = distance[v]
                                                let sigmaV = sigma[v]
                                                var sum = 0.0
                                                for e in offsets[v]..<offsets[v + 1] {
                                                    let w = Int(neighbors[e])
                                                    let length = unitLengths ? 1 : lengths[e]
                                                    guard distanceV + length == distance[w] else {
                                                        continue
                                                    }
                                                    let share = sigmaV * ((1 + delta[w]) / sigma[w])
                                                    sum += share
                                                    if includeEdges { edgeTotal[e] += share }
                                                }
                                                delta[v] = sum
                                                if v != source {
                                                    vertexTotal[v] += endpoints ? sum + 1 : sum
                                                }
                                            }
                                            if endpoints {
                                                vertexTotal[source] += Double(reached - 1)
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
}

/// Unscaled betweenness sums: per vertex, and per out-adjacency position (empty when not needed).
struct BrandesTotals {
    var vertex: [Double]
    var edge: [Double]
}
