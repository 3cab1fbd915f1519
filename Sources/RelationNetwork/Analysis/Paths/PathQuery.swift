/// Which paths to look for: between two named vertices, under a mode, the k best, avoiding some.
public struct PathQuery: Sendable, Hashable {
    /// Where the path starts: an entity id, name or alias (a vertex name for plain graphs).
    public var from: String
    /// Where the path ends.
    public var to: String
    public var mode: PathMode
    /// How many loopless paths (at least 1).
    public var k: Int
    /// Vertices to take out first (their ties dropped): the what-if "without them".
    public var avoiding: [String]
    /// Only paths a single source states: a direct tie or a stretch of a stated route.
    public var statedOnly: Bool

    public init(
        from: String, to: String, mode: PathMode = .shortest, k: Int = 1, avoiding: [String] = [],
        statedOnly: Bool = false
    ) {
        self.from = from
        self.to = to
        self.mode = mode
        self.k = k
        self.avoiding = avoiding
        self.statedOnly = statedOnly
    }
}
