/// Read-only unsafe views of a graph's CSR arrays, for the hot loops of the traversal kernels.
///
/// Obtained only through ``Graph/withAdjacencyBuffers(_:)``, whose scope bounds their lifetime:
/// the one place where the kernels leave Swift's bounds-checked arrays.
struct AdjacencyBuffers: @unchecked Sendable {
    let outOffsets: UnsafeBufferPointer<Int>
    let outNeighbors: UnsafeBufferPointer<Vertex>
    let outWeights: WeightBuffer
    let inOffsets: UnsafeBufferPointer<Int>
    let inNeighbors: UnsafeBufferPointer<Vertex>
    let inWeights: WeightBuffer
}

extension Graph {
    /// Calls `body` with unsafe views of the CSR arrays, valid only during the call.
    func withAdjacencyBuffers<Result>(_ body: (AdjacencyBuffers) -> Result) -> Result {
        outOffsets.withUnsafeBufferPointer { outOffsets in
            outNeighbors.withUnsafeBufferPointer { outNeighbors in
                outWeights.withWeightBuffer { outWeights in
                    inOffsets.withUnsafeBufferPointer { inOffsets in
                        inNeighbors.withUnsafeBufferPointer { inNeighbors in
                            inWeights.withWeightBuffer { inWeights in
                                body(
                                    AdjacencyBuffers(
                                        outOffsets: outOffsets, outNeighbors: outNeighbors,
                                        outWeights: outWeights, inOffsets: inOffsets,
                                        inNeighbors: inNeighbors, inWeights: inWeights))
                            }
                        }
                    }
                }
            }
        }
    }
}
