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
    /// Weights parallel to `outNeighbors`.
    public let outWeights: ContiguousArray<Double>
    /// Row offsets of the in-adjacency (equal to `outOffsets` when undirected).
    public let inOffsets: ContiguousArray<Int>
    /// Sources of the in-adjacency (equal to `outNeighbors` when undirected).
    public let inNeighbors: ContiguousArray<Vertex>
    /// Weights parallel to `inNeighbors`.
    public let inWeights: ContiguousArray<Double>
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
    /// - Complexity: O(V + E) time and memory: two stable counting-sort passes, then one merge pass.
    public init(
        vertexCount: Int,
        edges: some Collection<WeightedEdge>,
        directed: Bool,
        parallelEdges: ParallelEdgeRule = .sum,
        selfLoops: SelfLoopRule = .keep
    ) {
        precondition(vertexCount >= 0 && vertexCount < Int(Int32.max), "vertex count out of range")
        var sources = ContiguousArray<Vertex>()
        var targets = ContiguousArray<Vertex>()
        var weights = ContiguousArray<Double>()
        let expected = directed ? edges.count : 2 * edges.count
        sources.reserveCapacity(expected)
        targets.reserveCapacity(expected)
        weights.reserveCapacity(expected)
        for edge in edges {
            precondition(
                edge.source >= 0 && Int(edge.source) < vertexCount && edge.target >= 0
                    && Int(edge.target) < vertexCount, "edge endpoint out of range")
            let weight = parallelEdges == .count ? 1 : edge.weight
            if edge.source == edge.target {
                if selfLoops == .drop { continue }
                sources.append(edge.source)
                targets.append(edge.target)
                weights.append(weight)
                continue
            }
            sources.append(edge.source)
            targets.append(edge.target)
            weights.append(weight)
            if !directed {
                sources.append(edge.target)
                targets.append(edge.source)
                weights.append(weight)
            }
        }
        let out = Self.compress(
            vertexCount: vertexCount, rows: sources, columns: targets, weights: weights,
            rule: parallelEdges)
        self.vertexCount = vertexCount
        self.isDirected = directed
        self.outOffsets = out.offsets
        self.outNeighbors = out.columns
        self.outWeights = out.weights
        if directed {
            let inAdjacency = Self.compress(
                vertexCount: vertexCount, rows: out.rowsOfEntries, columns: out.columns,
                weights: out.weights, rule: parallelEdges, transpose: true)
            self.inOffsets = inAdjacency.offsets
            self.inNeighbors = inAdjacency.columns
            self.inWeights = inAdjacency.weights
            self.edgeCount = out.columns.count
        } else {
            self.inOffsets = out.offsets
            self.inNeighbors = out.columns
            self.inWeights = out.weights
            var loops = 0
            for v in 0..<vertexCount {
                for i in out.offsets[v]..<out.offsets[v + 1] where Int(out.columns[i]) == v {
                    loops += 1
                }
            }
            self.edgeCount = (out.columns.count - loops) / 2 + loops
        }
    }

    private struct Compressed {
        var offsets: ContiguousArray<Int>
        var columns: ContiguousArray<Vertex>
        var weights: ContiguousArray<Double>
        /// The row of each entry (kept to build the transpose).
        var rowsOfEntries: ContiguousArray<Vertex>
    }

    /// Sorts entries by (row, column) with two counting sorts and merges duplicates.
    /// With `transpose`, rows and columns swap roles and no merging is needed.
    private static func compress(
        vertexCount: Int,
        rows inputRows: ContiguousArray<Vertex>,
        columns inputColumns: ContiguousArray<Vertex>,
        weights inputWeights: ContiguousArray<Double>,
        rule: ParallelEdgeRule,
        transpose: Bool = false
    ) -> Compressed {
        let rows = transpose ? inputColumns : inputRows
        let columns = transpose ? inputRows : inputColumns
        let n = rows.count
        // Pass 1: stable bucket by column.
        var byColumn = ContiguousArray<Int>(repeating: 0, count: n)
        var columnStart = ContiguousArray<Int>(repeating: 0, count: vertexCount + 1)
        for c in columns { columnStart[Int(c) + 1] += 1 }
        for v in 0..<vertexCount { columnStart[v + 1] += columnStart[v] }
        var cursor = columnStart
        for i in 0..<n {
            let c = Int(columns[i])
            byColumn[cursor[c]] = i
            cursor[c] += 1
        }
        // Pass 2: stable bucket by row, so each row ends up sorted by column.
        var rowStart = ContiguousArray<Int>(repeating: 0, count: vertexCount + 1)
        for r in rows { rowStart[Int(r) + 1] += 1 }
        for v in 0..<vertexCount { rowStart[v + 1] += rowStart[v] }
        cursor = rowStart
        var order = ContiguousArray<Int>(repeating: 0, count: n)
        for i in byColumn {
            let r = Int(rows[i])
            order[cursor[r]] = i
            cursor[r] += 1
        }
        // Merge pass.
        var offsets = ContiguousArray<Int>(repeating: 0, count: vertexCount + 1)
        var outColumns = ContiguousArray<Vertex>()
        var outWeights = ContiguousArray<Double>()
        var outRows = ContiguousArray<Vertex>()
        outColumns.reserveCapacity(n)
        outWeights.reserveCapacity(n)
        outRows.reserveCapacity(n)
        for v in 0..<vertexCount {
            let rowBegin = outColumns.count
            for k in rowStart[v]..<rowStart[v + 1] {
                let i = order[k]
                let column = columns[i]
                let weight = inputWeights[i]
                if !transpose, outColumns.count > rowBegin, let last = outColumns.last, last == column {
                    let j = outWeights.count - 1
                    switch rule {
                    case .sum, .count: outWeights[j] += weight
                    case .max: outWeights[j] = Swift.max(outWeights[j], weight)
                    case .min: outWeights[j] = Swift.min(outWeights[j], weight)
                    }
                } else {
                    outColumns.append(column)
                    outWeights.append(weight)
                    outRows.append(Vertex(v))
                }
            }
            offsets[v + 1] = outColumns.count
        }
        return Compressed(
            offsets: offsets, columns: outColumns, weights: outWeights, rowsOfEntries: outRows)
    }
}

