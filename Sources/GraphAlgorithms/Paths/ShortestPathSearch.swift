/// A reusable shortest-path search workspace, the one search engine behind every path-based
/// algorithm: breadth-first search for unit lengths, Dijkstra's algorithm (binary heap holding
/// each vertex once, labels lowered in place: `VertexQueue`) for distance weights.
///
/// Through the public API a search produces, for every vertex reached from the source, its
/// distance, the number σ of distinct shortest paths from the source (as a `Double`, as in Brandes'
/// algorithm and NetworkX), and the order in which vertices were settled (non-decreasing distance).
/// Inside the module the same kernels also serve single-pair queries: they record one predecessor
/// per vertex, skip banned vertices and edges (Yen's spur searches), stop once a target is settled,
/// and run the widest-path variant (the kernels are specialised per use, see `SearchVariant`).
/// Paths follow out-edges; search `graph.reversed` for distances *to* a vertex.
///
/// The workspace is allocated once: each run resets only the vertices the previous search
/// reached, so repeated searches cost O(reached part) each, not O(V).
///
/// Tie-breaking (deterministic): vertices are settled in order of (distance, vertex index); an
/// edge relaxes a vertex only when it strictly improves its distance, so each vertex keeps as
/// predecessor the *first settled* vertex that gives it its final distance. BFS scans neighbours in
/// index order, so a vertex's predecessor is the first discovered vertex adjacent to it.
/// Equal-length detection for σ compares `distance(v) + length(v, w)` with `distance(w)` exactly,
/// like NetworkX, so integer-valued lengths give exact path counts.
public struct ShortestPathSearch: Sendable {
    /// The graph searched.
    public let graph: Graph
    /// How edge weights become lengths.
    public let weights: PathWeights

    /// Distance from the last source to each vertex; `.infinity` when unreached.
    public internal(set) var distances: [Double]
    // Empty in the module's path-finding workspaces, which do not count paths.
    /// σ: the number of shortest paths from the last source to each vertex; 0 when unreached.
    public internal(set) var pathCounts: [Double]
    /// The predecessor of each vertex on its chosen path (`-1` for the source and unreached
    /// vertices); empty unless the workspace finds paths.
    var predecessors: [Vertex]
    /// Reached vertices: the first `settledCount` in settlement order; up to `reachedCount` for a
    /// BFS stopped at its target (discovered, not settled).
    var settledOrder: [Vertex]
    var settledCount = 0
    /// How many entries of `settledOrder` the next run must reset.
    var reachedCount = 0
    /// The Dijkstra queue, kept between runs for its storage. Empty after a complete search; after
    /// one stopped at its target it still holds the reached but unsettled vertices.
    var queue: VertexQueue
    /// Vertices and edges the path-finding searches must avoid.
    var bans = SearchBans()

    /// The vertices reached by the last search, in the order they were settled (source first,
    /// distances non-decreasing).
    public var order: ArraySlice<Vertex> { settledOrder[0..<settledCount] }

    /// Creates a workspace for repeated searches on `graph`.
    ///
    /// - Throws: ``CentralityError/invalidDistance(measure:source:target:weight:)`` when `weights` is
    ///   `.distance` and a weight is negative, NaN or infinite.
    /// - Complexity: O(V) memory; O(E) time to validate distance weights.
    public init(graph: Graph, weights: PathWeights) throws(CentralityError) {
        try self.init(graph: graph, weights: weights, allowZeroLength: true, measure: .shortestPaths)
    }

    /// Creates a path-counting workspace; `allowZeroLength: false` also rejects zero weights, and
    /// errors name `measure`.
    init(
        graph: Graph, weights: PathWeights, allowZeroLength: Bool, measure: CentralityMeasure
    ) throws(CentralityError) {
        if weights == .distance,
            let invalid = graph.firstInvalidWeight(allowZeroLength ? .nonNegativeFinite : .positiveFinite)
        {
            throw .invalidDistance(
                measure: measure, source: invalid.source, target: invalid.target, weight: invalid.weight)
        }
        self.init(unvalidated: graph, weights: weights, countsPaths: true)
    }

    /// Creates a workspace without validating the weights: one that counts paths (σ), or one that
    /// finds paths (predecessors, bans, early exit; see `ShortestPathSearch+PathFinding.swift`).
    /// - Precondition: the caller has checked the weights the searches will read.
    init(unvalidated graph: Graph, weights: PathWeights, countsPaths: Bool) {
        self.graph = graph
        self.weights = weights
        let n = graph.vertexCount
        distances = [Double](repeating: .infinity, count: n)
        pathCounts = countsPaths ? [Double](repeating: 0, count: n) : []
        predecessors = countsPaths ? [] : [Vertex](repeating: -1, count: n)
        settledOrder = [Vertex](repeating: 0, count: n)
        queue = VertexQueue(vertexCount: n)
    }

    /// Runs a search from `source`, replacing the previous results.
    /// - Precondition: `source` is a vertex of the graph.
    /// - Complexity: O(V' + E') for BFS and O((V' + E') log E') for Dijkstra, where V' and E' are
    ///   the vertices and edges reached (plus the previous search's reached vertices for the reset).
    public mutating func run(from source: Int) {
        precondition(source >= 0 && source < graph.vertexCount, "source is not a vertex")
        assert(pathCounts.count == graph.vertexCount, "a path-finding workspace does not count paths")
        resetReached(PathCounting.self)
        switch weights {
        case .unit: breadthFirst(PathCounting.self, from: source)
        case .distance: dijkstra(PathCounting.self, from: source)
        }
    }

    /// Restores the unreached state (distance `∞`, σ 0, no predecessor) of every vertex the last
    /// search reached, for a workspace of `Variant`'s kind. O(reached part).
    mutating func resetReached<Variant: SearchVariant>(_: Variant.Type) {
        let count = reachedCount
        // Only a path-finding search stops early and leaves reached vertices in the queue.
        let leftovers = Variant.findsPaths ? queue.unordered : []
        if !leftovers.isEmpty { queue.removeAll() }
        settledOrder.withUnsafeBufferPointer { order in
            distances.withUnsafeMutableBufferPointer { distance in
                pathCounts.withUnsafeMutableBufferPointer { sigma in
                    predecessors.withUnsafeMutableBufferPointer { predecessor in
                        for i in 0..<count {
                            let v = Int(order[i])
                            distance[v] = .infinity
                            if Variant.countsPaths { sigma[v] = 0 }
                            if Variant.findsPaths { predecessor[v] = -1 }
                        }
                        for entry in leftovers {
                            distance[Int(entry.vertex)] = .infinity
                            predecessor[Int(entry.vertex)] = -1
                        }
                    }
                }
            }
        }
        settledCount = 0
        reachedCount = 0
    }
}
