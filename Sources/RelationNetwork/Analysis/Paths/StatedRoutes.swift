import GraphAlgorithms

/// Whether a path is stated by one source, or composed from separately sourced ties.
public struct PathStatement: Sendable, Hashable {
    /// True when one relation (a single hop) or one stated route covers the whole path.
    public let statedByOneSource: Bool
    /// The stated routes that run along the whole path (ids).
    public let routes: [String]
    /// For a composed path: "composed from 3 separately sourced legs; no source states this chain".
    public let note: String?
}

extension AnalysisGraph {
    /// Whether a path through `chain` (ids) is stated by one source: a single hop (one tie, cited
    /// as such) or a chain that a stated route runs along (in order; either way when undirected).
    /// `nil` for plain graphs, which have no sources.
    /// - Complexity: O(R · L · n) for R routes of L legs and a chain of n entities.
    public func statement(of chain: [String]) -> PathStatement? {
        guard let network else { return nil }
        let routes = network.routes.filter { $0.states(chain, directed: projection.directed) }.map(\.id)
        if chain.count <= 2 || !routes.isEmpty {
            return PathStatement(statedByOneSource: true, routes: routes, note: nil)
        }
        // Split the chain greedily into the longest stretches a route (or one tie) states.
        var parts: [String] = []
        var start = 0
        while start < chain.count - 1 {
            var end = start + 1
            var route: String?
            for candidate in stride(from: chain.count - 1, to: start + 1, by: -1) {
                let stretch = Array(chain[start...candidate])
                if let found = network.routes.first(where: { $0.states(stretch, directed: projection.directed) }) {
                    (end, route) = (candidate, found.id)
                    break
                }
            }
            let names = chain[start...end].map { id in vertex(ofID: id).map { labels[$0] } ?? id }
            parts.append(names.joined(separator: " → ") + (route.map { " (route \($0))" } ?? ""))
            start = end
        }
        return PathStatement(
            statedByOneSource: false, routes: [],
            note: "composed from \(parts.count) separately sourced parts: \(parts.joined(separator: "; ")); "
                + "no source states this chain")
    }

    /// The loopless paths from `source` to `target` that a single source states: the direct tie
    /// and every stretch of a stated route between them, whose ties are all in `strengths` /
    /// `distances` (already without the avoided vertices), best first under `mode`.
    /// - Complexity: O(R · L²) for R routes of L legs.
    func statedPaths(
        from source: Int, to target: Int, mode: PathMode, strengths: Graph, distances: Graph
    ) -> [GraphPath] {
        var chains: [[Int]] = []
        if strengths.weight(from: source, to: target) != nil { chains.append([source, target]) }
        for route in network?.routes ?? [] {
            let legs = route.legs.map { vertex(ofID: $0) }
            let orders = projection.directed ? [legs] : [legs, legs.reversed()]
            for order in orders {
                guard let start = order.firstIndex(of: source), let end = order.lastIndex(of: target), start < end else { continue }
                let chain = order[start...end].compactMap { $0 }
                if chain.count == end - start + 1, Set(chain).count == chain.count { chains.append(chain) }
            }
        }
        var seen: Set<[Int]> = []
        let paths: [GraphPath] = chains.compactMap { chain in
            guard seen.insert(chain).inserted else { return nil }
            var cost = mode == .widest ? Double.infinity : 0
            for (u, v) in zip(chain, chain.dropFirst()) {
                if mode == .widest {
                    guard let width = strengths.weight(from: u, to: v) else { return nil }
                    cost = min(cost, width)
                } else {
                    guard let length = distances.weight(from: u, to: v) else { return nil }
                    cost += length
                }
            }
            return GraphPath(vertices: chain.map { Vertex($0) }, cost: cost)
        }
        return paths.sorted { a, b in
            if a.cost != b.cost { return mode == .widest ? a.cost > b.cost : a.cost < b.cost }
            if a.hopCount != b.hopCount { return a.hopCount < b.hopCount }
            return a.vertices.lexicographicallyPrecedes(b.vertices)
        }
    }
}
