import GraphAlgorithms

/// What a path between two entities optimises.
public enum PathMode: String, Sendable, CaseIterable, Encodable {
    /// Smallest total distance (the projection's distance transform: `1/s`, `−ln s` or hops).
    case shortest
    /// Largest bottleneck: the path whose weakest tie (aggregated strength) is strongest.
    case widest
    /// Largest product of strengths: shortest path under the `neglog` distance (the caller projects
    /// with `distance: .neglog`); reliability = `exp(−cost)`.
    case reliable

    /// The `k` best loopless paths between two vertices under this mode.
    ///
    /// - Parameters:
    ///   - strengths: the strength graph (used by `widest`).
    ///   - distances: the distance graph (used by `shortest` and `reliable`).
    ///   - source: the first vertex.
    ///   - target: the last vertex.
    ///   - k: how many paths, at least 1.
    /// - Throws: `PathError` for bad lengths or strengths, or `k < 1`.
    /// - Complexity: that of Yen's algorithm, O(k · V · (V + E) log E) in the worst case.
    public func paths(strengths: Graph, distances: Graph, from source: Int, to target: Int, k: Int)
        throws(PathError) -> [GraphPath]
    {
        switch self {
        case .shortest, .reliable: try distances.kShortestPaths(from: source, to: target, k: k, weights: .distance)
        case .widest: try strengths.kWidestPaths(from: source, to: target, k: k)
        }
    }
}
