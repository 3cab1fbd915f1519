/// The fast path of `NetworkDocument.importing`: a graph with only plain fields (what NetworkX,
/// igraph and Gephi write) becomes the model directly, with no native document in between.
///
/// The rules are `NetworkAssembler`'s; whatever needs the native decoder (structured attributes
/// such as citations, aliases, or graph-level kinds, sources and layers; a date, sign or strength
/// it must check) makes ``network()`` return `nil` and the caller takes the general path.
/// Positions are kept per item in `SourceMap`'s compact table, not per field.
struct DirectAssembly {
    private static let structuredGraphKeys = ["kinds", "sources", "layers", "assessments", "routes"]

    private var assembler: NetworkAssembler
    private var graph: AttributedGraph { assembler.graph }

    init(_ assembler: NetworkAssembler) {
        self.assembler = assembler
    }

    /// The errors found (each located); the network is not usable when there are any.
    var errors: [Diagnostic] { assembler.errors }
    /// The warnings found (dropped edge attributes).
    var warnings: [Diagnostic] { assembler.warnings }
    /// Where each entity and relation came from.
    var sourceMap: SourceMap { assembler.sourceMap }

    /// The network, or `nil` when the graph needs the general path.
    /// - Complexity: O(n + m) for n nodes and m edges (attributes per item bounded).
    mutating func network() -> RelationNetwork? {
        guard !Self.structuredGraphKeys.contains(where: { graph.attributes[named: $0] != nil }) else { return nil }
        assembler.record("", graph.location)
        var isCurated = false
        if let curated = graph.attributes[named: "curated"] {
            guard case let .bool(flag) = assembler.boolean(curated.value) else { return nil }
            isCurated = flag
        }
        var entities: [Entity] = []
        entities.reserveCapacity(graph.nodes.count)
        var positions: [SourceMap.CompactPosition] = []
        positions.reserveCapacity(graph.nodes.count)
        var kinds: [EntityKind] = []
        var seenKinds: Set<EntityKind> = []
        for node in graph.nodes {
            guard let entity = entity(node) else { return nil }
            if !EntityKind.builtIn.contains(entity.kind), seenKinds.insert(entity.kind).inserted { kinds.append(entity.kind) }
            entities.append(entity)
            positions.append(position(node.location))
        }
        assembler.sourceMap.recordItems(.entities, at: positions)
        guard let relations = relations() else { return nil }
        var layerIDs: [String] = []
        var seenLayers: Set<LayerID> = []
        for relation in relations where seenLayers.insert(relation.layer).inserted { layerIDs.append(relation.layer.rawValue) }
        for key in ["kinds", "sources", "layers"] { assembler.record(key, graph.location) }
        return RelationNetwork(
            title: graph.attributes[named: "title"].map(\.value.text),
            description: graph.attributes[named: "description"].map(\.value.text),
            isCurated: isCurated, declaredKinds: kinds, sources: [],
            layers: layerIDs.map { Layer(id: LayerID($0), isDirected: graph.isDirected, domain: Domain("unspecified")) },
            entities: entities, relations: relations)
    }

    private func position(_ location: SourceLocation?) -> SourceMap.CompactPosition {
        let place = location ?? graph.location ?? SourceLocation(file: assembler.sourceMap.file, line: 1, column: 1)
        return SourceMap.CompactPosition(line: Int32(clamping: place.line), column: Int32(clamping: place.column))
    }

    /// The entity of `node`, or `nil` when it has structured fields or a malformed date.
    private func entity(_ node: AttributedGraph.Node) -> Entity? {
        var kind: String?
        var name: String?
        var label: String?
        var since: PartialDate?
        var until: PartialDate?
        var free: [String: String] = [:]
        for attribute in node.attributes {
            switch attribute.name {
            case "aliases", "attributes": return nil
            case "kind": kind = kind ?? attribute.value.text
            case "name": name = name ?? attribute.value.text
            case "since", "until":
                guard let date = PartialDate(attribute.value.text.trimmingWhitespace) else { return nil }
                if attribute.name == "since" { since = since ?? date } else { until = until ?? date }
            default:
                if attribute.name == "label" {
                    label = label ?? attribute.value.text
                    continue
                }
                if free[attribute.name] == nil { free[attribute.name] = attribute.value.text }
            }
        }
        // `label` is the name only when there is no `name`; otherwise it is a free attribute.
        if name != nil, let label, free["label"] == nil { free["label"] = label }
        return Entity(
            id: node.id, kind: EntityKind(kind ?? assembler.options.defaultKind), name: name ?? label ?? node.id,
            existence: ValidityInterval(since: since, until: until), attributes: free)
    }

