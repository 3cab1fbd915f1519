import GraphAlgorithms
import Yams

/// Decodes the `diplograph/1` schema (YAML or JSON text) into a `RelationNetwork`, recording
/// where each item stands and reporting every structural problem with its location.
struct NetworkDecoder {
    static let schemaVersion = "diplograph/1"

    private let reader: NodeReader

    init(file: String) {
        reader = NodeReader(file: file)
    }

    /// Decodes `text`; the network holds every item that could be read.
    func decode(_ text: String) -> (network: RelationNetwork?, sourceMap: SourceMap, diagnostics: [Diagnostic]) {
        let start = SourceLocation(file: reader.file, line: 1, column: 1)
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            reader.error(Self.describe(error), at: Self.location(of: error, file: reader.file), field: nil)
            return (nil, reader.sourceMap, reader.diagnostics)
        } catch {
            reader.error("cannot parse: \(error)", at: start, field: nil)
            return (nil, reader.sourceMap, reader.diagnostics)
        }
        guard let root, !NodeReader.isNull(root) else {
            reader.error("the file is empty: expected a 'schema: \(Self.schemaVersion)' document", at: start, field: nil)
            return (nil, reader.sourceMap, reader.diagnostics)
        }
        guard let top = reader.mapping(root, path: "") else {
            return (nil, reader.sourceMap, reader.diagnostics)
        }
        let network = decodeTop(top)
        return (network, reader.sourceMap, reader.diagnostics)
    }

    private func decodeTop(_ top: MappingReader) -> RelationNetwork {
        top.rejectUnknownKeys([
            "schema", "title", "description", "curated", "kinds", "sources", "layers", "entities",
            "relations", "assessments", "routes",
        ])
        if let schema = top.requiredString("schema"), schema != Self.schemaVersion, let node = top.value("schema") {
            reader.error("unsupported schema '\(MessageToken.shown(schema))' (expected '\(Self.schemaVersion)')", at: node, field: "schema")
        }
        let kinds = (top.value("kinds").flatMap { reader.strings($0, path: "kinds") } ?? []).map(EntityKind.init(rawValue:))
        return RelationNetwork(
            title: top.optionalString("title"),
            description: top.optionalString("description"),
            isCurated: top.optionalBool("curated") ?? false,
            declaredKinds: kinds,
            sources: items(top, "sources", .sources, required: true, decodeSource),
            layers: items(top, "layers", .layers, required: true, decodeLayer),
            entities: items(top, "entities", .entities, required: true, decodeEntity),
            relations: items(top, "relations", .relations, required: true, decodeRelation),
            assessments: items(top, "assessments", .assessments, required: false, decodeAssessment),
            routes: items(top, "routes", .routes, required: false, decodeRoute))
    }

    private func items<T>(
        _ top: MappingReader, _ key: String, _ collection: SourceMap.Collection, required: Bool,
        _ decodeItem: (MappingReader) -> T?
    ) -> [T] {
        guard let node = top.value(key) else {
            if required { top.missing(key) }
            return []
        }
        guard let nodes = reader.sequence(node, path: key) else { return [] }
        var result: [T] = []
        for (i, item) in nodes.enumerated() {
            guard let fields = reader.mapping(item, path: "\(key)[\(i)]"), let value = decodeItem(fields) else {
                continue
            }
            reader.recordItem(collection, fileIndex: i)
            result.append(value)
        }
        return result
    }

    private func decodeSource(_ m: MappingReader) -> Source? {
        m.rejectUnknownKeys([
            "id", "title", "author", "publisher", "date", "date_earliest", "date_latest", "date_inferred", "file", "url",
        ])
        let id = m.requiredString("id")
        let title = m.requiredString("title")
        var date: PartialDate?
        var range: DateRange?
        if let node = m.value("date"), let text = reader.string(node, path: m.fieldPath("date")), text.contains("..") {
            let parts = text.components(separatedBy: "..").map(\.trimmingWhitespace)
            range = dateRange(parts.first.flatMap(PartialDate.init), parts.count == 2 ? PartialDate(parts[1]) : nil, text, node, m)
        } else {
            date = m.optionalDate("date")
        }
        let earliest = m.optionalDate("date_earliest")
        let latest = m.optionalDate("date_latest")
        if earliest != nil || latest != nil, let node = m.value("date_earliest") ?? m.value("date_latest") {
            if date != nil || range != nil {
                reader.error("give either 'date' or 'date_earliest' and 'date_latest', not both", at: node, field: m.fieldPath("date_earliest"))
            }
            range = dateRange(earliest, latest, "\(earliest?.description ?? "?")..\(latest?.description ?? "?")", node, m)
        }
        guard let id, let title else { return nil }
        return Source(
            id: id, title: title, author: m.optionalString("author"),
            publisher: m.optionalString("publisher"), date: date, dateRange: range,
            dateInferred: m.optionalBool("date_inferred") ?? false, file: m.optionalString("file"),
            url: m.optionalString("url"))
    }

    /// A publication date range from its two ends, reporting a malformed or inverted one.
    private func dateRange(
        _ earliest: PartialDate?, _ latest: PartialDate?, _ text: String, _ node: Node, _ m: MappingReader
    ) -> DateRange? {
        guard let earliest, let latest else {
            reader.error(
                "malformed date range '\(MessageToken.shown(text))': expected EARLIEST..LATEST with dates YYYY, YYYY-MM or YYYY-MM-DD",
                at: node, field: m.fieldPath("date"))
            return nil
        }
        guard let range = DateRange(earliest: earliest, latest: latest) else {
            reader.error("date range '\(MessageToken.shown(text))' starts after it ends", at: node, field: m.fieldPath("date"))
            return nil
        }
        return range
    }

    private func decodeLayer(_ m: MappingReader) -> Layer? {
        m.rejectUnknownKeys(["id", "description", "directed", "domain", "signed"])
        let id = m.requiredString("id")
        let domain = m.requiredString("domain")
        let directed = m.optionalBool("directed")
        let signed = m.optionalBool("signed")
        guard let id, let domain else { return nil }
        return Layer(
            id: LayerID(id), description: m.optionalString("description"), isDirected: directed ?? false,
            domain: Domain(domain), isSigned: signed ?? false)
    }

    private func decodeEntity(_ m: MappingReader) -> Entity? {
        m.rejectUnknownKeys(["id", "kind", "name", "aliases", "since", "until", "attributes"])
        let id = m.requiredString("id")
        let kind = m.requiredString("kind")
        let name = m.requiredString("name")
        let aliases = m.value("aliases").flatMap { reader.strings($0, path: m.fieldPath("aliases")) }
        let attributes = m.value("attributes").flatMap { reader.stringMap($0, path: m.fieldPath("attributes")) }
        let existence = ValidityInterval(since: m.optionalDate("since"), until: m.optionalDate("until"))
        guard let id, let kind, let name else { return nil }
        return Entity(
            id: id, kind: EntityKind(kind), name: name, aliases: aliases ?? [], existence: existence,
            attributes: attributes ?? [:])
    }

    private func decodeRelation(_ m: MappingReader) -> Relation? {
        m.rejectUnknownKeys([
            "id", "from", "to", "layer", "strength", "sign", "since", "until", "citations", "figures", "note",
        ])
        let from = m.requiredString("from")
        let to = m.requiredString("to")
        let layer = m.requiredString("layer")
        var strength: Double?
        if let node = m.value("strength") {
            strength = reader.double(node, path: m.fieldPath("strength"))
        } else {
            m.missing("strength")
        }
        var sign = Sign.cooperation
        if let node = m.value("sign"), let value = reader.integer(node, path: m.fieldPath("sign")) {
            if let valid = Sign(rawValue: value) {
                sign = valid
            } else {
                reader.error("sign \(value) must be 1 or -1", at: node, field: m.fieldPath("sign"))
            }
        }
        let validity = ValidityInterval(since: m.optionalDate("since"), until: m.optionalDate("until"))
        let citations = list(m, "citations", decodeCitation)
        let figures = list(m, "figures", decodeFigure)
        guard let from, let to, let layer, let strength else { return nil }
        return Relation(
            id: m.optionalString("id"), from: from, to: to, layer: LayerID(layer), strength: strength,
            sign: sign, validity: validity, citations: citations, figures: figures,
            note: m.optionalString("note"))
    }

    private func decodeAssessment(_ m: MappingReader) -> Assessment? {
        m.rejectUnknownKeys(["from", "to", "domain", "level", "citation"])
        let from = m.requiredString("from")
        let to = m.requiredString("to")
        let domain = m.requiredString("domain")
        var level: Assessment.Level?
        if let text = m.requiredString("level"), let node = m.value("level") {
            level = Assessment.Level(rawValue: text)
            if level == nil {
                let expected = Assessment.Level.allCases.map(\.rawValue).joined(separator: ", ")
                reader.error("unknown level '\(MessageToken.shown(text))' (expected one of: \(expected))", at: node, field: m.fieldPath("level"))
            }
        }
        let citation = nested(m, "citation", decodeCitation)
        guard let from, let to, let domain, let level, let citation else { return nil }
        return Assessment(from: from, to: to, domain: Domain(domain), level: level, citation: citation)
    }

    private func decodeRoute(_ m: MappingReader) -> Route? {
        m.rejectUnknownKeys(["id", "legs", "layer", "citation", "note"])
        let id = m.requiredString("id")
        var legs: [String]?
        if let node = m.value("legs") {
            legs = reader.strings(node, path: m.fieldPath("legs"))
            if let count = legs?.count, count < 2 {
                reader.error("a route needs at least two legs, got \(count)", at: node, field: m.fieldPath("legs"))
            }
        } else {
            m.missing("legs")
        }
        let citation = nested(m, "citation", decodeCitation)
        guard let id, let legs, let citation else { return nil }
        return Route(
            id: id, legs: legs, layer: m.optionalString("layer").map(LayerID.init(rawValue:)), citation: citation,
            note: m.optionalString("note"))
    }

    private func decodeCitation(_ m: MappingReader) -> Citation? {
        m.rejectUnknownKeys(["source", "paragraph", "evidence", "claim", "stance", "since", "until", "strength"])
        let source = m.requiredString("source")
        var paragraph: Int?
        if let node = m.value("paragraph") {
            paragraph = reader.integer(node, path: m.fieldPath("paragraph"))
        } else {
            m.missing("paragraph")
        }
        let evidence = m.requiredString("evidence")
        var stance = Stance.asserts
        if let text = m.optionalString("stance"), let node = m.value("stance") {
            if let known = Stance(rawValue: text) {
                stance = known
            } else {
                let expected = Stance.allCases.map(\.rawValue).joined(separator: ", ")
                reader.error("unknown stance '\(MessageToken.shown(text))' (expected one of: \(expected))", at: node, field: m.fieldPath("stance"))
            }
        }
        let dating = ValidityInterval(since: m.optionalDate("since"), until: m.optionalDate("until"))
        let strength = m.value("strength").flatMap { reader.double($0, path: m.fieldPath("strength")) }
        guard let source, let paragraph, let evidence else { return nil }
        return Citation(
            source: source, paragraph: paragraph, evidence: evidence, claim: m.optionalString("claim"), stance: stance,
            dating: dating, strength: strength)
    }

    private func decodeFigure(_ m: MappingReader) -> Figure? {
        m.rejectUnknownKeys(["measure", "value", "unit", "qualifier", "period", "citation"])
        let measure = m.requiredString("measure")
        var value: Double?
        if let node = m.value("value") {
            value = reader.double(node, path: m.fieldPath("value"))
        } else {
            m.missing("value")
        }
        let citation = nested(m, "citation", decodeCitation)
        guard let measure, let value, let citation else { return nil }
        return Figure(
            measure: measure, value: value, unit: m.optionalString("unit"),
            qualifier: m.optionalString("qualifier"), period: m.optionalString("period"), citation: citation)
    }

    private func list<T>(_ m: MappingReader, _ key: String, _ decodeItem: (MappingReader) -> T?) -> [T] {
        guard let node = m.value(key), let nodes = reader.sequence(node, path: m.fieldPath(key)) else { return [] }
        return nodes.enumerated().compactMap { i, item in
            reader.mapping(item, path: "\(m.fieldPath(key))[\(i)]").flatMap(decodeItem)
        }
    }

    private func nested<T>(_ m: MappingReader, _ key: String, _ decodeItem: (MappingReader) -> T?) -> T? {
        guard let node = m.value(key) else {
            m.missing(key)
            return nil
        }
        return reader.mapping(node, path: m.fieldPath(key)).flatMap(decodeItem)
    }

    static func describe(_ error: YamlError) -> String {
        switch error {
        case let .scanner(context, problem, _, _), let .parser(context, problem, _, _),
            let .composer(context, problem, _, _):
            let during = context.map { " (\($0.text) at line \($0.mark.line))" } ?? ""
            return "malformed document: \(problem)\(during)"
        case let .reader(problem, _, _, _):
            return "unreadable text: \(problem)"
        default:
            return "malformed document: \(error)"
        }
    }

    static func location(of error: YamlError, file: String) -> SourceLocation {
        switch error {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _):
            return SourceLocation(file: file, line: mark.line, column: mark.column)
        default:
            return SourceLocation(file: file, line: 1, column: 1)
        }
    }
}
