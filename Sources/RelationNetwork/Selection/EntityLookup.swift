extension RelationNetwork {
    /// The entity a user typed: an id, name or alias, case-insensitively (ids first).
    /// - Throws: `SelectionError.unknownEntity` with the closest ids and names as suggestions.
    /// - Complexity: O(V · A) for A aliases per entity (plus edit distances on failure).
    public func resolveEntity(_ text: String) throws -> Entity {
        if let exact = entity(withID: text) { return exact }
        let folded = SourceText.fold(text)
        if let byID = entities.first(where: { SourceText.fold($0.id) == folded }) { return byID }
        if let byName = entities.first(where: { entity in
            ([entity.name] + entity.aliases).contains { SourceText.fold($0) == folded }
        }) {
            return byName
        }
        let candidates = entities.flatMap { [$0.id, $0.name] + $0.aliases }
        throw SelectionError.unknownEntity(text, suggestions: closestMatches(to: text, in: candidates, limit: 3))
    }
}
