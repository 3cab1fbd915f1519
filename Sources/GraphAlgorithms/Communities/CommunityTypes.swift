/// A community computation could not produce a meaningful answer.
public enum CommunityError: Error, Hashable, CustomStringConvertible {
    /// The graph has no vertices.
    case emptyGraph
    /// Every edge weight is zero (or there are no edges), so modularity is undefined (it divides by
    /// the total weight).
    case zeroTotalWeight
    /// The resolution γ is not a positive finite number.
    case invalidResolution(Double)
    /// An edge weight is negative, NaN or infinite; modularity needs non-negative finite weights.
    case invalidWeight(source: Int, target: Int, weight: Double)
    /// A membership vector does not have one label per vertex, or has a negative label.
    case invalidMembership(String)
    /// Two labelings to compare have different lengths.
    case lengthMismatch(Int, Int)
    /// A parameter is out of range (run count, vertex count, probability, …).
    case invalidParameter(String)

    public var description: String {
        switch self {
        case .emptyGraph:
            return "the graph has no vertices, so it has no communities"
        case .zeroTotalWeight:
            return "the graph has no edge weight (no edges, or all weights zero): modularity is undefined"
        case let .invalidResolution(value):
            return "the resolution must be a positive finite number, got \(value)"
        case let .invalidWeight(source, target, weight):
            return "edge \(source) → \(target) has weight \(weight); community detection needs finite weights ≥ 0"
        case let .invalidMembership(reason):
            return "invalid membership: \(reason)"
        case let .lengthMismatch(a, b):
            return "the labelings have different lengths (\(a) and \(b))"
        case let .invalidParameter(reason):
            return reason
        }
    }
}

/// The community detection algorithms.
public enum CommunityAlgorithm: String, Sendable, Hashable, CaseIterable {
    /// ``Graph/leidenCommunities(resolution:seed:iterations:randomness:vertexKeys:)``.
    case leiden
    /// ``Graph/louvainCommunities(resolution:seed:vertexKeys:)``.
    case louvain
    /// ``Graph/labelPropagationCommunities(seed:maxRounds:vertexKeys:)``.
    case labelPropagation = "labelprop"
}

/// A partition of a graph's vertices into communities, with its quality.
public struct CommunityResult: Sendable, Hashable {
    /// `membership[v]` is the community of vertex `v`, in `0..<communityCount`. Communities are
    /// numbered canonically: in order of their smallest vertex (vertex 0 is in community 0).
    public let membership: [Int]
    /// Number of communities.
    public let communityCount: Int
    /// Modularity of the partition on the input graph at the resolution used (for label
    /// propagation, γ = 1), as ``Graph/modularity(of:resolution:)`` computes it.
    public let modularity: Double
    /// Aggregation levels (Louvain, Leiden: graphs built from communities, the input graph not
    /// counted; the largest over iterations for Leiden). Label propagation: 0.
    public let levels: Int
    /// Leiden: complete iterations run; label propagation: rounds over all vertices; Louvain: 1.
    public let iterations: Int

    public init(membership: [Int], communityCount: Int, modularity: Double, levels: Int, iterations: Int) {
        self.membership = membership
        self.communityCount = communityCount
        self.modularity = modularity
        self.levels = levels
        self.iterations = iterations
    }

    /// The vertices of each community, each list ascending, communities in canonical order.
    /// - Complexity: O(V).
    public var communities: [[Int]] {
        var lists = [[Int]](repeating: [], count: communityCount)
        for (v, c) in membership.enumerated() { lists[c].append(v) }
        return lists
    }
}

/// Renumbers arbitrary labels so that communities are numbered in order of their smallest vertex:
/// the community of vertex 0 becomes 0, the next new label met in vertex order becomes 1, and so on.
///
/// - Parameter labels: one label per vertex (any integers).
/// - Returns: the canonical labels and the number of distinct labels.
/// - Complexity: O(V) when the labels are small non-negative integers, else O(V log V) (sorting).
public func canonicalCommunityLabels(_ labels: [Int]) -> (membership: [Int], count: Int) {
    guard !labels.isEmpty else { return ([], 0) }
    if let low = labels.min(), let high = labels.max(), low >= 0, high < 4 * labels.count + 16 {
        var map = [Int](repeating: -1, count: high + 1)
        var next = 0
        var result = [Int](repeating: 0, count: labels.count)
        for (v, label) in labels.enumerated() {
            if map[label] < 0 {
                map[label] = next
                next += 1
            }
            result[v] = map[label]
        }
        return (result, next)
    }
    let dense = denseLabels(labels)
    return canonicalCommunityLabels(dense.labels)
}

/// Maps arbitrary integer labels to `0..<count` (in ascending label order). O(n log n).
func denseLabels(_ labels: [Int]) -> (labels: [Int], count: Int) {
    var distinct = labels.sorted()
    var unique = 0
    for label in distinct where unique == 0 || distinct[unique - 1] != label {
        distinct[unique] = label
        unique += 1
    }
    distinct.removeLast(distinct.count - unique)
    var result = [Int](repeating: 0, count: labels.count)
    for (i, label) in labels.enumerated() {
        var low = 0
        var high = distinct.count
        while low < high {
            let mid = (low + high) / 2
            if distinct[mid] < label { low = mid + 1 } else { high = mid }
        }
        result[i] = low
    }
    return (result, distinct.count)
}

/// Checks a resolution parameter.
func checkResolution(_ resolution: Double) throws {
    guard resolution > 0, resolution.isFinite else { throw CommunityError.invalidResolution(resolution) }
}
