/// Builds a native `diplograph/1` document (as JSON) from an attributed graph, applying the
/// import rules of `NetworkDocument.importing`, and records where each item came from so that the
/// native decoder's and validator's diagnostics point into the original file.
struct NetworkAssembler {
    typealias Attribute = AttributedGraph.Attribute

    static let nodeFields: Set<String> = ["kind", "name", "aliases", "since", "until", "attributes"]
    static let edgeFields: Set<String> = [
        "layer", "strength", "weight", "sign", "since", "until", "citations", "figures", "note", "id_generated",
    ]

    let graph: AttributedGraph
    let options: GraphImportOptions
    var sourceMap: SourceMap
    private(set) var errors: [Diagnostic] = []
    var warnings: [Diagnostic] = []

    init(graph: AttributedGraph, file: String, options: GraphImportOptions) {
        self.graph = graph
        self.options = options
        sourceMap = SourceMap(file: file)
    }

    var graphLocation: SourceLocation {
        graph.location ?? SourceLocation(file: sourceMap.file, line: 1, column: 1)
    }

    /// `diagnostic` moved to the place in the original file its field came from.
    func relocated(_ diagnostic: Diagnostic) -> Diagnostic {
        let location = diagnostic.field.map { sourceMap.location(of: $0) } ?? graphLocation
        return Diagnostic(diagnostic.severity, at: location, field: diagnostic.field, diagnostic.message)
    }

    mutating func record(_ path: String, _ location: SourceLocation?) {
        let place = location ?? graphLocation
        sourceMap.record(path, line: place.line, column: place.column)
    }

    mutating func error(_ path: String, at location: SourceLocation?, _ message: String) {
        errors.append(Diagnostic(.error, at: location ?? graphLocation, field: path, message))
    }

    /// The native document: the graph's own fields where present, synthesized ones otherwise.
    mutating func nativeDocument() -> JSONValue {
        record("", graph.location)
        let entities = graph.nodes.enumerated().map { entity($1, index: $0) }
        let relations = relationsFromEdges()
        var top: [JSONValue.Member] = [JSONValue.Member("schema", .string(NetworkDecoder.schemaVersion))]
        for key in ["title", "description"] {
            if let attribute = graph.attributes[named: key] {
                record(key, attribute.location)
                top.append(JSONValue.Member(key, .string(attribute.value.text)))
            }
        }
        if let curated = graph.attributes[named: "curated"] {
            record("curated", curated.location)
            top.append(JSONValue.Member("curated", boolean(curated.value)))
        }
        top.append(JSONValue.Member("kinds", structuredOrElse("kinds", declaredKinds(entities))))
        top.append(JSONValue.Member("sources", structuredOrElse("sources", stubSources(relations))))
        top.append(JSONValue.Member("layers", structuredOrElse("layers", synthesizedLayers(relations))))
        top.append(JSONValue.Member("entities", .array(entities)))
        top.append(JSONValue.Member("relations", .array(relations)))
        for key in ["assessments", "routes"] where graph.attributes[named: key] != nil {
            top.append(JSONValue.Member(key, structuredOrElse(key, .array([]))))
        }
        return .object(top)
    }

    /// The structured graph attribute `key`, or `fallback` when the graph has none.
    private mutating func structuredOrElse(_ key: String, _ fallback: JSONValue) -> JSONValue {
        guard let attribute = graph.attributes[named: key] else {
            record(key, graph.location)
            return fallback
        }
        record(key, attribute.location)
        return structured(attribute, path: key) ?? .array([])
    }

    /// The JSON value of a structured attribute (embedded JSON, or JSON text in a string).
    private mutating func structured(_ attribute: Attribute, path: String) -> JSONValue? {
        switch attribute.value {
        case let .json(value):
            return value
        case let .string(text):
            do {
                return try JSONValue.parse(text)
            } catch {
                self.error(path, at: attribute.location, "not valid JSON text: \(error.message) (line \(error.line), column \(error.column) of the value)")
                return nil
            }
        default:
            error(path, at: attribute.location, "expected JSON text, found '\(attribute.value.text)'")
            return nil
        }
    }

    func boolean(_ value: AttributeValue) -> JSONValue {
        switch value {
        case let .bool(flag): .bool(flag)
        case let .string(text) where ["true", "false", "1", "0"].contains(text.lowercased()):
            .bool(text.lowercased() == "true" || text == "1")
        default: value.jsonValue
        }
    }

