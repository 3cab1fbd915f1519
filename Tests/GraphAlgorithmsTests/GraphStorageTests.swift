import GraphAlgorithms
import Testing

/// Graph construction (counting sort, per-row stable sort and merge) against a reference built with
/// a dictionary per row, and weights stored only when some weight differs from 1.
@Suite("Graph storage: CSR construction and weights stored only when needed")
struct GraphStorageTests {
    /// Each row's `(column, merged weight)` pairs, by a dictionary fold in input order.
    static func referenceRows(
        n: Int, edges: [WeightedEdge], directed: Bool, rule: ParallelEdgeRule, selfLoops: SelfLoopRule
    ) -> [[(Int, Double)]] {
        var rows = [[Int: Double]](repeating: [:], count: n)
        func add(_ u: Int, _ v: Int, _ w: Double) {
            let weight = rule == .count ? 1 : w
            if let old = rows[u][v] {
                switch rule {
                case .sum, .count: rows[u][v] = old + weight
                case .max: rows[u][v] = max(old, weight)
                case .min: rows[u][v] = min(old, weight)
                }
            } else {
                rows[u][v] = weight
            }
        }
        for edge in edges {
            let (u, v) = (Int(edge.source), Int(edge.target))
            if u == v && selfLoops == .drop { continue }
            add(u, v, edge.weight)
            if !directed && u != v { add(v, u, edge.weight) }
        }
        return rows.map { $0.sorted { $0.key < $1.key }.map { ($0.key, $0.value) } }
    }

    static func rows(of graph: Graph) -> [[(Int, Double)]] {
        graph.vertices.map { u in
            (graph.outOffsets[u]..<graph.outOffsets[u + 1]).map { e in (Int(graph.outNeighbors[e]), graph.outWeights[e]) }
        }
    }

    static func inRows(of graph: Graph) -> [[(Int, Double)]] {
        graph.vertices.map { v in
            (graph.inOffsets[v]..<graph.inOffsets[v + 1]).map { e in (Int(graph.inNeighbors[e]), graph.inWeights[e]) }
        }
    }

    static func same(_ a: [[(Int, Double)]], _ b: [[(Int, Double)]]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { x, y in
            x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        }
    }

    @Test("random multigraphs with loops and hubs equal the reference, every rule and direction",
          arguments: [ParallelEdgeRule.sum, .max, .min, .count])
    func randomGraphs(rule: ParallelEdgeRule) {
        for (seed, directed) in [(1 as UInt64, false), (2, true), (3, false), (4, true)] {
            var rng = SplitMix64(seed: seed)
            let n = 60
            // Vertex 0 is a hub (rows longer than the insertion-sort limit); weights repeat.
            let edges = (0..<900).map { i in
                WeightedEdge(
                    Vertex(i % 3 == 0 ? 0 : rng.nextIndex(below: n)), Vertex(rng.nextIndex(below: n)),
                    weight: Double(1 + rng.nextIndex(below: 4)) / 4)
            }
            for loops in [SelfLoopRule.keep, .drop] {
                let graph = Graph(vertexCount: n, edges: edges, directed: directed, parallelEdges: rule, selfLoops: loops)
                let expected = Self.referenceRows(n: n, edges: edges, directed: directed, rule: rule, selfLoops: loops)
                #expect(Self.same(Self.rows(of: graph), expected))
                let reversed = edges.map { WeightedEdge($0.target, $0.source, weight: $0.weight) }
                let expectedIn = directed
                    ? Self.referenceRows(n: n, edges: reversed, directed: true, rule: rule, selfLoops: loops)
                    : expected
                #expect(Self.same(Self.inRows(of: graph), expectedIn))
            }
        }
    }

    @Test("sums of equal weights merge in input order (bitwise), in long and short rows")
    func mergeOrder() {
        // (0.3 + 0.2) + 0.1 differs from (0.1 + 0.2) + 0.3 in the last bit.
        let (a, b, c): (Double, Double, Double) = (0.3, 0.2, 0.1)
        let weights = [a, b, c]
        let inputOrder = (a + b) + c
        #expect(inputOrder != (c + b) + a)
        var edges = weights.map { WeightedEdge(0, 1, weight: $0) }
        edges += (2..<50).map { WeightedEdge(0, Vertex($0), weight: 0.5) }  // a long row
        edges += weights.map { WeightedEdge(0, 7, weight: $0) }
        edges += [WeightedEdge(3, 9, weight: 0.25)] + weights.map { WeightedEdge(3, 4, weight: $0) }  // a short row
        let graph = Graph(vertexCount: 50, edges: edges, directed: true)
        let half: Double = 0.5
        #expect(graph.weight(from: 0, to: 1) == inputOrder)
        #expect(graph.weight(from: 0, to: 7) == ((half + a) + b) + c)
        #expect(graph.weight(from: 3, to: 4) == inputOrder)
    }

    @Test("no weights are stored unless some differ from 1; merging can make them differ")
    func storedOnlyWhenNeeded() {
        let plain = [WeightedEdge(0, 1), WeightedEdge(1, 2), WeightedEdge(2, 0)]
        #expect(Graph(vertexCount: 3, edges: plain, directed: false).outWeights.areAllOne)
        let repeated = plain + [WeightedEdge(1, 0)]
        let summed = Graph(vertexCount: 3, edges: repeated, directed: false)
        #expect(!summed.outWeights.areAllOne)
        #expect(summed.weight(from: 0, to: 1) == 2)
        #expect(Graph(vertexCount: 3, edges: repeated, directed: false, parallelEdges: .max).outWeights.areAllOne)
        let weighted = Graph(vertexCount: 3, edges: plain + [WeightedEdge(0, 2, weight: 3)], directed: true)
        #expect(!weighted.outWeights.areAllOne && !weighted.inWeights.areAllOne)
        // Equal weight sequences compare equal however they were stored.
        let ones = weighted.mappingWeights { _ in 1 }
        #expect(ones.outWeights.areAllOne)
        #expect(ones == Graph(vertexCount: 3, edges: plain + [WeightedEdge(0, 2)], directed: true, parallelEdges: .max))
        #expect(EdgeWeights([1, 1, 1]) == EdgeWeights(onesCount: 3))
        #expect(Array(EdgeWeights(onesCount: 2)) == [1, 1])
    }
}
