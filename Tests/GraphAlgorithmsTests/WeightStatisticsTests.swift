@testable import GraphAlgorithms
import Testing

/// The statistics a graph gathers when it stores its weights (validity, largest, total), which
/// Δ-stepping reads instead of scanning the weights on every call.
@Suite("Weight statistics gathered when weights are stored")
struct WeightStatisticsTests {
    @Test("small hand-computed cases: valid, all one, largest and total")
    func handComputed() {
        let mixed = EdgeWeights([0.5, 2, 1]).statistics
        #expect(mixed.areNonNegativeAndFinite && !mixed.areAllOne)
        #expect(mixed.largest == 2 && mixed.total == 3.5)

        let ones = EdgeWeights([1, 1, 1]).statistics
        #expect(ones == WeightStatistics(onesCount: 3))
        #expect(ones.areAllOne && ones.largest == 1 && ones.total == 3)
        #expect(WeightStatistics(onesCount: 0).largest == 0)

        #expect(!EdgeWeights([1, -0.5]).statistics.areNonNegativeAndFinite)
        #expect(!EdgeWeights([1, .nan]).statistics.areNonNegativeAndFinite)
        #expect(!EdgeWeights([.infinity, 1]).statistics.areNonNegativeAndFinite)
        #expect(EdgeWeights([0, 0]).statistics.areNonNegativeAndFinite)
    }

    @Test("every rule read off the statistics agrees with a scan of the weights")
    func rulesAgreeWithScan() {
        let cases: [[Double]] = [
            [], [1, 1], [0.5, 2], [0, 1], [-0.0, 1], [0.25, 1], [0.25, 1.5], [1, -2], [1, .nan],
            [.nan, 0.5], [.infinity, 1], [1e-300, 1], [-.infinity, 0.5],
        ]
        for weights in cases {
            let statistics = EdgeWeights(weights).statistics
            for rule in [WeightRule.nonNegativeFinite, .positiveFinite, .positiveAtMostOne] {
                #expect(statistics.admitEvery(rule) == weights.allSatisfy(rule.admits), "\(weights) \(rule)")
            }
        }
        #expect(EdgeWeights([0.5, 2, 1]).statistics.smallest == 0.5)
        #expect(WeightStatistics(onesCount: 0).smallest == .infinity)
    }

    @Test("the first invalid weight is still found once the statistics say some weight breaks the rule")
    func firstInvalidStillLocated() {
        let graph = Graph(
            vertexCount: 4,
            edges: [WeightedEdge(0, 1, weight: 0.5), WeightedEdge(1, 2, weight: 0), WeightedEdge(2, 3, weight: 2)],
            directed: true)
        #expect(graph.firstInvalidWeight(.nonNegativeFinite) == nil)
        #expect(graph.firstInvalidWeight(.positiveFinite) == InvalidWeight(source: 1, target: 2, weight: 0))
        #expect(graph.firstInvalidWeight(.positiveAtMostOne) == InvalidWeight(source: 1, target: 2, weight: 0))
    }

    @Test("on 200,000 weights (8 parallel slices): an invalid weight anywhere is seen, and the totals equal on one worker and all")
    func large() {
        var rng = SplitMix64(seed: 5)
        var values = (0..<200_000).map { _ in Double(rng.nextIndex(below: 1 << 20)) / Double(1 << 10) }
        let all = EdgeWeights(values).statistics
        let one = Parallel.$forcedWorkerCount.withValue(1) { EdgeWeights(values).statistics }
        #expect(all == one)
        #expect(all.largest == values.max())
        #expect(abs(all.total - values.reduce(0, +)) <= 1e-9 * all.total)
        values[123_457] = -1
        #expect(!EdgeWeights(values).statistics.areNonNegativeAndFinite)
    }

    @Test("Δ-stepping on the statistics still equals Dijkstra, also after a weight transform")
    func deltaSteppingAfterTransform() throws {
        var rng = SplitMix64(seed: 9)
        let n = 20_000
        let edges = (0..<120_000).map { _ in
            WeightedEdge(
                Vertex(rng.nextIndex(below: n)), Vertex(rng.nextIndex(below: n)),
                weight: 1 + Double(rng.nextIndex(below: 255)))
        }
        let graph = Graph(vertexCount: n, edges: edges, directed: true)
        for g in [graph, graph.mappingWeights { $0 / 7 }] {
            let reference = try g.shortestPathTree(from: 0, weights: .distance).distances
            #expect(try g.shortestDistances(from: 0) == reference)
        }
    }
}
