import Foundation
import GraphAlgorithms

/// Whom one actor's connections depend on: for a source vertex, the intermediaries on its shortest
/// paths to everyone it reaches, how much of that traffic each carries, for whom each is
/// unavoidable, and what happens without each.
///
/// - `share`: Brandes' single-source dependency δ_s(v) = Σ_t σ_st(v)/σ_st divided by the number of
///   reachable targets — the average fraction of the source's shortest paths through `v`.
/// - `unavoidableFor`: the targets every path to which passes through `v` (`v` dominates them in the
///   dominator tree rooted at the source; exact, whatever the path lengths).
/// - Without `v` (the graph with `v`'s edges removed): the targets then cut off (the same set as
///   `unavoidableFor`), and the targets still reachable but farther, with the mean and largest
///   relative increase in distance.
public struct DependencyAnalysis: Sendable, Hashable {
    public struct Intermediary: Sendable, Hashable {
        public let vertex: Vertex
        public let id: String
        /// Average share of the source's shortest paths to its reachable targets passing through.
        public let share: Double
        /// Brandes' δ_s(v): the same, summed over targets instead of averaged.
        public let dependency: Double
        /// Targets reachable only through this intermediary (sorted ids).
        public let unavoidableFor: [String]
        /// Targets that stay reachable without it but whose shortest distance grows.
        public let longerCount: Int
        /// Mean relative increase of those targets' distances (0.25 = 25 % longer); `nil` if none.
        public let meanIncrease: Double?
        /// Largest relative increase among them; `nil` if none.
        public let maxIncrease: Double?

        /// Whether some target can be reached only through this intermediary.
        public var isUnavoidable: Bool { !unavoidableFor.isEmpty }
    }

    /// The source's id.
    public let source: String
    /// Number of vertices the source reaches (itself excluded).
    public let reachableCount: Int
    /// Every vertex on some shortest path from the source, by share (descending), then id.
    public let intermediaries: [Intermediary]

    /// Analyses `source` on a distance graph whose vertex `v` has id `ids[v]`.
    ///
    /// - Throws: `PathError` for an invalid source or lengths that are not positive and finite.
    /// - Complexity: one Brandes accumulation and one dominator tree, then one Dijkstra per
    ///   intermediary: O(I · (V + E) log E) for I intermediaries.
    public init(source: Int, distances: Graph, ids: [String]) throws(PathError) {
        let dependency = try distances.sourceDependency(from: source, weights: .distance)
        let tree = try distances.dominatorTree(from: source)
        var unavoidable: [Int: [String]] = [:]
        for t in distances.vertices where t != source {
            for d in tree.intermediaries(of: t) ?? [] { unavoidable[Int(d), default: []].append(ids[t]) }
        }
        var found: [Intermediary] = []
        for v in distances.vertices where v != source && dependency.dependencies[v] > 0 {
            let without = try distances.removing(vertices: [Vertex(v)]).shortestPathTree(from: source)
            var increases: [Double] = []
            for t in distances.vertices where t != source && t != v {
                let before = dependency.distances[t]
                let after = without.distances[t]
                guard before < .infinity, after < .infinity, after > before * (1 + 1e-12) else { continue }
                increases.append(before > 0 ? (after - before) / before : .infinity)
            }
            found.append(
                Intermediary(
                    vertex: Vertex(v), id: ids[v], share: dependency.averageShare(of: v),
                    dependency: dependency.dependencies[v], unavoidableFor: (unavoidable[v] ?? []).sorted(),
                    longerCount: increases.count,
                    meanIncrease: increases.isEmpty ? nil : increases.reduce(0, +) / Double(increases.count),
                    maxIncrease: increases.max()))
        }
        found.sort { $0.share != $1.share ? $0.share > $1.share : $0.id < $1.id }
        self.source = ids[source]
        reachableCount = Swift.max(dependency.reachedCount - 1, 0)
        intermediaries = found
    }
}
