extension AdjacencyBuffers {
    /// Requests the cache lines of `v`'s row offsets (out-rows, and in-rows when `directed`). A
    /// hint for a vertex some visits ahead in an order the hardware cannot guess; results never
    /// depend on it. - Complexity: O(1).
    @inline(__always)
    func prefetchOffsets(of v: Int, directed: Bool) {
        Prefetch.read(outOffsets.baseAddress! + v)
        if directed { Prefetch.read(inOffsets.baseAddress! + v) }
    }

    /// Requests the cache lines of `v`'s rows (neighbours and stored weights; in-rows too when
    /// `directed`), whose offsets should have been requested earlier. A hint; results never depend
    /// on it. - Complexity: O(degree of v / 8).
    @inline(__always)
    func prefetchRows(of v: Int, directed: Bool) {
        Prefetch.row(outOffsets[v]..<outOffsets[v + 1], neighbors: outNeighbors.baseAddress, weights: outWeights.base)
        if directed {
            Prefetch.row(inOffsets[v]..<inOffsets[v + 1], neighbors: inNeighbors.baseAddress, weights: inWeights.base)
        }
    }
}
