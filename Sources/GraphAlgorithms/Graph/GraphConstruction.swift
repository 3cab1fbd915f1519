/// One CSR adjacency: the entries of row `v` are `columns[offsets[v]..<offsets[v + 1]]`.
struct AdjacencyArrays {
    var offsets: ContiguousArray<Int>
    var columns: ContiguousArray<Vertex>
    var weights: EdgeWeights
}

/// A run of edges for ``GraphConstruction``: endpoint pairs and, when some weight differs from 1,
/// one weight per pair.
struct EdgeBatch: Sendable {
    /// `ids[2i]` and `ids[2i + 1]` are the source and target of edge `i`.
    var ids: [Vertex]
    /// The weight of each edge; `nil` when every weight is 1.
    var weights: [Double]?

    var count: Int { ids.count / 2 }
}

/// Builds the CSR arrays of a ``Graph`` from batches of edges, by counting sort.
///
/// One pass counts every row's entries (both orientations of an undirected edge), a prefix sum
/// gives the row starts, and a second pass scatters each entry to its row, so a row holds its
/// entries in input order. Each row is then sorted by column — insertion sort for short rows, a
/// sort of `column << 32 | position` keys for long ones, so equal columns keep input order — and
/// runs of one column merge by the parallel-edge rule; rows are sorted in parallel over balanced
/// vertex ranges and then closed up in one sequential move. A directed graph's in-adjacency is the
/// transpose, scattered source by source, so its rows come out sorted and need no second sort.
///
/// Weights are allocated only when some input weight differs from 1 or merging makes one differ
/// (summed or counted parallel edges); otherwise the graph stores none. Besides the input and the
/// result, the build holds one `Int` cursor per vertex and, per worker, scratch for its longest
/// row. O(V + E log d) time (d the longest row; O(V + E) when rows are short or arrive sorted).
enum GraphConstruction {
    struct Result {
        var out: AdjacencyArrays
        /// The in-adjacency (for undirected graphs the out-adjacency itself).
        var incoming: AdjacencyArrays
        var edgeCount: Int
    }

    /// Builds from an edge collection, gathered into one batch first.
    static func build(
        vertexCount n: Int, edges: some Collection<WeightedEdge>, directed: Bool,
        rule: ParallelEdgeRule, selfLoops: SelfLoopRule
    ) -> Result {
        var ids: [Vertex] = []
        ids.reserveCapacity(2 * edges.count)
        var weights: [Double]?
        for edge in edges {
            if edge.weight != 1, weights == nil, rule != .count {
                weights = [Double](repeating: 1, count: ids.count / 2)
                weights?.reserveCapacity(edges.count)
            }
            ids.append(edge.source)
            ids.append(edge.target)
            weights?.append(edge.weight)
        }
        return build(
            vertexCount: n, batches: [EdgeBatch(ids: ids, weights: weights)], directed: directed,
            rule: rule, selfLoops: selfLoops)
    }

    /// Builds from batches of edges, read in batch order.
    /// - Precondition: every endpoint lies in `0..<n`.
    static func build(
        vertexCount n: Int, batches: [EdgeBatch], directed: Bool, rule: ParallelEdgeRule,
        selfLoops: SelfLoopRule
    ) -> Result {
        let weighted = rule != .count && batches.contains { $0.weights != nil }
        var rows = scatter(
            vertexCount: n, batches: batches, directed: directed, weighted: weighted,
            dropLoops: selfLoops == .drop)
        sortAndMergeRows(&rows, rule: rule)
        let out = AdjacencyArrays(
            offsets: rows.offsets, columns: rows.columns,
            weights: rows.weights.map { EdgeWeights($0) } ?? EdgeWeights(onesCount: rows.columns.count))
        guard directed else {
            var loops = 0
            for v in 0..<n {
                for e in out.offsets[v]..<out.offsets[v + 1] where Int(out.columns[e]) == v { loops += 1 }
            }
            return Result(out: out, incoming: out, edgeCount: (out.columns.count - loops) / 2 + loops)
        }
        return Result(out: out, incoming: transpose(out, vertexCount: n), edgeCount: out.columns.count)
    }

    /// Rows under construction; `weights` is `nil` while every weight is 1.
    private struct Rows {
        var offsets: ContiguousArray<Int>
        var columns: ContiguousArray<Vertex>
        var weights: ContiguousArray<Double>?

        /// Calls `body` with mutable views of the columns and weights.
        mutating func withBuffers<Result>(
            _ body: (UnsafeMutableBufferPointer<Vertex>, UnsafeMutableBufferPointer<Double>?) -> Result
        ) -> Result {
            columns.withUnsafeMutableBufferPointer { columns in
                guard weights != nil else { return body(columns, nil) }
                return weights!.withUnsafeMutableBufferPointer { body(columns, $0) }
            }
        }
    }