    /// The relations of the edges, or `nil` when one needs the general path.
    private mutating func relations() -> [Relation]? {
        var seen: Set<String> = []
        var idsAreUnique = true
        for edge in graph.edges {
            guard let id = edge.id, !isGenerated(edge) else { continue }
            if !seen.insert(id).inserted {
                idsAreUnique = false
                break
            }
        }
        seen = []
        let scale = assembler.weightScale()
        var relations: [Relation] = []
        relations.reserveCapacity(graph.edges.count)
        var positions: [SourceMap.CompactPosition] = []
        positions.reserveCapacity(graph.edges.count)
        var dropped: [String] = []
        var firstDropped: SourceLocation?
        for (index, edge) in graph.edges.enumerated() {
            guard let relation = relation(edge, index: index, keepID: idsAreUnique, weightScale: scale) else { return nil }
            relations.append(relation)
            positions.append(position(edge.location))
            for attribute in edge.attributes where !NetworkAssembler.edgeFields.contains(attribute.name) && !dropped.contains(attribute.name) {
                dropped.append(attribute.name)
                firstDropped = firstDropped ?? attribute.location ?? edge.location
            }
        }
        assembler.sourceMap.recordItems(.relations, at: positions)
        if !dropped.isEmpty {
            assembler.warnings.append(Diagnostic(
                .warning, at: firstDropped ?? assembler.graphLocation, field: nil,
                "edge attributes dropped (relations keep no free attributes): " + dropped.joined(separator: ", ")))
        }
        return relations
    }

    private func isGenerated(_ edge: AttributedGraph.Edge) -> Bool {
        edge.attributes[named: "id_generated"].map { assembler.boolean($0.value) } == .bool(true)
    }

    /// The relation of `edge`, or `nil` when it has citations or figures, a malformed date, a sign
    /// other than ±1 or a `strength` that is not a number.
    private mutating func relation(_ edge: AttributedGraph.Edge, index: Int, keepID: Bool, weightScale: Double) -> Relation? {
        var layer: String?
        var signValue: AttributeValue?
        var since: PartialDate?
        var until: PartialDate?
        var note: String?
        var hasStrength = false
        var weight: Double?
        for attribute in edge.attributes {
            switch attribute.name {
            case "citations", "figures": return nil
            case "layer": layer = layer ?? attribute.value.text
            case "sign": signValue = signValue ?? attribute.value
            case "strength": hasStrength = true
            case "weight": weight = weight ?? assembler.number(attribute.value)
            case "note": note = note ?? attribute.value.text
            case "since", "until":
                guard let date = PartialDate(attribute.value.text.trimmingWhitespace) else { return nil }
                if attribute.name == "since" { since = since ?? date } else { until = until ?? date }
            default: continue
            }
        }
        guard case let .double(strength) = assembler.strength(of: edge, path: "relations[\(index)]", weightScale: weightScale, recording: false)
        else { return nil }
        var sign = Sign.cooperation
        if let signValue {
            guard let value = assembler.number(signValue).flatMap({ Int(exactly: $0) }), let valid = Sign(rawValue: value) else {
                return nil
            }
            sign = valid
        } else if !hasStrength, let weight, weight < 0 {
            sign = .tension
        }
        return Relation(
            id: keepID && !isGenerated(edge) ? edge.id : nil, from: edge.source, to: edge.target,
            layer: LayerID(layer ?? assembler.options.defaultLayer), strength: strength, sign: sign,
            validity: ValidityInterval(since: since, until: until), note: note)
    }
}
