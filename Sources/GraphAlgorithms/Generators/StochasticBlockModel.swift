#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A random graph generated with a known community structure.
public struct PlantedPartitionGraph: Sendable {
    /// The graph (undirected, unit weights).
    public let graph: Graph
    /// The block of each vertex (vertices are numbered block by block).
    public let membership: [Int]
}

extension Graph {
    /// A stochastic block model (Holland, Laskey & Leinhardt, "Stochastic blockmodels: first
    /// steps", Social Networks 5 (1983)): an undirected simple graph with unit weights in which
    /// each pair of vertices in blocks `a` and `b` is joined independently with probability
    /// `probabilities[a][b]`.
    ///
    /// Edges are drawn by geometric skipping (Batagelj & Brandes, "Efficient generation of large
    /// random networks", Phys. Rev. E 71, 036113 (2005)): the gap to the next edge of a block pair
    /// is geometric, so the cost is proportional to the edges produced, not to the pairs.
    ///
    /// - Parameters:
    ///   - blockSizes: the number of vertices of each block (each ≥ 0).
    ///   - probabilities: a symmetric matrix of probabilities in [0, 1], one row per block.
    ///   - seed: the random seed.
    /// - Returns: the graph and the block of each vertex.
    /// - Throws: ``CommunityError/invalidParameter(_:)`` for a bad size or matrix.
    /// - Complexity: O(V + E + B²) for B blocks.
    public static func stochasticBlockModel(
        blockSizes: [Int], probabilities: [[Double]], seed: UInt64
    ) throws -> PlantedPartitionGraph {
        let blocks = blockSizes.count
        guard blockSizes.allSatisfy({ $0 >= 0 }) else {
            throw CommunityError.invalidParameter("block sizes must be ≥ 0")
        }
        let n = blockSizes.reduce(0, +)
        guard n < Int(Int32.max) else { throw CommunityError.invalidParameter("too many vertices") }
        guard probabilities.count == blocks, probabilities.allSatisfy({ $0.count == blocks }) else {
            throw CommunityError.invalidParameter("the probability matrix must be \(blocks) × \(blocks)")
        }
        for a in 0..<blocks {
            for b in 0..<blocks {
                let p = probabilities[a][b]
                guard p >= 0, p <= 1 else {
                    throw CommunityError.invalidParameter("probability [\(a)][\(b)] = \(p) is not in [0, 1]")
                }
                guard p == probabilities[b][a] else {
                    throw CommunityError.invalidParameter("the probability matrix must be symmetric")
                }
            }
        }
        var starts = [0]
        for size in blockSizes { starts.append(starts[starts.count - 1] + size) }
        var membership = [Int](repeating: 0, count: n)
        for b in 0..<blocks {
            for v in starts[b]..<starts[b + 1] { membership[v] = b }
        }
        var rng = SplitMix64(seed: seed)
        var edges: [WeightedEdge] = []
        /// The gap to the next success of a Bernoulli(p) sequence: ⌊ln(1 − U) / ln(1 − p)⌋.
        func skip(_ logFail: Double) -> Double {
            let u = rng.nextUnit()
            return (log1p(-u) / logFail).rounded(.down)
        }
        for a in 0..<blocks {
            for b in a..<blocks {
                let p = probabilities[a][b]
                guard p > 0 else { continue }
                let (sa, sb) = (blockSizes[a], blockSizes[b])
                let logFail = p < 1 ? log1p(-p) : -Double.infinity
                if a == b {
                    // Pairs (v, w) with w < v, enumerated row by row (Batagelj–Brandes).
                    var v = 1
                    var w = -1
                    while v < sa {
                        let gap = skip(logFail)
                        if gap > Double(sa) * Double(sa) { break }
                        w += 1 + Int(gap)
                        while w >= v && v < sa {
                            w -= v
                            v += 1
                        }
                        if v < sa {
                            edges.append(WeightedEdge(Vertex(starts[a] + v), Vertex(starts[a] + w)))
                        }
                    }
                } else {
                    let total = Double(sa) * Double(sb)
                    var index = -1.0
                    while true {
                        index += 1 + skip(logFail)
                        if index >= total { break }
                        let i = Int(index)
                        edges.append(WeightedEdge(Vertex(starts[a] + i / sb), Vertex(starts[b] + i % sb)))
                    }
                }
            }
        }
        return PlantedPartitionGraph(graph: Graph(vertexCount: n, edges: edges, directed: false), membership: membership)
    }

    /// A planted partition model (Condon & Karp 2001): `blockCount` blocks of `blockSize` vertices,
    /// pairs inside a block joined with probability `pIn`, pairs across blocks with `pOut` — the
    /// ``stochasticBlockModel(blockSizes:probabilities:seed:)`` with that matrix.
    /// - Complexity: O(V + E + blockCount²).
    public static func plantedPartition(
        blockCount: Int, blockSize: Int, pIn: Double, pOut: Double, seed: UInt64
    ) throws -> PlantedPartitionGraph {
        guard blockCount >= 0, blockSize >= 0 else {
            throw CommunityError.invalidParameter("block count and size must be ≥ 0")
        }
        let matrix = (0..<blockCount).map { a in (0..<blockCount).map { b in a == b ? pIn : pOut } }
        return try stochasticBlockModel(
            blockSizes: [Int](repeating: blockSize, count: blockCount), probabilities: matrix, seed: seed)
    }
}
