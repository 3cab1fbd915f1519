/// A vertex handle: a dense index in `0..<graph.vertexCount`.
public typealias Vertex = Int32

/// One weighted edge given to a graph builder.
public struct WeightedEdge: Hashable, Sendable {
    public var source: Vertex
    public var target: Vertex
    public var weight: Double

    public init(_ source: Vertex, _ target: Vertex, weight: Double = 1) {
        self.source = source
        self.target = target
        self.weight = weight
    }
}

/// How parallel edges (same endpoints) are merged when a graph is built.
public enum ParallelEdgeRule: String, Sendable, CaseIterable {
    /// Weights are added.
    case sum
    /// The largest weight is kept.
    case max
    /// The smallest weight is kept.
    case min
    /// The weight becomes the number of parallel edges.
    case count
}

/// Whether self-loops survive graph construction.
public enum SelfLoopRule: Sendable {
    case keep
    case drop
}

/// A compact, immutable graph in compressed sparse row (CSR) form.
///
/// Vertices are dense `Int32` indices. For a directed graph the out-adjacency and in-adjacency are
/// both stored; for an undirected graph each edge `{u, v}` (u ≠ v) appears in the rows of both
/// endpoints and `inOffsets`/`inNeighbors` alias the out-adjacency. A self-loop appears once in its
/// vertex's row. Within a row, neighbours are sorted by index and unique (parallel edges merged).
///
/// The type is a value type made of contiguous arrays, cheap to copy and safe to share across
/// threads.
public struct Graph: Sendable, Equatable {
    /// Number of vertices.
    public let vertexCount: Int
    /// Whether edges have a direction.
    public let isDirected: Bool
    /// Row offsets of the out-adjacency: the neighbours of `v` are
    /// `outNeighbors[outOffsets[v]..<outOffsets[v + 1]]`. Count `vertexCount + 1`.
    public let outOffsets: ContiguousArray<Int>
    /// Targets of the out-adjacency.
    public let outNeighbors: ContiguousArray<Vertex>
    /// Weights parallel to `outNeighbors` (none stored when every weight is 1).
    public let outWeights: EdgeWeights
    /// Row offsets of the in-adjacency (equal to `outOffsets` when undirected).
    public let inOffsets: ContiguousArray<Int>
    /// Sources of the in-adjacency (equal to `outNeighbors` when undirected).
    public let inNeighbors: ContiguousArray<Vertex>
    /// Weights parallel to `inNeighbors` (none stored when every weight is 1).
    public let inWeights: EdgeWeights
    /// Number of edges after merging: each undirected edge and each self-loop counts once.
    public let edgeCount: Int

    /// Builds a graph from an edge array.
    ///
    /// - Parameters:
    ///   - vertexCount: number of vertices; every endpoint must lie in `0..<vertexCount`.
    ///   - edges: the edges; for an undirected graph `(u, v)` and `(v, u)` are the same edge.
    ///   - directed: whether edges have a direction.
    ///   - parallelEdges: how edges with the same endpoints are merged.
    ///   - selfLoops: whether edges `(v, v)` are kept.
    /// - Precondition: every endpoint is a valid vertex (callers validate user data first).
    /// - Complexity: O(V + E log d) time (d the largest degree; O(V + E) when rows are short or
    ///   arrive sorted), O(V + E) memory: a counting-sort scatter into rows, a stable per-row sort
    ///   and merge, and a transposing scatter for the in-adjacency. Weights are stored only when
    ///   some merged weight differs from 1.
    public init(
        vertexCount: Int,
        edges: some Collection<WeightedEdge>,
        directed: Bool,
        parallelEdges: ParallelEdgeRule = .sum,
        selfLoops: SelfLoopRule = .keep
    ) {
        precondition(vertexCount >= 0 && vertexCount < Int(Int32.max), "vertex count out of range")
        let built = GraphConstruction.build(
            vertexCount: vertexCount, edges: edges, directed: directed, rule: parallelEdges,
            selfLoops: selfLoops)
        self.init(built, vertexCount: vertexCount, directed: directed)
    }

    /// The graph of built CSR arrays.
    init(_ built: GraphConstruction.Result, vertexCount: Int, directed: Bool) {
        self.vertexCount = vertexCount
        self.isDirected = directed
        self.outOffsets = built.out.offsets
        self.outNeighbors = built.out.columns
        self.outWeights = built.out.weights
        self.inOffsets = built.incoming.offsets
        self.inNeighbors = built.incoming.columns
        self.inWeights = built.incoming.weights
        self.edgeCount = built.edgeCount
    }
}
