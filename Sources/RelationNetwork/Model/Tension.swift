extension RelationNetwork {
    /// Whether `relation` is a tension tie: its own sign is tension, or its layer is a signed
    /// (conflict) layer. The one definition every analysis and the renderer use; tension ties are
    /// left out of path, centrality and community projections unless asked for.
    /// - Complexity: O(1).
    public func isTension(_ relation: Relation) -> Bool {
        relation.sign == .tension || (layer(withID: relation.layer)?.isSigned ?? false)
    }
}
