import GraphAlgorithms

extension RelationNetwork {
    /// The relations that join `from` to `to` as a projection with these options would use them.
    ///
    /// Directed: relations `from → to`, plus relations of undirected layers `to → from` (the
    /// projection gives those both directions). Undirected: every relation of the pair. Tension
    /// relations (sign −1 or signed layers) only with `includeSigned`. File order is kept.
    /// - Complexity: O(r) for the r relations of the pair.
    public func hopRelations(from: String, to: String, directed: Bool, includeSigned: Bool = false) -> [Relation] {
        relations(between: from, and: to).filter { relation in
            let layer = self.layer(withID: relation.layer)
            if !relation.isSupported || (isTension(relation) && !includeSigned) { return false }
            guard directed else { return true }
            if relation.from == from && relation.to == to { return true }
            return !(layer?.isDirected ?? false) && relation.from == to && relation.to == from
        }
    }
}
