import GraphAlgorithms

/// The headline numbers of a network: what `diplograph info` prints.
public struct NetworkSummary: Sendable, Equatable, Encodable {
    /// A name with a count, kept in a stable order.
    public struct Count: Sendable, Equatable, Encodable {
        public var name: String
        public var count: Int
    }

    /// A source as listed in the summary.
    public struct SourceLine: Sendable, Equatable, Encodable {
        public var id: String
        public var title: String
        public var author: String?
        public var date: String?
        public var dateInferred: Bool
        public var citations: Int

        enum CodingKeys: String, CodingKey {
            case id, title, author, date, dateInferred = "date_inferred", citations
        }
    }

    public var title: String?
    public var entities: Int
    public var relations: Int
    public var layers: Int
    public var sources: Int
    public var citations: Int
    public var figures: Int
    public var assessments: Int
    public var entitiesByKind: [Count]
    public var relationsByLayer: [Count]
    public var sourceList: [SourceLine]
    /// Earliest and latest date any relation's validity names.
    public var earliestDate: String?
    public var latestDate: String?
    public var undatedRelations: Int
    /// Connected components of the undirected projection of all relations (tension included).
    public var components: Int
    public var largestComponent: Int
    /// Density of the undirected simple graph of related pairs: 2·pairs / (V·(V − 1)).
    public var density: Double
    /// Stated routes.
    public var routes: Int
    /// Where the sources disagree (``RelationNetwork/disputes``).
    public var disputes: [Dispute]

    enum CodingKeys: String, CodingKey {
        case title, entities, relations, layers, sources, citations, figures, assessments
        case entitiesByKind = "entities_by_kind", relationsByLayer = "relations_by_layer"
        case sourceList = "source_list", earliestDate = "earliest_date", latestDate = "latest_date"
        case undatedRelations = "undated_relations", components
        case largestComponent = "largest_component", density, routes, disputes
    }
}

extension RelationNetwork {
    /// Counts, breakdowns, date span, components and density of the network.
    /// - Complexity: O(V + E + C).
    public func summary() -> NetworkSummary {
        var citationsBySource: [String: Int] = [:]
        for relation in relations {
            for citation in relation.citations { citationsBySource[citation.source, default: 0] += 1 }
        }
        let dates = relations.flatMap { relation in
            relation.claimedDatings.flatMap { [$0.since, $0.until].compactMap { $0 } }
        }
        let projection = project(directed: false, includeSigned: true)
        let components = projection.strengths.connectedComponents()
        let n = Double(entities.count)
        return NetworkSummary(
            title: title,
            entities: entities.count,
            relations: relations.count,
            layers: layers.count,
            sources: sources.count,
            citations: citationsBySource.values.reduce(0, +),
            figures: relations.reduce(0) { $0 + $1.figures.count },
            assessments: assessments.count,
            entitiesByKind: Self.counts(entities.map(\.kind.rawValue)),
            relationsByLayer: Self.counts(relations.map(\.layer.rawValue)),
            sourceList: sources.map {
                .init(
                    id: $0.id, title: $0.title, author: $0.author, date: ($0.dateRange?.description ?? $0.date?.description),
                    dateInferred: $0.dateInferred, citations: citationsBySource[$0.id] ?? 0)
            },
            earliestDate: dates.min()?.description,
            latestDate: dates.max()?.description,
            undatedRelations: relations.filter(\.claimedDatings.isEmpty).count,
            components: components.count,
            largestComponent: components.sizes.max() ?? 0,
            density: n > 1 ? 2 * Double(projection.strengths.edgeCount) / (n * (n - 1)) : 0,
            routes: routes.count, disputes: disputes)
    }

    /// Counts per name, largest first, ties by name.
    private static func counts(_ names: [String]) -> [NetworkSummary.Count] {
        Dictionary(names.map { ($0, 1) }, uniquingKeysWith: +)
            .map { NetworkSummary.Count(name: $0.key, count: $0.value) }
            .sorted { ($1.count, $0.name) < ($0.count, $1.name) }
    }
}