    private mutating func entity(_ node: AttributedGraph.Node, index: Int) -> JSONValue {
        let path = "entities[\(index)]"
        record(path, node.location)
        record(path + ".id", node.location)
        var members = [JSONValue.Member("id", .string(node.id))]
        let kind = node.attributes[named: "kind"]
        record(path + ".kind", kind?.location ?? node.location)
        members.append(JSONValue.Member("kind", .string(kind?.value.text ?? options.defaultKind)))
        let nameAttribute = node.attributes[named: "name"] ?? node.attributes[named: "label"]
        record(path + ".name", nameAttribute?.location ?? node.location)
        members.append(JSONValue.Member("name", .string(nameAttribute?.value.text ?? node.id)))
        if let aliases = node.attributes[named: "aliases"] {
            record(path + ".aliases", aliases.location)
            if let value = structured(aliases, path: path + ".aliases") { members.append(JSONValue.Member("aliases", value)) }
        }
        for key in ["since", "until"] {
            if let attribute = node.attributes[named: key] {
                record(path + "." + key, attribute.location)
                members.append(JSONValue.Member(key, .string(attribute.value.text)))
            }
        }
        var free: [JSONValue.Member] = []
        if let attributes = node.attributes[named: "attributes"] {
            record(path + ".attributes", attributes.location)
            if case let .object(items)? = structured(attributes, path: path + ".attributes") {
                free = items
            } else if errors.last?.field != path + ".attributes" {
                error(path + ".attributes", at: attributes.location, "expected a JSON object of strings")
            }
        }
        for attribute in node.attributes where !Self.nodeFields.contains(attribute.name) {
            guard attribute.name != nameAttribute?.name, !free.contains(where: { $0.key == attribute.name }) else { continue }
            record(path + ".attributes." + attribute.name, attribute.location)
            free.append(JSONValue.Member(attribute.name, .string(attribute.value.text)))
        }
        if !free.isEmpty { members.append(JSONValue.Member("attributes", .object(free))) }
        return .object(members)
    }

    private mutating func relationsFromEdges() -> [JSONValue] {
        let ids = graph.edges.compactMap { edge in
            edge.attributes[named: "id_generated"].map { boolean($0.value) } == .bool(true) ? nil : edge.id
        }
        let idsAreUnique = Set(ids).count == ids.count
        let scale = weightScale()
        var dropped: [String] = []
        var firstDropped: SourceLocation?
        var relations: [JSONValue] = []
        for (index, edge) in graph.edges.enumerated() {
            relations.append(relation(edge, index: index, keepID: idsAreUnique, weightScale: scale))
            for attribute in edge.attributes where !Self.edgeFields.contains(attribute.name) && !dropped.contains(attribute.name) {
                dropped.append(attribute.name)
                firstDropped = firstDropped ?? attribute.location ?? edge.location
            }
        }
        if !dropped.isEmpty {
            warnings.append(Diagnostic(
                .warning, at: firstDropped ?? graphLocation, field: nil,
                "edge attributes dropped (relations keep no free attributes): " + dropped.joined(separator: ", ")))
        }
        return relations
    }

    /// Whether the graph declares itself curated (strengths then stay in (0, 1]).
    var isCurated: Bool {
        graph.attributes[named: "curated"].map { boolean($0.value) } == .bool(true)
    }

    /// A `weight`'s strength before rescaling: its magnitude, inverted when weights are lengths.
    func magnitude(_ weight: Double) -> Double {
        options.weights == .distance ? 1 / abs(weight) : abs(weight)
    }

    /// The divisor for `weight`s: the largest strength they give when rescaling and some exceeds 1.
    func weightScale() -> Double {
        guard options.rescaleWeights else { return 1 }
        let weights = graph.edges.compactMap { edge -> Double? in
            guard edge.attributes[named: "strength"] == nil, let weight = edge.attributes[named: "weight"] else { return nil }
            return number(weight.value).flatMap { $0 == 0 ? nil : magnitude($0) }
        }
        let largest = weights.filter(\.isFinite).max() ?? 1
        return largest > 1 ? largest : 1
    }

    func number(_ value: AttributeValue) -> Double? {
        switch value {
        case let .double(number): number
        case let .int(number): Double(number)
        case let .string(text): Double(text.trimmingSpaces)
        case let .json(json): json.number
        case .bool: nil
        }
    }

