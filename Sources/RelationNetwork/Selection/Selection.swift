import GraphAlgorithms
/// A problem with a selection or lookup request (not with the file).
public enum SelectionError: Error, Equatable, CustomStringConvertible {
    case unknownLayer(String, suggestions: [String])
    case unknownKind(String, suggestions: [String])
    case unknownDomain(String, suggestions: [String])
    case unknownEntity(String, suggestions: [String])

    public var description: String {
        func hint(_ suggestions: [String]) -> String {
            suggestions.isEmpty ? "" : " (did you mean \(suggestions.map { "'\(MessageToken.shown($0))'" }.joined(separator: ", "))?)"
        }
        switch self {
        case let .unknownLayer(name, s): return "no layer '\(MessageToken.shown(name))' in this network\(hint(s))"
        case let .unknownKind(name, s): return "no entity kind '\(MessageToken.shown(name))' in this network\(hint(s))"
        case let .unknownDomain(name, s): return "no domain '\(MessageToken.shown(name))' in this network\(hint(s))"
        case let .unknownEntity(name, s): return "no entity '\(MessageToken.shown(name))' in this network\(hint(s))"
        }
    }
}

extension RelationNetwork {
    /// The sub-network of the chosen layers, domains, entity kinds and dates (a new value). It keeps
    /// every entity of the chosen kinds, tied or not (``NetworkSelection/keepIsolated``); analyses
    /// through a ``NetworkSelection`` drop the isolated ones by default.
    /// See ``selecting(_:)`` for the rules and for what each filter removed.
    public func select(
        layers: Set<LayerID>? = nil, domains: Set<Domain>? = nil, kinds: Set<EntityKind>? = nil,
        asOf: PartialDate? = nil, knownBy: PartialDate? = nil
    ) throws -> RelationNetwork {
        try selecting(NetworkSelection(
            layers: layers, domains: domains, kinds: kinds, asOf: asOf, knownBy: knownBy, keepIsolated: true)).network
    }

