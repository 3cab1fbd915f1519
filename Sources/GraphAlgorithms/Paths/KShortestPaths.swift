/// What a ranked path enumeration optimises.
enum PathObjective {
    /// Sum of lengths (BFS hop counts when `unit`), smaller is better.
    case length(unit: Bool)
    /// Bottleneck strength (minimum weight), larger is better.
    case bottleneck

    /// Whether cost `a` ranks before cost `b`.
    func better(_ a: Double, _ b: Double) -> Bool {
        switch self {
        case .length: a < b
        case .bottleneck: a > b
        }
    }
}

extension Graph {
    /// Yen's k shortest loopless paths from `source` to `target`, in non-decreasing order of length.
    ///
    /// Fewer than `k` paths are returned when fewer loopless paths exist; none when `target` is
    /// unreachable. Deterministic order: by length, then by number of edges, then lexicographically
    /// by vertex sequence; each spur search breaks ties as ``shortestPathTree(from:weights:)``. For
    /// `source == target` the single path `[source]` is returned.
    ///
    /// Source: J. Y. Yen, "Finding the k shortest loopless paths in a network", *Management
    /// Science* 17 (1971); NetworkX `shortest_simple_paths` yields the same sequence of lengths.
    /// - Throws: ``PathError/invalidArgument(_:)`` when `k < 1`; otherwise as
    ///   ``shortestPathTree(from:weights:)``.
    /// - Complexity: O(k · V · (V + E) log E) time in the worst case (one spur search per vertex of
    ///   each accepted path); O(V + E + k · V) memory.
    public func kShortestPaths(from source: Int, to target: Int, k: Int, weights: PathWeights = .distance)
        throws(PathError) -> [GraphPath]
    {
        try checkVertex(source)
        try checkVertex(target)
        guard k >= 1 else { throw .invalidArgument("k must be at least 1 (got \(k))") }
        if weights == .distance { try checkLengths(allowZero: true) }
        return yen(from: source, to: target, k: k, objective: .length(unit: weights == .unit))
    }

    /// The `k` widest loopless paths (non-increasing bottleneck), by Yen's algorithm with
    /// ``widestPath(from:to:)`` as the spur search; ties ranked by number of edges, then
    /// lexicographically. Each path's `cost` is its bottleneck.
    ///
    /// Source: Yen (1971) applied to the bottleneck objective, whose spur optimum is the widest spur
    /// path (min is monotone), as for shortest paths.
    /// - Throws: ``PathError/invalidArgument(_:)`` when `k < 1`;
    ///   ``PathError/invalidStrength(source:target:weight:requirement:)`` for a weight that is not
    ///   positive and finite.
    /// - Complexity: O(k · V · (V + E) log E) time in the worst case.
    public func kWidestPaths(from source: Int, to target: Int, k: Int) throws(PathError) -> [GraphPath] {
        try checkVertex(source)
        try checkVertex(target)
        guard k >= 1 else { throw .invalidArgument("k must be at least 1 (got \(k))") }
        try checkStrengths(atMostOne: false)
        return yen(from: source, to: target, k: k, objective: .bottleneck)
    }

    /// The `k` most reliable loopless paths (non-increasing product of strengths in (0, 1]): Yen's
    /// algorithm on the lengths `−ln w`. Each path's `cost` is `−ln(product)`.
    /// - Throws: ``PathError/invalidArgument(_:)`` when `k < 1`;
    ///   ``PathError/invalidStrength(source:target:weight:requirement:)`` for a weight outside (0, 1].
    /// - Complexity: as ``kShortestPaths(from:to:k:weights:)``.
    public func kMostReliablePaths(from source: Int, to target: Int, k: Int) throws(PathError) -> [GraphPath] {
        try checkVertex(source)
        try checkVertex(target)
        guard k >= 1 else { throw .invalidArgument("k must be at least 1 (got \(k))") }
        try checkStrengths(atMostOne: true)
        return negativeLogWeights().yen(from: source, to: target, k: k, objective: .length(unit: false))
    }

    /// Yen's algorithm for either objective (arguments validated by the caller).
    func yen(from source: Int, to target: Int, k: Int, objective: PathObjective) -> [GraphPath] {
        let lengths: PathWeights
        switch objective {
        case .length(let unit): lengths = unit ? .unit : .distance
        case .bottleneck: lengths = .distance
        }
        var search = ShortestPathSearch(findingPathsIn: self, weights: lengths)
        /// The best path from `s` to `target` under the current bans.
        func best(from s: Int) -> GraphPath? {
            switch objective {
            case .length: search.shortestPath(from: s, to: target)
            case .bottleneck: search.widestPath(from: s, to: target)
            }
        }
        guard let first = best(from: source) else { return [] }
        if source == target { return [first] }
        var accepted = [first]
        var seen: Set<[Vertex]> = [first.vertices]
        var candidates: [GraphPath] = []
        func ranksBefore(_ a: GraphPath, _ b: GraphPath) -> Bool {
            if a.cost != b.cost { return objective.better(a.cost, b.cost) }
            if a.vertices.count != b.vertices.count { return a.vertices.count < b.vertices.count }
            return a.vertices.lexicographicallyPrecedes(b.vertices)
        }
        while accepted.count < k, let previous = accepted.last {
            let path = previous.vertices
            // Prefix costs of the previous path: lengths summed, or bottlenecks.
            var prefix = [Double](repeating: 0, count: path.count)
            switch objective {
            case .length(let unit):
                for i in 1..<path.count {
                    prefix[i] = prefix[i - 1] + (unit ? 1 : weight(from: Int(path[i - 1]), to: Int(path[i])) ?? .infinity)
                }
            case .bottleneck:
                prefix[0] = .infinity
                for i in 1..<path.count {
                    prefix[i] = Swift.min(prefix[i - 1], weight(from: Int(path[i - 1]), to: Int(path[i])) ?? 0)
                }
            }
            for i in 0..<(path.count - 1) {
                let root = path[0...i]
                search.clearBans()
                for p in accepted where p.vertices.count > i + 1 && p.vertices[0...i] == root {
                    search.ban(edgeFrom: p.vertices[i], to: p.vertices[i + 1])
                }
                for v in root.dropLast() { search.ban(vertex: v) }
                guard let spurPath = best(from: Int(path[i])) else { continue }
                let vertices = Array(root) + spurPath.vertices.dropFirst()
                guard !seen.contains(vertices) else { continue }
                let cost: Double
                switch objective {
                case .length: cost = prefix[i] + spurPath.cost
                case .bottleneck: cost = Swift.min(prefix[i], spurPath.cost)
                }
                seen.insert(vertices)
                candidates.append(GraphPath(vertices: vertices, cost: cost))
            }
            search.clearBans()
            guard var bestIndex = candidates.indices.first else { break }
            for j in candidates.indices.dropFirst() where ranksBefore(candidates[j], candidates[bestIndex]) {
                bestIndex = j
            }
            accepted.append(candidates.remove(at: bestIndex))
        }
        return accepted
    }
}
