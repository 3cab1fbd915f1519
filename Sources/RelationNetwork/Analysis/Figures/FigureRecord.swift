/// A quantitative claim as results show it: what is measured, the value and its hedges, on which
/// tie, and where the source states it.
public struct FigureRecord: Sendable, Hashable, Encodable {
    /// The relation it is attached to (its id, or `from→to:layer`).
    public let relation: String
    public let from: String
    public let to: String
    public let layer: LayerID
    public let measure: String
    public let value: Double
    public let unit: String?
    /// The source's hedge: `nearly`, `about`, `over`.
    public let qualifier: String?
    public let period: String?
    public let source: String
    public let title: String?
    public let paragraph: Int
    public let evidence: String
    /// The figure's citation.
    public let citation: Citation

    enum CodingKeys: String, CodingKey {
        case relation, from, to, layer, measure, value, unit, qualifier, period, source, title, paragraph, evidence
    }

    /// The record of `figure` on `relation`, its source titled from `network`.
    public init(_ figure: Figure, on relation: Relation, in network: RelationNetwork) {
        self.relation = relation.id ?? "\(relation.from)→\(relation.to):\(relation.layer)"
        from = relation.from
        to = relation.to
        layer = relation.layer
        measure = figure.measure
        value = figure.value
        unit = figure.unit
        qualifier = figure.qualifier
        period = figure.period
        source = figure.citation.source
        title = network.source(withID: figure.citation.source)?.title
        paragraph = figure.citation.paragraph
        evidence = figure.citation.evidence
        citation = figure.citation
    }

    /// "share of imports: nearly 0.4 (2019)".
    public var text: String {
        var text = "\(measure): " + (qualifier.map { $0 + " " } ?? "") + Self.number(value) + (unit.map { " " + $0 } ?? "")
        if let period { text += " (\(period))" }
        return text
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }
}

/// Every quantitative claim of a network, or of the ties of one entity.
public struct FigureTable: Sendable, Hashable, Encodable {
    /// The entity whose ties are listed (`nil`: all).
    public let entity: EntityReference?
    /// In relation order, then as each relation lists them.
    public let figures: [FigureRecord]
}

extension RelationNetwork {
    /// Every figure (quantitative claim) of the network, or of the relations of the named entity.
    /// - Throws: ``AnalysisError`` for a name that matches no entity.
    /// - Complexity: O(E + F) for F figures.
    public func figureTable(about name: String? = nil) throws(AnalysisError) -> FigureTable {
        var entity: Entity?
        if let name {
            do {
                entity = try resolveEntity(name)
            } catch let error as SelectionError {
                throw .selection(error)
            } catch {
                throw .algorithm("\(error)")
            }
        }
        let figures = relations.filter { relation in entity.map { relation.from == $0.id || relation.to == $0.id } ?? true }
            .flatMap { relation in relation.figures.map { FigureRecord($0, on: relation, in: self) } }
        return FigureTable(entity: entity.map { EntityReference(id: $0.id, label: $0.name) }, figures: figures)
    }
}
