/// The result of a bounded enumeration of simple paths.
public struct SimplePathEnumeration: Sendable, Hashable {
    /// The paths found, in depth-first order (lexicographic by vertex sequence).
    public let paths: [GraphPath]
    /// `false` when the count limit stopped the enumeration before every path within the length
    /// bound was listed.
    public let isComplete: Bool
}

extension Graph {
    /// Simple paths (no repeated vertex) from `source` to `target` with at most `maxHops` edges,
    /// stopping after `limit` paths.
    ///
    /// Iterative depth-first search; neighbours are visited in index order, so paths come out in
    /// lexicographic order of their vertex sequences. A path's `cost` is the sum of its lengths
    /// (edge count for `.unit`). No path is returned for `source == target`.
    ///
    /// Source: the backtracking enumeration of R. C. Read & R. E. Tarjan, "Bounds on backtrack
    /// algorithms for listing cycles, paths, and spanning trees", *Networks* 5 (1975); NetworkX
    /// `all_simple_paths(G, source, target, cutoff=maxHops)` lists the same set.
    /// - Throws: ``PathError/invalidArgument(_:)`` when `maxHops < 1` or `limit < 1`;
    ///   ``PathError/vertexOutOfRange(_:vertexCount:)``.
    /// - Complexity: O(b^maxHops) time in the worst case for branching factor b (the length bound
    ///   caps the search depth; the limit caps the output, not the dead ends explored); O(V) memory
    ///   besides the output.
    public func simplePaths(
        from source: Int, to target: Int, maxHops: Int, limit: Int, weights: PathWeights = .unit
    ) throws(PathError) -> SimplePathEnumeration {
        try checkVertex(source)
        try checkVertex(target)
        guard maxHops >= 1 else { throw .invalidArgument("the length bound must be at least 1 edge (got \(maxHops))") }
        guard limit >= 1 else { throw .invalidArgument("the path limit must be at least 1 (got \(limit))") }
        guard source != target else { return SimplePathEnumeration(paths: [], isComplete: true) }
        var onPath = [Bool](repeating: false, count: vertexCount)
        var stack: [Vertex] = [Vertex(source)]
        var nextEdge: [Int] = [outOffsets[source]]
        var costs: [Double] = [0]
        onPath[source] = true
        var paths: [GraphPath] = []
        while let v = stack.last {
            let u = Int(v)
            let depth = stack.count - 1
            guard let e = nextEdge.last, e < outOffsets[u + 1], depth < maxHops else {
                onPath[u] = false
                stack.removeLast()
                nextEdge.removeLast()
                costs.removeLast()
                continue
            }
            nextEdge[nextEdge.count - 1] = e + 1
            let w = Int(outNeighbors[e])
            if onPath[w] { continue }
            let cost = (costs.last ?? 0) + (weights == .unit ? 1 : outWeights[e])
            if w == target {
                paths.append(GraphPath(vertices: stack + [Vertex(w)], cost: cost))
                if paths.count == limit {
                    // Complete only if nothing else could follow: checked by resuming the search.
                    let more = hasFurtherPath(
                        stack: stack, nextEdge: nextEdge, onPath: onPath, target: target, maxHops: maxHops)
                    return SimplePathEnumeration(paths: paths, isComplete: !more)
                }
                continue
            }
            onPath[w] = true
            stack.append(Vertex(w))
            nextEdge.append(outOffsets[w])
            costs.append(cost)
        }
        return SimplePathEnumeration(paths: paths, isComplete: true)
    }

    /// Whether the suspended depth-first search would find another path.
    private func hasFurtherPath(
        stack initialStack: [Vertex], nextEdge initialNext: [Int], onPath initialOnPath: [Bool], target: Int,
        maxHops: Int
    ) -> Bool {
        var stack = initialStack
        var nextEdge = initialNext
        var onPath = initialOnPath
        while let v = stack.last {
            let u = Int(v)
            guard let e = nextEdge.last, e < outOffsets[u + 1], stack.count - 1 < maxHops else {
                onPath[u] = false
                stack.removeLast()
                nextEdge.removeLast()
                continue
            }
            nextEdge[nextEdge.count - 1] = e + 1
            let w = Int(outNeighbors[e])
            if onPath[w] { continue }
            if w == target { return true }
            onPath[w] = true
            stack.append(Vertex(w))
            nextEdge.append(outOffsets[w])
        }
        return false
    }
}
