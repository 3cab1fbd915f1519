import Foundation
import GraphvizRendering
import RelationNetwork

/// Everything the explorer's script needs, embedded in the page as JSON: entities, layers, sources,
/// relations with their claims and disputes, and the drawn ties.
struct ExplorerData: Encodable, Sendable {
    struct EntityRecord: Encodable, Sendable {
        var id: String
        var name: String
        var kind: String
        var aliases: [String]
        /// "since 2015-01-01", or `nil` when the entity is undated.
        var existence: String?
        /// The SVG `id` of its vertex.
        var element: String
    }

    struct LayerRecord: Encodable, Sendable {
        var id: String
        var description: String?
        var domain: String
        var directed: Bool
        var tension: Bool
        var color: String
        var lineStyle: String
    }

    struct SourceRecord: Encodable, Sendable {
        var id: String
        var title: String
        var author: String?
        var publisher: String?
        var date: String
    }

    /// A dating as the ISO days it covers; an open bound is `nil`.
    struct Span: Encodable, Sendable {
        var since: String?
        var until: String?
    }

    struct CitationRecord: Encodable, Sendable {
        var source: String
        var paragraph: Int
        var evidence: String
        var claim: String?
        var stance: String
        /// The claim's own dating ("since 2014"), `nil` when it gives none.
        var dating: String?
        /// The claim's own strength, `nil` when it gives none.
        var strength: Double?
    }

    struct RelationRecord: Encodable, Sendable {
        /// The relation's id, or `#` and its position from 1.
        var id: String
        var from: String
        var to: String
        var layer: String
        var directed: Bool
        var tension: Bool
        /// The strongest supporting claim's strength.
        var strength: Double
        /// The span the supporting claims give ("2014 – 2016", "undated").
        var dates: String
        /// The datings of its dated supporting claims: the relation holds at a day when one of them
        /// covers it, or always when there are none (``/RelationNetwork/Relation/holds(at:strict:)``).
        var datings: [Span]
        var citations: [CitationRecord]
        var disputes: [Dispute]
        var note: String?
    }

    struct TieRecord: Encodable, Sendable {
        var element: String
        var relations: [Int]
        var from: String
        var to: String
    }

    var title: String
    var entities: [EntityRecord]
    var layers: [LayerRecord]
    var sources: [SourceRecord]
    var relations: [RelationRecord]
    var ties: [TieRecord]
    /// The earliest and latest day any claim dates (the date control's range).
    var firstDay: String?
    var lastDay: String?

    /// The data of `network` as `diagram` draws it.
    init(network: RelationNetwork, title: String, diagram: Diagram, ties: [ExplorerTie]) {
        self.title = title
        entities = network.entities.map { entity in
            EntityRecord(
                id: entity.id, name: entity.name, kind: entity.kind.rawValue, aliases: entity.aliases,
                existence: entity.existence.isUndated ? nil : entity.existence.text,
                element: Diagram.elementID(ofEntity: entity.id))
        }
        layers = diagram.legendEntries.layers.map { entry in
            let layer = network.layer(withID: entry.id)
            return LayerRecord(
                id: entry.id.rawValue, description: layer?.description, domain: layer?.domain.rawValue ?? "",
                directed: entry.isDirected, tension: layer?.isSigned ?? false, color: entry.style.color,
                lineStyle: entry.style.lineStyle)
        }
        sources = network.sources.map {
            SourceRecord(id: $0.id, title: $0.title, author: $0.author, publisher: $0.publisher, date: $0.dateText)
        }
        relations = network.relations.enumerated().map { index, relation in
            RelationRecord(
                id: Self.relationKey(relation, at: index), from: relation.from, to: relation.to,
                layer: relation.layer.rawValue, directed: network.layer(withID: relation.layer)?.isDirected ?? false,
                tension: network.isTension(relation), strength: relation.effectiveStrength,
                dates: relation.effectiveValidity.text,
                datings: relation.claimedDatings.map {
                    Span(since: $0.since.map(ExplorerDay.first), until: $0.until.map(ExplorerDay.last))
                },
                citations: relation.citations.map { citation in
                    CitationRecord(
                        source: citation.source, paragraph: citation.paragraph, evidence: citation.evidence,
                        claim: citation.claim, stance: citation.stance.rawValue,
                        dating: citation.dating.isUndated ? nil : citation.dating.text, strength: citation.strength)
                },
                disputes: network.disputes(of: relation), note: relation.note)
        }
        self.ties = ties.map { TieRecord(element: $0.element, relations: $0.relations, from: $0.from, to: $0.to) }
        let datings = network.relations.flatMap(\.claimedDatings)
        firstDay = datings.compactMap(\.since).min().map(ExplorerDay.first)
        lastDay = datings.compactMap(\.until).max { $0.latestDay < $1.latestDay }.map(ExplorerDay.last)
    }

    /// The key the page uses for the relation at `index`: its id, else `#` and `index + 1`.
    static func relationKey(_ relation: Relation, at index: Int) -> String { relation.id ?? "#\(index + 1)" }

    /// The data as JSON that is safe inside `<script type="application/json">`: `<`, `>` and `&`
    /// (which only occur inside strings) become `\u003c`, `\u003e`, `\u0026`, so no text can
    /// close the element or open a comment; U+2028 and U+2029 are escaped too.
    func scriptJSON() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(self), as: UTF8.self)
        var result = ""
        result.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": result += "\\u003c"
            case ">": result += "\\u003e"
            case "&": result += "\\u0026"
            case "\u{2028}": result += "\\u2028"
            case "\u{2029}": result += "\\u2029"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