    /// The sub-network `selection` describes, and what each filter removed and why.
    ///
    /// - Relations only proposed or denied by their sources (no supporting claim) are not ties:
    ///   they are always left out.
    /// - `knownBy` keeps the citations of sources certainly published by then (their latest
    ///   possible date; with `knownByEarliest`, possibly: their earliest), and the relations,
    ///   figures and assessments that keep one; undated sources are dropped.
    /// - `asOf` keeps the relations that hold at that date by the claim rule (``Relation/holds(at:strict:)``;
    ///   `strictDating` asks every dated claim to agree) and the entities that exist then or take
    ///   part in such a relation (an entity's own dates never hide a tie a source dates otherwise:
    ///   ``RelationNetwork/disputes`` lists the disagreement).
    /// - `layers`, `domains` and `kinds` keep what they name; relations lose an endpoint with its kind;
    ///   entities left without ties are dropped unless `keepIsolated` (``NetworkSelection/dropsIsolated``).
    /// - Throws: `SelectionError` for a layer, domain or kind the network does not have.
    /// - Complexity: O(V + E + C) for C citations.
    public func selecting(_ selection: NetworkSelection) throws -> SelectionOutcome {
        // Nothing to leave out (no filter, every claim supported, every endpoint present): the
        // network itself, not a rebuilt copy (which costs its indexes again on large imports).
        if !selection.isRestricting,
            relations.allSatisfy({ $0.isSupported && entityPosition(of: $0.from) != nil && entityPosition(of: $0.to) != nil })
        {
            return SelectionOutcome(network: self, notes: [])
        }
        let (layers, domains, kinds) = (selection.layers, selection.domains, selection.kinds)
        let (asOf, knownBy) = (selection.asOf, selection.knownBy)
        try check(layers, among: self.layers.map(\.id), SelectionError.unknownLayer)
        try check(domains, among: self.layers.map(\.domain), SelectionError.unknownDomain)
        try check(kinds, among: knownKinds.union(entities.map(\.kind)).sorted(), SelectionError.unknownKind)
        var notes: [SelectionNote] = []

        let keptLayers = self.layers.filter {
            (layers?.contains($0.id) ?? true) && (domains?.contains($0.domain) ?? true)
        }
        let keptLayerIDs = Set(keptLayers.map(\.id))
        let keptSources = sources.filter { source in
            knownBy.map { source.isKnown(by: $0, possibly: selection.knownByEarliest) } ?? true
        }
        let keptSourceIDs = Set(keptSources.map(\.id))
        let cites = { (citation: Citation) in knownBy == nil || keptSourceIDs.contains(citation.source) }

        var unsupported = 0
        var unknown = 0
        var outdated = 0
        var candidates: [Relation] = []
        for var relation in relations where keptLayerIDs.contains(relation.layer) {
            guard relation.isSupported else {
                unsupported += 1
                continue
            }
            if knownBy != nil {
                relation.citations = relation.citations.filter(cites)
                relation.figures = relation.figures.filter { cites($0.citation) }
                guard !relation.citations.isEmpty, relation.isSupported else {
                    unknown += 1
                    continue
                }
            }
            if let asOf, !relation.holds(at: asOf, strict: selection.strictDating) {
                outdated += 1
                continue
            }
            candidates.append(relation)
        }
        var active: Set<String> = []
        if asOf != nil { for relation in candidates { active.formUnion([relation.from, relation.to]) } }
        var keptEntities = entities.filter { entity in
            (kinds?.contains(entity.kind) ?? true)
                && (asOf.map { entity.existence.contains($0) || active.contains(entity.id) } ?? true)
        }
        var keptEntityIDs = Set(keptEntities.map(\.id))
        let keptRelations = candidates.filter { keptEntityIDs.contains($0.from) && keptEntityIDs.contains($0.to) }
        if selection.dropsIsolated {
            // Expected, so no note: naming a dropped entity says it is not in the selection.
            var tied: Set<String> = []
            for relation in keptRelations { tied.formUnion([relation.from, relation.to]) }
            keptEntities.removeAll { !tied.contains($0.id) }
            keptEntityIDs = tied
        }

        if unsupported > 0 {
            notes.append(SelectionNote(filter: "claims", removed: unsupported, reason: "only proposed or denied by their sources: not existing ties"))
        }
        if let knownBy {
            let dropped = sources.filter { !keptSourceIDs.contains($0.id) }.map { "\($0.id) (\($0.dateText))" }
            let rule = selection.knownByEarliest ? "possibly" : "certainly"
            var reason = "cited only by sources not \(rule) published by then"
            if !dropped.isEmpty { reason += "; sources left out: " + dropped.joined(separator: ", ") }
            notes.append(SelectionNote(filter: "known by \(knownBy)", removed: unknown, reason: reason))
        }
        if let asOf {
            let rule = selection.strictDating ? "not every dated claim holds then" : "no claim dates them to then"
            var reason = rule
            let disputed = keptRelations.filter { Set($0.claimedDatings).count > 1 }.count
            if disputed > 0 { reason += "; \(disputed) kept are disputed (their sources date them differently)" }
            let againstOwnDates = keptEntities.filter { !$0.existence.contains(asOf) }.map(\.id)
            if !againstOwnDates.isEmpty {
                reason += "; kept against their own dates, since a source dates a tie of theirs to then: "
                    + againstOwnDates.joined(separator: ", ")
            }
            notes.append(SelectionNote(filter: "as of \(asOf)", removed: outdated, reason: reason))
        }
        if kinds != nil {
            notes.append(SelectionNote(
                filter: "kinds", removed: candidates.count - keptRelations.count, reason: "an endpoint of another kind"))
        }
        let keptAssessments = assessments.filter {
            keptEntityIDs.contains($0.from) && keptEntityIDs.contains($0.to) && cites($0.citation)
                && (domains?.contains($0.domain) ?? true)
        }
        let network = RelationNetwork(
            title: title, description: description, isCurated: isCurated, declaredKinds: declaredKinds,
            sources: keptSources, layers: keptLayers, entities: keptEntities, relations: keptRelations,
            assessments: keptAssessments, routes: routes.filter { route in route.legs.allSatisfy(keptEntityIDs.contains) })
        return SelectionOutcome(network: network, notes: notes)
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
