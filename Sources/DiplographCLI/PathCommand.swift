import ArgumentParser
import Foundation
import GraphAlgorithms
import RelationNetwork

/// `diplograph path`: the best paths between two entities, every hop with its relations and sources.
struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Paths between two entities, each hop with its relations, dates and sources.",
        discussion: """
            Modes: shortest (smallest total distance, see --distance), widest (the path whose weakest \
            tie is strongest, on aggregated strengths) and reliable (largest product of strengths: \
            shortest under --distance neglog, which this mode always uses). --k N lists the N best \
            loopless paths (Yen's algorithm). --avoid takes entities out (their relations dropped) \
            to ask what remains without them; --layers removes layers.
            With --directed, relations of directed layers (transit, investment, dependency, …) are \
            followed from → to only. FROM, TO and --avoid accept ids, names or aliases, \
            case-insensitively (vertex names for edge lists). Equal-cost paths are ordered by \
            number of hops, then by vertex order in the file. "no path" is an answer (exit 0).
            """
    )

    @Argument(help: "Where the path starts: an entity id, name or alias.")
    var from: String
    @Argument(help: "Where the path ends.")
    var to: String
    @OptionGroup var graph: GraphOptions
    @Option(help: "shortest, widest or reliable.") var mode: PathMode = .shortest
    @Option(help: "How many paths: the k best loopless paths.") var k: Int = 1
    @Option(help: "Comma-separated entities to take out (what-if).", transform: commaSeparated)
    var avoid: Set<String>?
    @OptionGroup var selection: SelectionOptions
    @OptionGroup var projection: ProjectionOptions
    @Option(help: "Output format: table, json or markdown.") var format: PathReportFormat = .table
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if k < 1 { throw ValidationError("--k must be at least 1 (got \(k))") }
    }

    func run() throws {
        try reportingErrors {
            var options = projection
            if mode == .reliable { options.distance = .neglog }
            let input = try graph.loadAnalysisGraph(selection: selection, projection: options)
            guard input.strengths.vertexCount > 0 else { throw CLIError("the selection is empty: no entities to connect") }
            let source = try input.vertex(named: from)
            let target = try input.vertex(named: to)
            if source == target {
                throw CLIError("FROM and TO are both \(input.display(source)): a path needs two different entities")
            }
            let avoided = try (avoid ?? []).sorted().map { try input.vertex(named: $0) }
            if let endpoint = avoided.first(where: { $0 == source || $0 == target }) {
                throw CLIError("cannot avoid \(input.display(endpoint)): it is an endpoint of the path")
            }
            let removed = avoided.map { Vertex($0) }
            let strengths = input.strengths.removing(vertices: removed)
            let distances = input.distances.removing(vertices: removed)
            let paths: [GraphPath]
            do throws(PathError) {
                paths = try mode.paths(strengths: strengths, distances: distances, from: source, to: target, k: k)
            } catch {
                throw CLIError("\(mode.rawValue) path: \(input.message(for: error))")
            }
            let report = PathReport(
                input: input, source: source, target: target, avoided: Array(Set(avoided)).sorted(), mode: mode,
                k: k, directed: options.directed, distance: options.distance, includeSigned: options.includeTension,
                layers: selection.layers, asOf: selection.asOf, strengths: input.strengths, paths: paths)
            switch format {
            case .table: try output.write(report.table())
            case .markdown: try output.write(report.markdown())
            case .json: try output.write(report.json())
            }
        }
    }
}

/// The paths found, ready to render.
struct PathReport {
    var input: AnalysisGraph
    var source: Int
    var target: Int
    var avoided: [Int]
    var mode: PathMode
    var k: Int
    var directed: Bool
    var distance: DistanceTransform
    var includeSigned: Bool
    var layers: Set<String>?
    var asOf: PartialDate?
    /// The strengths before removal (for each hop's aggregated tie strength).
    var strengths: Graph
    var paths: [GraphPath]

    /// "distance 2.05 (1/strength)", "bottleneck strength 0.5", "reliability 0.41".
    func costText(_ cost: Double) -> String {
        switch mode {
        case .shortest:
            let unit: String
            switch distance {
            case .inverse: unit = "sum of 1/strength"
            case .neglog: unit = "sum of −ln strength"
            case .unit: unit = "hops"
            }
            return "distance \(reportNumber(cost)) (\(unit))"
        case .widest: return "bottleneck strength \(reportNumber(cost))"
        case .reliable: return "reliability \(reportNumber(exp(-cost))) (product of strengths)"
        }
    }

    var conditions: String {
        var parts = [mode.rawValue, directed ? "directed" : "undirected"]
        if input.network != nil { parts.append("layers: " + (layers?.sorted().joined(separator: ", ") ?? "all")) }
        if let asOf { parts.append("as of \(asOf)") }
        if !avoided.isEmpty { parts.append("avoiding " + avoided.map(input.display).joined(separator: ", ")) }
        return parts.joined(separator: "; ")
    }

    var noPathText: String {
        "no path from \(input.display(source)) to \(input.display(target)) (\(conditions))\n"
    }

    /// The path's entities as "A → B → C".
    func chain(_ path: GraphPath) -> String {
        path.vertices.map { input.labels[Int($0)] }.joined(separator: " → ")
    }

