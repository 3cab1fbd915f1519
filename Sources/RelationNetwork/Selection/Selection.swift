/// A problem with a selection or lookup request (not with the file).
public enum SelectionError: Error, Equatable, CustomStringConvertible {
    case unknownLayer(String, suggestions: [String])
    case unknownKind(String, suggestions: [String])
    case unknownDomain(String, suggestions: [String])
    case unknownEntity(String, suggestions: [String])

    public var description: String {
        func hint(_ suggestions: [String]) -> String {
            suggestions.isEmpty ? "" : " (did you mean \(suggestions.map { "'\($0)'" }.joined(separator: ", "))?)"
        }
        switch self {
        case let .unknownLayer(name, s): return "no layer '\(name)' in this network\(hint(s))"
        case let .unknownKind(name, s): return "no entity kind '\(name)' in this network\(hint(s))"
        case let .unknownDomain(name, s): return "no domain '\(name)' in this network\(hint(s))"
        case let .unknownEntity(name, s): return "no entity '\(name)' in this network\(hint(s))"
        }
    }
}

extension RelationNetwork {
    /// The sub-network of the chosen layers, domains, entity kinds and dates (a new value).
    ///
    /// - Parameters:
    ///   - layers: layer ids to keep (`nil`: all).
    ///   - domains: keep only layers of these domains (`nil`: all).
    ///   - kinds: entity kinds to keep (`nil`: all); relations lose an endpoint and go with it.
    ///   - asOf: keep relations and entities valid on that date (`since ≤ date ≤ until`, a missing
    ///     bound open, a partial date standing for its whole period).
    ///   - knownBy: keep only citations of sources published by that date, and only relations,
    ///     figures and assessments that keep a citation; undated sources are dropped.
    /// - Throws: `SelectionError` for a layer, domain or kind the network does not have.
    /// - Complexity: O(V + E + C) for C citations.
    public func select(
        layers: Set<LayerID>? = nil, domains: Set<Domain>? = nil, kinds: Set<EntityKind>? = nil,
        asOf: PartialDate? = nil, knownBy: PartialDate? = nil
    ) throws -> RelationNetwork {
        try check(layers, among: self.layers.map(\.id), SelectionError.unknownLayer)
        try check(domains, among: self.layers.map(\.domain), SelectionError.unknownDomain)
        try check(kinds, among: knownKinds.union(entities.map(\.kind)).sorted(), SelectionError.unknownKind)

        let keptLayers = self.layers.filter {
            (layers?.contains($0.id) ?? true) && (domains?.contains($0.domain) ?? true)
        }
        let keptLayerIDs = Set(keptLayers.map(\.id))
        let keptEntities = entities.filter { entity in
            (kinds?.contains(entity.kind) ?? true) && (asOf.map { entity.existence.contains($0) } ?? true)
        }
        let keptEntityIDs = Set(keptEntities.map(\.id))
        let keptSources = sources.filter { source in
            guard let knownBy else { return true }
            guard let date = source.date else { return false }
            return date.earliestDay <= knownBy.latestDay
        }
        let keptSourceIDs = Set(keptSources.map(\.id))
        let cites = { (citation: Citation) in knownBy == nil || keptSourceIDs.contains(citation.source) }

        var keptRelations: [Relation] = []
        for var relation in relations {
            guard keptLayerIDs.contains(relation.layer), keptEntityIDs.contains(relation.from),
                keptEntityIDs.contains(relation.to), asOf.map({ relation.validity.contains($0) }) ?? true
            else { continue }
            if knownBy != nil {
                relation.citations = relation.citations.filter(cites)
                relation.figures = relation.figures.filter { cites($0.citation) }
                if relation.citations.isEmpty { continue }
            }
            keptRelations.append(relation)
        }
        let keptAssessments = assessments.filter {
            keptEntityIDs.contains($0.from) && keptEntityIDs.contains($0.to) && cites($0.citation)
                && (domains?.contains($0.domain) ?? true)
        }
        return RelationNetwork(
            title: title, description: description, isCurated: isCurated, declaredKinds: declaredKinds,
            sources: keptSources, layers: keptLayers, entities: keptEntities, relations: keptRelations,
            assessments: keptAssessments)
    }

    private func check<Word: OpenVocabulary>(
        _ requested: Set<Word>?, among available: [Word],
        _ makeError: (String, [String]) -> SelectionError
    ) throws {
        guard let requested else { return }
        let known = Set(available)
        for word in requested.sorted() where !known.contains(word) {
            throw makeError(
                word.rawValue, closestMatches(to: word.rawValue, in: known.map(\.rawValue).sorted(), limit: 3))
        }
    }
}
