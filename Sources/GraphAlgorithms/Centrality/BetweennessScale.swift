/// The factors of NetworkX's `_rescale` (betweenness.py, 3.6).
struct BetweennessScale {
    /// Factor for vertices that were sampled sources (equal to `other` unless sampling without
    /// endpoints).
    var sampledSource: Double
    /// Factor for every other vertex, and for edges.
    var other: Double

    init(vertexCount n: Int, normalized: Bool, directed: Bool, endpoints: Bool, sampledCount: Int?) {
        let pairs = endpoints ? n : n - 1  // N: possible (s, t) partners of a vertex
        guard pairs >= 2 else {
            sampledSource = 1
            other = 1
            return
        }
        let sources = sampledCount ?? pairs  // K
        let correction = directed ? 1 : 2
        func factor(_ k: Int) -> Double {
            guard k > 0 else { return .nan }  // 0/0 in NetworkX: no data for the only source
            return normalized
                ? 1 / Double(k * (pairs - 1)) : Double(pairs) / Double(k * correction)
        }
        other = factor(sources)
        sampledSource = sampledCount == nil || endpoints ? other : factor(sources - 1)
    }
}