    func hopStrength(_ u: Vertex, _ v: Vertex) -> Double? { strengths.weight(from: Int(u), to: Int(v)) }

    func relations(_ u: Vertex, _ v: Vertex) -> [Relation] {
        input.network?.hopRelations(
            from: input.ids[Int(u)], to: input.ids[Int(v)], directed: directed, includeSigned: includeSigned) ?? []
    }

    func table() -> String {
        guard !paths.isEmpty else { return noPathText }
        var text = "Paths from \(input.display(source)) to \(input.display(target)) — \(conditions)\n"
        if paths.count < k { text += "(only \(counted(paths.count, "loopless path")) \(paths.count == 1 ? "exists" : "exist"))\n" }
        for (rank, path) in paths.enumerated() {
            text += "\n\(rank + 1). \(chain(path))\n"
            text += "   \(costText(path.cost)), \(counted(path.hopCount, "hop"))\n"
            for (u, v) in zip(path.vertices, path.vertices.dropFirst()) {
                let tie = hopStrength(u, v).map { " — tie strength \(reportNumber($0))" } ?? ""
                text += "   \(input.display(Int(u))) → \(input.display(Int(v)))\(tie)\n"
                guard let network = input.network else { continue }
                for relation in relations(u, v) {
                    let arrow = relation.from == input.ids[Int(u)] ? "" : " (stated \(relation.from) → \(relation.to))"
                    text += "     \(relation.layer), strength \(reportNumber(relation.strength)), "
                        + "\(validityText(relation.validity))\(arrow)\n"
                    if let note = relation.note { text += "       note: \(note)\n" }
                    for citation in relation.citations { text += "       \(network.citationText(citation))\n" }
                }
            }
        }
        return text
    }

    func markdown() -> String {
        guard !paths.isEmpty else { return noPathText }
        var text = "## Paths from \(input.display(source)) to \(input.display(target))\n\n\(conditions)\n"
        for (rank, path) in paths.enumerated() {
            text += "\n### \(rank + 1). \(RankingTable.markdownEscaped(chain(path)))\n\n"
            text += "\(costText(path.cost)), \(counted(path.hopCount, "hop"))\n\n"
            for (u, v) in zip(path.vertices, path.vertices.dropFirst()) {
                let tie = hopStrength(u, v).map { " (tie strength \(reportNumber($0)))" } ?? ""
                text += "- **\(input.display(Int(u))) → \(input.display(Int(v)))**\(tie)\n"
                guard let network = input.network else { continue }
                for relation in relations(u, v) {
                    text += "  - `\(relation.layer)` \(relation.from) → \(relation.to), strength "
                        + "\(reportNumber(relation.strength)), \(validityText(relation.validity))\n"
                    for citation in relation.citations { text += "    - \(network.citationText(citation))\n" }
                }
            }
        }
        return text
    }

    func json() -> String {
        func entity(_ v: Int) -> String { "{\"id\": \(jsonString(input.ids[v])), \"label\": \(jsonString(input.labels[v]))}" }
        var fields = [
            "\"from\": \(entity(source))", "\"to\": \(entity(target))", "\"mode\": \(jsonString(mode.rawValue))",
            "\"directed\": \(directed)", "\"distance\": \(jsonString(distance.rawValue))", "\"k\": \(k)",
            "\"layers\": " + (layers.map { "[" + $0.sorted().map(jsonString).joined(separator: ", ") + "]" } ?? "null"),
            "\"avoid\": [" + avoided.map { jsonString(input.ids[$0]) }.joined(separator: ", ") + "]",
        ]
        if paths.isEmpty { fields.append("\"message\": \(jsonString("no path"))") }
        let pathTexts = paths.enumerated().map { rank, path -> String in
            var pathFields = ["\"rank\": \(rank + 1)", "\"cost\": \(jsonNumber(path.cost))"]
            if mode == .reliable { pathFields.append("\"reliability\": \(jsonNumber(exp(-path.cost)))") }
            pathFields.append("\"hops_count\": \(path.hopCount)")
            pathFields.append("\"entities\": [" + path.vertices.map { jsonString(input.ids[Int($0)]) }.joined(separator: ", ") + "]")
            pathFields.append("\"labels\": [" + path.vertices.map { jsonString(input.labels[Int($0)]) }.joined(separator: ", ") + "]")
            let hops = zip(path.vertices, path.vertices.dropFirst()).map { u, v -> String in
                var hop = [
                    "\"from\": \(jsonString(input.ids[Int(u)]))", "\"to\": \(jsonString(input.ids[Int(v)]))",
                    "\"strength\": \(hopStrength(u, v).map(jsonNumber) ?? "null")",
                ]
                if let network = input.network {
                    hop.append("\"relations\": [" + relations(u, v).map(network.relationJSON).joined(separator: ", ") + "]")
                }
                return "        {" + hop.joined(separator: ", ") + "}"
            }
            pathFields.append("\"hops\": [\n" + hops.joined(separator: ",\n") + "\n      ]")
            return "    {\n      " + pathFields.joined(separator: ",\n      ") + "\n    }"
        }
        fields.append("\"paths\": [" + (pathTexts.isEmpty ? "" : "\n" + pathTexts.joined(separator: ",\n") + "\n  ") + "]")
        return "{\n  " + fields.joined(separator: ",\n  ") + "\n}\n"
    }
}
