import HeapModule

/// A reusable single-source shortest-path search: breadth-first search for unit lengths, Dijkstra's
/// algorithm (binary heap, stale entries skipped) for distance weights.
///
/// One search produces, for every vertex reached from the source, its distance, the number σ of
/// distinct shortest paths from the source (as a `Double`, as in Brandes' algorithm and NetworkX),
/// and the order in which vertices were settled (non-decreasing distance). Paths follow out-edges;
/// search `graph.reversed` for distances *to* a vertex.
///
/// The workspace is allocated once: ``run(from:)`` resets only the vertices the previous search
/// reached, so repeated searches cost O(reached part) each, not O(V).
///
/// Equal-length detection compares `distance(v) + length(v, w)` with `distance(w)` exactly, like
/// NetworkX, so integer-valued lengths give exact path counts.
public struct ShortestPathSearch: Sendable {
    /// The graph searched.
    public let graph: Graph
    /// How edge weights become lengths.
    public let weights: PathWeights

    /// Distance from the last source to each vertex; `.infinity` when unreached.
    public private(set) var distances: [Double]
    /// σ: the number of shortest paths from the last source to each vertex; 0 when unreached.
    public private(set) var pathCounts: [Double]
    private var settledOrder: [Vertex]
    private var reachedCount = 0
    private var queue = Heap<QueueEntry>()

    /// The vertices reached by the last search, in the order they were settled (source first,
    /// distances non-decreasing).
    public var order: ArraySlice<Vertex> { settledOrder[0..<reachedCount] }

    /// Creates a workspace for repeated searches on `graph`.
    ///
    /// - Throws: ``CentralityError/invalidDistance(measure:source:target:weight:)`` when `weights` is
    ///   `.distance` and a weight is negative, NaN or infinite.
    /// - Complexity: O(V) memory; O(E) time to validate distance weights.
    public init(graph: Graph, weights: PathWeights) throws(CentralityError) {
        try self.init(graph: graph, weights: weights, allowZeroLength: true, measure: .shortestPaths)
    }

    /// Creates a workspace; `allowZeroLength: false` also rejects zero weights, and errors name
    /// `measure`.
    init(
        graph: Graph, weights: PathWeights, allowZeroLength: Bool, measure: CentralityMeasure
    ) throws(CentralityError) {
        if weights == .distance {
            try Self.validateLengths(of: graph, allowZero: allowZeroLength, measure: measure)
        }
        self.graph = graph
        self.weights = weights
        distances = [Double](repeating: .infinity, count: graph.vertexCount)
        pathCounts = [Double](repeating: 0, count: graph.vertexCount)
        settledOrder = [Vertex](repeating: 0, count: graph.vertexCount)
    }

    /// Runs a search from `source`, replacing the previous results.
    /// - Precondition: `source` is a vertex of the graph.
    /// - Complexity: O(V' + E') for BFS and O((V' + E') log E') for Dijkstra, where V' and E' are
    ///   the vertices and edges reached (plus the previous search's reached vertices for the reset).
    public mutating func run(from source: Int) {
        precondition(source >= 0 && source < graph.vertexCount, "source is not a vertex")
        resetReached()
        switch weights {
        case .unit: breadthFirst(from: source)
        case .distance: dijkstra(from: source)
        }
    }

    private mutating func resetReached() {
        let count = reachedCount
        settledOrder.withUnsafeBufferPointer { order in
            distances.withUnsafeMutableBufferPointer { distance in
                pathCounts.withUnsafeMutableBufferPointer { sigma in
                    for i in 0..<count {
                        let v = Int(order[i])
                        distance[v] = .infinity
                        sigma[v] = 0
                    }
                }
            }
        }
        reachedCount = 0
    }

    private mutating func breadthFirst(from source: Int) {
        var reached = 0
        graph.outOffsets.withUnsafeBufferPointer { offsets in
            graph.outNeighbors.withUnsafeBufferPointer { neighbors in
                settledOrder.withUnsafeMutableBufferPointer { order in
                    distances.withUnsafeMutableBufferPointer { distance in
                        pathCounts.withUnsafeMutableBufferPointer { sigma in
                            distance[source] = 0
                            sigma[source] = 1
                            order[0] = Vertex(source)
                            reached = 1
                            var head = 0
                            while head < reached {
                                let v = Int(order[head])
                                head += 1
                                let next = distance[v] + 1
                                let sigmaV = sigma[v]
                                for e in offsets[v]..<offsets[v + 1] {
                                    let w = Int(neighbors[e])
                                    if distance[w] == .infinity {
                                        distance[w] = next
                                        order[reached] = Vertex(w)
                                        reached += 1
                                    }
                                    if distance[w] == next { sigma[w] += sigmaV }
                                }
                            }
                        }
                    }
                }
            }
        }
        reachedCount = reached
    }

    private mutating func dijkstra(from source: Int) {
        var reached = 0
        var queue = self.queue
        self.queue = Heap()
        graph.outOffsets.withUnsafeBufferPointer { offsets in
            graph.outNeighbors.withUnsafeBufferPointer { neighbors in
                graph.outWeights.withUnsafeBufferPointer { lengths in
                    settledOrder.withUnsafeMutableBufferPointer { order in
                        distances.withUnsafeMutableBufferPointer { distance in
                            pathCounts.withUnsafeMutableBufferPointer { sigma in
                                distance[source] = 0
                                sigma[source] = 1
                                queue.insert(QueueEntry(distance: 0, vertex: Vertex(source)))
                                while let entry = queue.popMin() {
                                    let v = Int(entry.vertex)
                                    // A vertex is queued again whenever its distance drops, so an
                                    // entry is stale when it is longer than the best distance.
                                    if entry.distance > distance[v] { continue }
                                    order[reached] = entry.vertex
                                    reached += 1
                                    let distanceV = entry.distance
                                    let sigmaV = sigma[v]
                                    for e in offsets[v]..<offsets[v + 1] {
                                        let w = Int(neighbors[e])
                                        let candidate = distanceV + lengths[e]
                                        if candidate < distance[w] {
                                            distance[w] = candidate
                                            sigma[w] = sigmaV
                                            queue.insert(
                                                QueueEntry(distance: candidate, vertex: Vertex(w)))
                                        } else if candidate == distance[w], w != v {
                                            sigma[w] += sigmaV
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        self.queue = queue
        reachedCount = reached
    }

    /// Checks that every weight is a usable path length.
    static func validateLengths(
        of graph: Graph, allowZero: Bool, measure: CentralityMeasure
    ) throws(CentralityError) {
        for v in graph.vertices {
            for e in graph.outOffsets[v]..<graph.outOffsets[v + 1] {
                let weight = graph.outWeights[e]
                let valid = weight.isFinite && (allowZero ? weight >= 0 : weight > 0)
                if !valid {
                    throw .invalidDistance(
                        measure: measure, source: v, target: Int(graph.outNeighbors[e]),
                        weight: weight)
                }
            }
        }
    }
}

/// A Dijkstra queue entry, ordered by distance then vertex.
private struct QueueEntry: Comparable, Sendable {
    var distance: Double
    var vertex: Vertex

    static func < (a: QueueEntry, b: QueueEntry) -> Bool {
        a.distance < b.distance || (a.distance == b.distance && a.vertex < b.vertex)
    }
}
