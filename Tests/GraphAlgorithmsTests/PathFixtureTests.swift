import Foundation
import GraphAlgorithms
import Testing

/// `Fixtures/paths/paths.json`, written by `Scripts/make-path-fixtures.py` (NetworkX).
struct PathFixtures: Decodable {
    struct Lengths: Decodable {
        let source: Int
        let lengths: [Double?]
    }
    struct Yen: Decodable {
        let source: Int
        let target: Int
        let k: Int
        let weighted: Bool
        let costs: [Double]
    }
    struct Widest: Decodable {
        let source: Int
        let target: Int
        let bottleneck: Double
    }
    struct Reliable: Decodable {
        let source: Int
        let target: Int
        let reliability: Double
    }
    struct NodeCut: Decodable {
        let source: Int
        let target: Int
        let size: Int
    }
    struct Dominators: Decodable {
        let root: Int
        let idom: [Int?]
    }
    struct Unavoidable: Decodable {
        let source: Int
        let target: Int
        let vertices: [Int]
    }
    struct Shares: Decodable {
        let source: Int
        let target: Int
        let weighted: Bool
        let shares: [[Double]]
    }
    struct SimplePaths: Decodable {
        let source: Int
        let target: Int
        let cutoff: Int
        let count: Int
    }
    struct Case: Decodable, CustomTestStringConvertible {
        let name: String
        let directed: Bool
        let vertexCount: Int
        let edges: [[Double]]
        let bfs: [Lengths]
        let dijkstra: [Lengths]
        let yen: [Yen]
        let widest: [Widest]
        let reliable: [Reliable]
        let node_cut: [NodeCut]
        let articulation_points: [Int]
        let bridges: [[Int]]
        let scc: [[Int]]?
        let dominators: [Dominators]?
        let unavoidable: [Unavoidable]
        let shares: [Shares]
        let simple_paths: [SimplePaths]

        var graph: Graph {
            Graph(
                vertexCount: vertexCount,
                edges: edges.map { WeightedEdge(Vertex($0[0]), Vertex($0[1]), weight: $0[2]) }, directed: directed)
        }

        var testDescription: String { name }
    }

    let networkx: String
    let graphs: [Case]

    static let shared: PathFixtures = {
        do {
            let data = try Data(contentsOf: fixtureURL("paths/paths.json"))
            return try JSONDecoder().decode(PathFixtures.self, from: data)
        } catch {
            fatalError("cannot load paths/paths.json: \(error)")
        }
    }()
}

@Suite("Paths against NetworkX")
struct PathFixtureTests {
    static let cases = PathFixtures.shared.graphs

    @Test("BFS and Dijkstra lengths match exactly; reconstructed paths have those lengths", arguments: cases)
    func singleSource(_ c: PathFixtures.Case) throws {
        let graph = c.graph
        for (expected, weights) in [(c.bfs, PathWeights.unit), (c.dijkstra, .distance)] {
            for reference in expected {
                let tree = try graph.shortestPathTree(from: reference.source, weights: weights)
                #expect(tree.distances == reference.lengths.map { $0 ?? .infinity }, "\(weights) from \(reference.source)")
                for target in 0..<c.vertexCount {
                    let path = tree.path(to: target)
                    #expect((path == nil) == (reference.lengths[target] == nil))
                    if let path {
                        #expect(path.source == Vertex(reference.source) && path.target == Vertex(target))
                        let walked = zip(path.vertices, path.vertices.dropFirst()).reduce(0.0) { total, hop in
                            total + (weights == .unit ? 1 : graph.weight(from: Int(hop.0), to: Int(hop.1)) ?? .nan)
                        }
                        #expect(walked == path.cost)
                        let single = try graph.shortestPath(from: reference.source, to: target, weights: weights)
                        #expect(single?.cost == path.cost)
                    }
                }
            }
        }
    }

    @Test("Yen's k shortest paths: same order of costs as shortest_simple_paths, loopless, distinct", arguments: cases)
    func yen(_ c: PathFixtures.Case) throws {
        let graph = c.graph
        for reference in c.yen {
            let paths = try graph.kShortestPaths(
                from: reference.source, to: reference.target, k: reference.k,
                weights: reference.weighted ? .distance : .unit)
            #expect(paths.map(\.cost) == reference.costs, "\(reference.source)→\(reference.target) weighted: \(reference.weighted)")
            #expect(Set(paths.map(\.vertices)).count == paths.count)
            for path in paths {
                #expect(Set(path.vertices).count == path.vertices.count)
                #expect(path.source == Vertex(reference.source) && path.target == Vertex(reference.target))
                for (u, v) in zip(path.vertices, path.vertices.dropFirst()) {
                    #expect(graph.weight(from: Int(u), to: Int(v)) != nil)
                }
            }
        }
    }

