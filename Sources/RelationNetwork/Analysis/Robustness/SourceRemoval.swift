extension RelationNetwork {
    /// The network as the sources `keep` accepts would have it: citations, figures and assessments
    /// of other sources are dropped; a relation whose every citation came from dropped sources
    /// disappears, the others keep their remaining claims (so their effective dates and strength
    /// follow from those). Relations without citations stay; entities and layers all stay.
    /// - Complexity: O(V + E + C).
    public func keepingSources(where keep: (Source) -> Bool) -> RelationNetwork {
        let kept = Set(sources.filter(keep).map(\.id))
        let cites = { (citation: Citation) in kept.contains(citation.source) }
        let relations = self.relations.compactMap { relation -> Relation? in
            guard !relation.citations.isEmpty else { return relation }
            var copy = relation
            copy.citations = relation.citations.filter(cites)
            copy.figures = relation.figures.filter { cites($0.citation) }
            return copy.citations.isEmpty ? nil : copy
        }
        return RelationNetwork(
            title: title, description: description, isCurated: isCurated, declaredKinds: declaredKinds,
            sources: sources.filter { kept.contains($0.id) }, layers: layers, entities: entities, relations: relations,
            assessments: assessments.filter { cites($0.citation) }, routes: routes.filter { cites($0.citation) })
    }

    /// The network with every relation identified: relations without an id get `#n`, their
    /// position, so results on networks derived from it can be matched relation by relation.
    public func identifyingRelations() -> RelationNetwork {
        let relations = self.relations.enumerated().map { index, relation in
            var copy = relation
            copy.id = relation.id ?? "#\(index + 1)"
            return copy
        }
        return RelationNetwork(
            title: title, description: description, isCurated: isCurated, declaredKinds: declaredKinds,
            sources: sources, layers: layers, entities: entities, relations: relations, assessments: assessments,
            routes: routes)
    }
}