    /// Counts and scatters every entry to its row, in input order.
    private static func scatter(
        vertexCount n: Int, batches: [EdgeBatch], directed: Bool, weighted: Bool, dropLoops: Bool
    ) -> Rows {
        var offsets = ContiguousArray<Int>(repeating: 0, count: n + 1)
        offsets.withUnsafeMutableBufferPointer { counts in
            for batch in batches {
                batch.ids.withUnsafeBufferPointer { ids in
                    for i in stride(from: 0, to: ids.count, by: 2) {
                        let s = ids[i]
                        let t = ids[i + 1]
                        precondition(
                            s >= 0 && Int(s) < n && t >= 0 && Int(t) < n, "edge endpoint out of range")
                        if s == t {
                            if !dropLoops { counts[Int(s) + 1] += 1 }
                            continue
                        }
                        counts[Int(s) + 1] += 1
                        if !directed { counts[Int(t) + 1] += 1 }
                    }
                }
            }
            for v in 0..<n { counts[v + 1] += counts[v] }
        }
        let total = offsets[n]
        var rows = Rows(
            offsets: [], columns: ContiguousArray(repeating: 0, count: total),
            weights: weighted ? ContiguousArray(repeating: 1, count: total) : nil)
        // The row starts serve as cursors: afterwards each holds its row's end, the next row's start.
        offsets.withUnsafeMutableBufferPointer { cursor in
            rows.withBuffers { columns, weights in
                for batch in batches {
                    batch.ids.withUnsafeBufferPointer { ids in
                        for i in stride(from: 0, to: ids.count, by: 2) {
                            let s = Int(ids[i])
                            let t = Int(ids[i + 1])
                            if s == t && dropLoops { continue }
                            let weight = batch.weights?[i / 2] ?? 1
                            columns[cursor[s]] = Vertex(t)
                            weights?[cursor[s]] = weight
                            cursor[s] += 1
                            if !directed && s != t {
                                columns[cursor[t]] = Vertex(s)
                                weights?[cursor[t]] = weight
                                cursor[t] += 1
                            }
                        }
                    }
                }
            }
            for v in stride(from: n, to: 0, by: -1) { cursor[v] = cursor[v - 1] }
            cursor[0] = 0
        }
        rows.offsets = offsets
        return rows
    }

    /// Sorts every row by column, merges equal columns by `rule`, and closes the gaps.
    private static func sortAndMergeRows(_ rows: inout Rows, rule: ParallelEdgeRule) {
        let n = rows.offsets.count - 1
        let offsets = rows.offsets
        let ranges = Parallel.balancedRanges(offsets: offsets)
        var repeated = [Bool](repeating: false, count: ranges.count)
        rows.withBuffers { columns, weights in
            repeated.withUnsafeMutableBufferPointer { repeated in
                Parallel.forEach(ranges.count) { part in
                    var sorter = RowSorter()
                    for v in ranges[part] {
                        let range = offsets[v]..<offsets[v + 1]
                        if sorter.sort(columns: columns, weights: weights, range: range) { repeated[part] = true }
                    }
                }
            }
        }
        guard repeated.contains(true) else { return }
        // Summed or counted repeats of weight 1 need stored weights.
        if rows.weights == nil, rule == .sum || rule == .count {
            rows.weights = ContiguousArray(repeating: 1, count: rows.columns.count)
        }
        var lengths = [Int](repeating: 0, count: n)
        rows.withBuffers { columns, weights in
            lengths.withUnsafeMutableBufferPointer { lengths in
                Parallel.forEach(ranges.count) { part in
                    for v in ranges[part] {
                        lengths[v] = RowSorter.merge(
                            columns: columns, weights: weights, range: offsets[v]..<offsets[v + 1], rule: rule)
                    }
                }
                var write = 0
                for v in 0..<n {
                    let start = offsets[v]
                    if write != start {
                        for k in 0..<lengths[v] {
                            columns[write + k] = columns[start + k]
                            if let weights { weights[write + k] = weights[start + k] }
                        }
                    }
                    write += lengths[v]
                }
            }
        }
        var write = 0
        for v in 0..<n {
            rows.offsets[v] = write
            write += lengths[v]
        }
        rows.offsets[n] = write
        let slack = rows.columns.count - write
        rows.columns.removeLast(slack)
        rows.weights?.removeLast(slack)
        // Exact-size copies when merging removed much, so the slack is not kept.
        if slack > write / 8 {
            rows.columns = ContiguousArray(Array(rows.columns))
            rows.weights = rows.weights.map { ContiguousArray(Array($0)) }
        }
    }

    /// The in-adjacency of a directed graph: scattered source by source, so every row is sorted
    /// and free of repeats. O(V + E).
    private static func transpose(_ out: AdjacencyArrays, vertexCount n: Int) -> AdjacencyArrays {
        var offsets = ContiguousArray<Int>(repeating: 0, count: n + 1)
        for column in out.columns { offsets[Int(column) + 1] += 1 }
        for v in 0..<n { offsets[v + 1] += offsets[v] }
        var columns = ContiguousArray<Vertex>(repeating: 0, count: out.columns.count)
        var weights: ContiguousArray<Double>? =
            out.weights.areAllOne ? nil : ContiguousArray(repeating: 0, count: out.columns.count)
        var cursor = Array(offsets.dropLast())
        for u in 0..<n {
            for e in out.offsets[u]..<out.offsets[u + 1] {
                let t = Int(out.columns[e])
                columns[cursor[t]] = Vertex(u)
                weights?[cursor[t]] = out.weights[e]
                cursor[t] += 1
            }
        }
        return AdjacencyArrays(
            offsets: offsets, columns: columns,
            weights: weights.map { EdgeWeights($0) } ?? EdgeWeights(onesCount: columns.count))
    }
}
