extension CommunityLevelGraph {
    /// Requests the cache lines a visit of `v` reads first: its row offsets and its strengths. A
    /// hint for a vertex some visits ahead, in orders the hardware cannot guess (a shuffled queue,
    /// the members of a community); results never depend on it. - Complexity: O(1).
    @inline(__always)
    func prefetchVertex(_ v: Int) {
        Prefetch.read(offsets.pointer + v)
        Prefetch.read(outWeight.pointer + v)
        Prefetch.read(inWeight.pointer + v)
    }

    /// Requests the cache lines of `v`'s row (neighbours and weights); its offsets should have been
    /// requested a few visits earlier (``prefetchVertex(_:)``). A hint; results never depend on it.
    /// - Complexity: O(degree of v / 8).
    @inline(__always)
    func prefetchRow(of v: Int) {
        Prefetch.row(offsets.pointer[v]..<offsets.pointer[v + 1], neighbors: targets.pointer, weights: weights.pointer)
    }

    /// Prefetches for the visit of `list[i]` among `list[..<end]`: the vertex
    /// ``Prefetch/vertexDistance`` entries ahead and the row ``Prefetch/rowDistance`` ahead.
    @inline(__always)
    func prefetchAhead(of i: Int, in list: UnsafePointer<Int32>, end: Int) {
        if i + Prefetch.vertexDistance < end { prefetchVertex(Int(list[i + Prefetch.vertexDistance])) }
        if i + Prefetch.rowDistance < end { prefetchRow(of: Int(list[i + Prefetch.rowDistance])) }
    }
}
