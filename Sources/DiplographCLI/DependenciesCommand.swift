import ArgumentParser
import Foundation
import GraphAlgorithms
import RelationNetwork

/// `diplograph dependencies`: whom one entity's connections run through, and what if each is gone.
struct DependenciesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dependencies",
        abstract: "The intermediaries an entity's connections depend on, and the routes left without each.",
        discussion: """
            share: the average fraction of NODE's shortest paths to the entities it reaches that pass \
            through the intermediary (Brandes' single-source dependency divided by the number of \
            reachable entities). unavoidable for: the entities NODE reaches only through it (dominators; \
            exact). without it: recomputed with the intermediary taken out — how many entities are cut \
            off and how many stay reachable by a longer route (mean and largest increase in distance).
            Paths use --distance (default inverse: 1/strength); with --directed, directed layers are \
            followed from → to only.
            """
    )

    @Argument(help: "The entity whose dependencies to show: id, name or alias.")
    var node: String
    @OptionGroup var graph: GraphOptions
    @OptionGroup var selection: SelectionOptions
    @OptionGroup var projection: ProjectionOptions
    @Option(help: "Show only the first N intermediaries.") var top: Int?
    @Option(help: "Output format: table, json or markdown.") var format: PathReportFormat = .table
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
    }

    func run() throws {
        try reportingErrors {
            let input = try graph.loadAnalysisGraph(selection: selection, projection: projection)
            guard input.strengths.vertexCount > 0 else { throw CLIError("the selection is empty: no entities") }
            let source = try input.vertex(named: node)
            let analysis: DependencyAnalysis
            do throws(PathError) {
                analysis = try DependencyAnalysis(source: source, distances: input.distances, ids: input.ids)
            } catch {
                throw CLIError("dependencies: \(input.message(for: error))")
            }
            let rows = Array(analysis.intermediaries.prefix(top ?? analysis.intermediaries.count))
            let heading = "\(input.display(source)) reaches \(counted(analysis.reachableCount, "entity", "entities")) "
                + "(\(projection.directed ? "directed" : "undirected"); layers: "
                + "\(selection.layers?.sorted().joined(separator: ", ") ?? "all"); distance \(projection.distance.rawValue))"
            switch format {
            case .table: try output.write(table(heading, rows, input))
            case .markdown: try output.write(markdown(heading, rows, input))
            case .json: try output.write(json(analysis, rows, input))
            }
        }
    }

    private func label(_ id: String, _ input: AnalysisGraph) -> String {
        input.ids.firstIndex(of: id).map { input.labels[$0] } ?? id
    }

    /// The ids of the entities reachable only through `row` (ids keep the table narrow).
    private func unavoidableText(_ row: DependencyAnalysis.Intermediary, _ input: AnalysisGraph) -> String {
        guard row.isUnavoidable else { return "—" }
        let names = row.unavoidableFor.prefix(2).joined(separator: ", ")
        return row.unavoidableFor.count > 2 ? "\(row.unavoidableFor.count): \(names), …" : names
    }

    private func withoutText(_ row: DependencyAnalysis.Intermediary) -> String {
        var parts: [String] = []
        if row.isUnavoidable { parts.append("\(row.unavoidableFor.count) cut off") }
        if let mean = row.meanIncrease, let max = row.maxIncrease {
            parts.append("\(row.longerCount) longer +\(percent(mean)) (max +\(percent(max)))")
        }
        return parts.isEmpty ? "alternatives as short" : parts.joined(separator: ", ")
    }

    private func percent(_ value: Double) -> String {
        value.isFinite ? String(format: "%.0f%%", value * 100) : "∞"
    }

    private func table(_ heading: String, _ rows: [DependencyAnalysis.Intermediary], _ input: AnalysisGraph) -> String {
        guard !rows.isEmpty else { return heading + "\nNo intermediaries: every reachable entity is a direct neighbour.\n" }
        var table = TextTable(["id", "name", "share", "unavoidable for", "without it"], alignments: [.left, .left, .right, .left, .left])
        for row in rows {
            table.append([
                row.id, String(label(row.id, input).prefix(24)), percent(row.share), unavoidableText(row, input),
                withoutText(row),
            ])
        }
        return heading + "\n\n" + table.rendered()
    }

    private func markdown(_ heading: String, _ rows: [DependencyAnalysis.Intermediary], _ input: AnalysisGraph) -> String {
        var lines = [heading, "", "| id | name | share | unavoidable for | without it |", "|---|---|---:|---|---|"]
        for row in rows {
            let cells = [row.id, label(row.id, input), percent(row.share), unavoidableText(row, input), withoutText(row)]
            lines.append("| " + cells.map(RankingTable.markdownEscaped).joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func json(_ analysis: DependencyAnalysis, _ rows: [DependencyAnalysis.Intermediary], _ input: AnalysisGraph) -> String {
        let items = rows.map { row in
            let fields = [
                "\"id\": \(jsonString(row.id))", "\"label\": \(jsonString(label(row.id, input)))",
                "\"share\": \(jsonNumber(row.share))", "\"dependency\": \(jsonNumber(row.dependency))",
                "\"unavoidable\": \(row.isUnavoidable)",
                "\"unavoidable_for\": [" + row.unavoidableFor.map(jsonString).joined(separator: ", ") + "]",
                "\"without\": {\"cut_off\": \(row.unavoidableFor.count), \"longer\": \(row.longerCount), "
                    + "\"mean_increase\": \(row.meanIncrease.map(jsonNumber) ?? "null"), "
                    + "\"max_increase\": \(row.maxIncrease.map(jsonNumber) ?? "null")}",
            ]
            return "    {" + fields.joined(separator: ", ") + "}"
        }
        return "{\n  \"node\": \(jsonString(analysis.source)),\n  \"reachable\": \(analysis.reachableCount),\n"
            + "  \"directed\": \(projection.directed),\n  \"distance\": \(jsonString(projection.distance.rawValue)),\n"
            + "  \"intermediaries\": [" + (items.isEmpty ? "" : "\n" + items.joined(separator: ",\n") + "\n  ") + "]\n}\n"
    }
}
