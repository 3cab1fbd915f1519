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

    /// The position of edge `u → v` in `outNeighbors`/`outWeights`, or `nil`. O(log deg(u)): a
    /// binary search in `u`'s sorted row.
    public func edgeIndex(from u: Int, to v: Int) -> Int? {
        var low = outOffsets[u]
        var high = outOffsets[u + 1]
        let target = Vertex(v)
        while low < high {
            let mid = (low + high) / 2
            if outNeighbors[mid] < target { low = mid + 1 } else { high = mid }
        }
        return low < outOffsets[u + 1] && outNeighbors[low] == target ? low : nil
    }

    /// The weight of edge `u → v`, or `nil`. O(log deg(u)).
    public func weight(from u: Int, to v: Int) -> Double? {
        edgeIndex(from: u, to: v).map { outWeights[$0] }
    }
}