    private mutating func relation(_ edge: AttributedGraph.Edge, index: Int, keepID: Bool, weightScale: Double) -> JSONValue {
        let path = "relations[\(index)]"
        record(path, edge.location)
        var members: [JSONValue.Member] = []
        let generated = edge.attributes[named: "id_generated"].map { boolean($0.value) } == .bool(true)
        if keepID, !generated, let id = edge.id {
            record(path + ".id", edge.location)
            members.append(JSONValue.Member("id", .string(id)))
        }
        record(path + ".from", edge.location)
        record(path + ".to", edge.location)
        members.append(JSONValue.Member("from", .string(edge.source)))
        members.append(JSONValue.Member("to", .string(edge.target)))
        let layer = edge.attributes[named: "layer"]
        record(path + ".layer", layer?.location ?? edge.location)
        members.append(JSONValue.Member("layer", .string(layer?.value.text ?? options.defaultLayer)))
        members.append(JSONValue.Member("strength", strength(of: edge, path: path, weightScale: weightScale)))
        if let sign = edge.attributes[named: "sign"] {
            record(path + ".sign", sign.location)
            members.append(JSONValue.Member("sign", number(sign.value).flatMap { Int(exactly: $0) }.map(JSONValue.int) ?? sign.value.jsonValue))
        } else if edge.attributes[named: "strength"] == nil, let weight = edge.attributes[named: "weight"],
            let value = number(weight.value), value < 0
        {
            record(path + ".sign", weight.location ?? edge.location)
            members.append(JSONValue.Member("sign", .int(-1)))
        }
        for key in ["since", "until", "citations", "figures", "note"] {
            guard let attribute = edge.attributes[named: key] else { continue }
            record(path + "." + key, attribute.location)
            if InteropAttributes.structured.contains(key) {
                if let value = structured(attribute, path: path + "." + key) { members.append(JSONValue.Member(key, value)) }
            } else {
                members.append(JSONValue.Member(key, .string(attribute.value.text)))
            }
        }
        if edge.attributes[named: "citations"] == nil { members.append(JSONValue.Member("citations", .array([]))) }
        return .object(members)
    }

    /// The `strength` of the relation at `path`: its `strength` attribute, else its `weight` as
    /// the options read it, else 1. `recording` records where it came from in the source map.
    mutating func strength(of edge: AttributedGraph.Edge, path: String, weightScale: Double, recording: Bool = true) -> JSONValue {
        if let strength = edge.attributes[named: "strength"] {
            if recording { record(path + ".strength", strength.location) }
            return number(strength.value).map(JSONValue.double) ?? strength.value.jsonValue
        }
        guard let weight = edge.attributes[named: "weight"] else {
            if recording { record(path + ".strength", edge.location) }
            return .double(1)
        }
        if recording { record(path + ".strength", weight.location ?? edge.location) }
        guard let value = number(weight.value) else {
            error(path + ".strength", at: weight.location ?? edge.location, "weight '\(weight.value.text)' is not a number")
            return .double(1)
        }
        guard value != 0, value.isFinite else {
            error(
                path + ".strength", at: weight.location ?? edge.location,
                "weight \(JSONValue.numberText(value)) gives no tie: weights must be non-zero and finite (remove the edge, or fix its weight)")
            return .double(1)
        }
        let strength = magnitude(value) / weightScale
        guard strength.isFinite, strength > 0, strength <= 1 || !isCurated else {
            let hint = strength > 1 && strength.isFinite
                ? "; strengths of a curated network must be in (0, 1]: rescale the weights (the import option `rescaleWeights` divides them by the largest)"
                : "; strengths must be positive and finite (larger is a stronger tie): remove or fix this edge"
            error(path + ".strength", at: weight.location ?? edge.location, "weight \(JSONValue.numberText(value)) is out of range" + hint)
            return .double(1)
        }
        return .double(strength)
    }

    private func declaredKinds(_ entities: [JSONValue]) -> JSONValue {
        var kinds: [String] = []
        for entity in entities {
            if case let .string(kind)? = entity["kind"], !EntityKind.builtIn.contains(EntityKind(kind)), !kinds.contains(kind) {
                kinds.append(kind)
            }
        }
        return .array(kinds.map(JSONValue.string))
    }

    func synthesizedLayers(_ relations: [JSONValue]) -> JSONValue {
        var layers: [String] = []
        for relation in relations {
            if case let .string(layer)? = relation["layer"], !layers.contains(layer) { layers.append(layer) }
        }
        return .array(layers.map { layer in
            .object([
                JSONValue.Member("id", .string(layer)), JSONValue.Member("directed", .bool(graph.isDirected)),
                JSONValue.Member("domain", .string("unspecified")),
            ])
        })
    }

    private func stubSources(_ relations: [JSONValue]) -> JSONValue {
        var cited: [String] = []
        func collect(_ citation: JSONValue?) {
            if case let .string(source)? = citation?["source"], !cited.contains(source) { cited.append(source) }
        }
        for relation in relations {
            if case let .array(citations)? = relation["citations"] { citations.forEach(collect) }
            if case let .array(figures)? = relation["figures"] { figures.forEach { collect($0["citation"]) } }
        }
        return .array(cited.map { .object([JSONValue.Member("id", .string($0)), JSONValue.Member("title", .string($0))]) })
    }
}

extension String {
    /// The text without leading and trailing spaces, tabs and line breaks.
    var trimmingSpaces: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
