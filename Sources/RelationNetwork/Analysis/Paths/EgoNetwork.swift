/// The vertices within some hops of a center: what a focus view draws.
public struct EgoNetwork: Sendable, Hashable, Encodable {
    public let center: EntityReference
    public let radius: Int
    /// Member ids, the center first, then by hop distance (vertex order within a distance).
    public let members: [String]
}

extension AnalysisGraph {
    /// The ego network of the named vertex: every vertex within `radius` hops, ties followed in
    /// both directions.
    /// - Throws: ``AnalysisError`` for an unknown name or a negative radius.
    /// - Complexity: O(V' + E') for the part within reach.
    public func egoNetwork(of name: String, radius: Int = 1) throws(AnalysisError) -> EgoNetwork {
        guard radius >= 0 else { throw .algorithm("the radius must be 0 or more (got \(radius))") }
        let center = try vertex(named: name)
        let members = strengths.neighbourhood(of: center, radius: radius).map { ids[$0] }
        return EgoNetwork(center: reference(center), radius: radius, members: members)
    }
}
