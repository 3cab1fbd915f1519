/// How a selected network (or a plain weighted graph) becomes the graphs the algorithms read.
public struct ProjectionOptions: Sendable, Hashable {
    /// Follow relations of directed layers from → to only (undirected layers give both directions).
    public var directed: Bool
    /// How parallel relations between a pair combine.
    public var aggregate: StrengthAggregation
    /// How a strength becomes a path distance.
    public var distance: DistanceTransform
    /// Keep tension relations (see ``RelationNetwork/isTension(_:)``), left out by default.
    public var includeTension: Bool

    public init(
        directed: Bool = false, aggregate: StrengthAggregation = .sum, distance: DistanceTransform = .inverse,
        includeTension: Bool = false
    ) {
        self.directed = directed
        self.aggregate = aggregate
        self.distance = distance
        self.includeTension = includeTension
    }
}