extension Graph {
    /// All vertices, `0..<vertexCount`.
    @inlinable public var vertices: Range<Int> { 0..<vertexCount }

    /// Number of out-neighbours of `v` (all neighbours when undirected). O(1).
    @inlinable public func outDegree(of v: Int) -> Int { outOffsets[v + 1] - outOffsets[v] }

    /// Number of in-neighbours of `v` (all neighbours when undirected). O(1).
    @inlinable public func inDegree(of v: Int) -> Int { inOffsets[v + 1] - inOffsets[v] }

    /// The out-neighbours of `v` (sorted, unique). O(1) to obtain.
    @inlinable public func outNeighbors(of v: Int) -> ArraySlice<Vertex> {
        outNeighbors[outOffsets[v]..<outOffsets[v + 1]]
    }

    /// The weight of edge `u → v`, or `nil`. O(log deg(u)).
    public func weight(from u: Int, to v: Int) -> Double? {
        var low = outOffsets[u]
        var high = outOffsets[u + 1]
        let target = Vertex(v)
        while low < high {
            let mid = (low + high) / 2
            if outNeighbors[mid] < target { low = mid + 1 } else { high = mid }
        }
        return low < outOffsets[u + 1] && outNeighbors[low] == target ? outWeights[low] : nil
    }

    /// The graph with every edge's direction reversed (itself when undirected). O(1).
    public var reversed: Graph {
        guard isDirected else { return self }
        return Graph(reversing: self)
    }

    private init(reversing g: Graph) {
        vertexCount = g.vertexCount
        isDirected = true
        outOffsets = g.inOffsets
        outNeighbors = g.inNeighbors
        outWeights = g.inWeights
        inOffsets = g.outOffsets
        inNeighbors = g.outNeighbors
        inWeights = g.outWeights
        edgeCount = g.edgeCount
    }
}
