extension Graph {
    /// Weisfeiler–Lehman colour refinement (three rounds) with edge weights: a 64-bit key per
    /// vertex that does not depend on the numbering of the vertices. Every neighbour contributes a
    /// mixed (colour, weight) value, combined by wrapping addition, so row order does not matter.
    /// Vertices are coloured in parallel (each colour depends only on the previous round).
    /// - Complexity: O(V + E) work per round, spread over the cores.
    func structuralVertexKeys() -> [UInt64] {
        let n = vertexCount
        var color = [UInt64](repeating: 0, count: n)
        for v in 0..<n {
            color[v] = communityMix(UInt64(outDegree(of: v)) &* 0x1000_0001 ^ UInt64(inDegree(of: v)))
        }
        var next = [UInt64](repeating: 0, count: n)
        let parts = Parallel.evenRanges(count: n, parts: Swift.min(n, 64))
        for round in 0..<3 {
            let salt = communityMix(UInt64(round) &+ 0x5EED)
            let previous = color
            next.withUnsafeMutableBufferPointer { next in
                Parallel.forEach(parts.count) { part in
                    for v in parts[part] { next[v] = mixedColor(of: v, in: previous, salt: salt) }
                }
            }
            swap(&color, &next)
        }
        return color
    }

    /// The colour of `v` in the next round of ``structuralVertexKeys()``. O(degree of v).
    private func mixedColor(of v: Int, in color: [UInt64], salt: UInt64) -> UInt64 {
        var sum: UInt64 = 0
        for e in outOffsets[v]..<outOffsets[v + 1] {
            sum &+= communityMix(color[Int(outNeighbors[e])] ^ communityMix(outWeights[e].bitPattern ^ salt))
        }
        if isDirected {
            for e in inOffsets[v]..<inOffsets[v + 1] {
                sum &+= communityMix(color[Int(inNeighbors[e])] &+ communityMix(inWeights[e].bitPattern ^ ~salt))
            }
        }
        return communityMix(color[v] ^ communityMix(sum))
    }
}
