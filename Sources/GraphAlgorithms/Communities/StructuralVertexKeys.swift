extension Graph {
    /// Weisfeiler–Lehman colour refinement (three rounds) with edge weights: a 64-bit key per
    /// vertex that does not depend on the numbering of the vertices. Every neighbour contributes a
    /// mixed (colour, weight) value, combined by wrapping addition, so row order does not matter.
    /// - Complexity: O(V + E).
    func structuralVertexKeys() -> [UInt64] {
        let n = vertexCount
        var color = [UInt64](repeating: 0, count: n)
        for v in 0..<n {
            color[v] = communityMix(UInt64(outDegree(of: v)) &* 0x1000_0001 ^ UInt64(inDegree(of: v)))
        }
        var next = color
        for round in 0..<3 {
            let salt = communityMix(UInt64(round) &+ 0x5EED)
            for v in 0..<n {
                var sum: UInt64 = 0
                for e in outOffsets[v]..<outOffsets[v + 1] {
                    sum &+= communityMix(
                        color[Int(outNeighbors[e])] ^ communityMix(outWeights[e].bitPattern ^ salt))
                }
                if isDirected {
                    for e in inOffsets[v]..<inOffsets[v + 1] {
                        sum &+= communityMix(
                            color[Int(inNeighbors[e])] &+ communityMix(inWeights[e].bitPattern ^ ~salt))
                    }
                }
                next[v] = communityMix(color[v] ^ communityMix(sum))
            }
            swap(&color, &next)
        }
        return color
    }
}