    @Test("widest bottleneck and most reliable product match the reference", arguments: cases)
    func widestAndReliable(_ c: PathFixtures.Case) throws {
        let graph = c.graph
        for reference in c.widest {
            let path = try #require(try graph.widestPath(from: reference.source, to: reference.target))
            #expect(path.cost == reference.bottleneck)
            let weakest = zip(path.vertices, path.vertices.dropFirst()).map {
                graph.weight(from: Int($0), to: Int($1)) ?? 0
            }.min()
            #expect(weakest == reference.bottleneck)
            let ranked = try graph.kWidestPaths(from: reference.source, to: reference.target, k: 4)
            #expect(ranked.first?.cost == reference.bottleneck)
            #expect(zip(ranked, ranked.dropFirst()).allSatisfy { $0.cost >= $1.cost })
        }
        let probabilities = graph.mappingWeights { $0 / 10 }
        for reference in c.reliable {
            let path = try #require(try probabilities.mostReliablePath(from: reference.source, to: reference.target))
            #expect(close(exp(-path.cost), reference.reliability, tolerance: 1e-12))
            let ranked = try probabilities.kMostReliablePaths(from: reference.source, to: reference.target, k: 3)
            #expect(close(exp(-(ranked.first?.cost ?? .infinity)), reference.reliability, tolerance: 1e-12))
        }
    }

    @Test("minimum vertex cut size matches minimum_node_cut, and the members separate", arguments: cases)
    func vertexCut(_ c: PathFixtures.Case) throws {
        let graph = c.graph
        for reference in c.node_cut {
            let cut = try #require(try graph.minimumVertexCut(from: reference.source, to: reference.target))
            #expect(cut.size == reference.size, "\(reference.source)→\(reference.target)")
            let without = graph.removing(vertices: cut.members)
            #expect(try without.shortestPath(from: reference.source, to: reference.target, weights: .unit) == nil)
        }
    }

    @Test("articulation points, bridges and strongly connected components match", arguments: cases)
    func connectivity(_ c: PathFixtures.Case) throws {
        let graph = c.graph
        #expect(graph.articulationPoints().map(Int.init) == c.articulation_points)
        #expect(graph.bridges().map { [Int($0.u), Int($0.v)] } == c.bridges)
        if let scc = c.scc {
            let labels = graph.stronglyConnectedComponents()
            var groups: [Int: [Int]] = [:]
            for v in 0..<c.vertexCount { groups[labels.component[v], default: []].append(v) }
            #expect(groups.values.map { $0 }.sorted { $0.lexicographicallyPrecedes($1) } == scc)
            #expect(labels.count == scc.count)
        }
    }

    @Test("dominators and unavoidable intermediaries match removal checks", arguments: cases)
    func dominators(_ c: PathFixtures.Case) throws {
        let graph = c.graph
        for reference in c.dominators ?? [] {
            let tree = try graph.dominatorTree(from: reference.root)
            let idoms = (0..<c.vertexCount).map { tree.immediateDominator(of: $0).map(Int.init) }
            #expect(idoms == reference.idom, "root \(reference.root)")
        }
        for reference in c.unavoidable {
            let found = try #require(try graph.unavoidableIntermediaries(from: reference.source, to: reference.target))
            #expect(found.map(Int.init).sorted() == reference.vertices, "\(reference.source)→\(reference.target)")
            // The dominator tree gives the same set on undirected graphs too.
            let viaDominators = try graph.dominatorTree(from: reference.source).intermediaries(of: reference.target)
            #expect(viaDominators.map { $0.map(Int.init).sorted() } == reference.vertices)
        }
    }

    @Test("shares of shortest paths through each intermediary match all_shortest_paths", arguments: cases)
    func shares(_ c: PathFixtures.Case) throws {
        let graph = c.graph
        for reference in c.shares {
            let shares = try graph.shortestPathShares(
                from: reference.source, to: reference.target, weights: reference.weighted ? .distance : .unit)
            let actual = shares.sorted { $0.vertex < $1.vertex }
            #expect(actual.map { Int($0.vertex) } == reference.shares.map { Int($0[0]) })
            for (a, e) in zip(actual, reference.shares) { #expect(close(a.share, e[1], tolerance: 1e-12)) }
        }
    }

    @Test("bounded simple-path enumeration counts match all_simple_paths(cutoff:)", arguments: cases)
    func simplePaths(_ c: PathFixtures.Case) throws {
        let graph = c.graph
        for reference in c.simple_paths {
            let all = try graph.simplePaths(
                from: reference.source, to: reference.target, maxHops: reference.cutoff, limit: 100_000)
            #expect(all.paths.count == reference.count)
            #expect(all.isComplete)
            #expect(Set(all.paths.map(\.vertices)).count == all.paths.count)
            if reference.count > 1 {
                let some = try graph.simplePaths(
                    from: reference.source, to: reference.target, maxHops: reference.cutoff, limit: reference.count - 1)
                #expect(some.paths == Array(all.paths.prefix(reference.count - 1)))
                #expect(!some.isComplete)
                let exact = try graph.simplePaths(
                    from: reference.source, to: reference.target, maxHops: reference.cutoff, limit: reference.count)
                #expect(exact.isComplete)
            }
        }
    }
}
