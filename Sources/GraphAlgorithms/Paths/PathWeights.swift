/// How shortest-path searches read edge weights: the path queries (``Graph/shortestPath(from:to:weights:)``
/// and its relatives) and the path-based measures (betweenness, closeness, harmonic centrality).
public enum PathWeights: Sendable, Hashable {
    /// Every edge has length 1; shortest paths come from breadth-first search (NetworkX `weight=None`).
    case unit
    /// An edge's weight is its length; shortest paths come from Dijkstra's algorithm
    /// (NetworkX `weight="weight"`/`distance="weight"`).
    case distance
}
