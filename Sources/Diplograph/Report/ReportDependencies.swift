import GraphAlgorithms
import RelationNetwork

extension ReportBuilder {
    /// The focus's dependency paths to each pole (with every hop's sources), the intermediaries
    /// its connections depend on, and what removing each would change.
    mutating func addDependencies(poles: [String]) throws(AnalysisError) {
        var blocks: [ReportBlock] = [
            .note("Paths use all cooperative layers, undirected, distance = 1/strength; tension is left out. "
                + "Each hop lists the relations that join the two entities, with their sources.")
        ]
        var routes = ReportTable(headers: ["to", "route", "cost", "without the first intermediary"], numeric: [2])
        for pole in poles where pole != focus.id {
            guard let best = try path(from: focus.id, to: pole, in: input) else {
                routes.rows.append([ReportCell(name(pole)), "no path", "–", "–"])
                continue
            }
            var alternative = ReportCell("direct tie")
            if best.entities.count > 2 {
                let avoided = best.entities[1]
                if let other = try path(from: focus.id, to: pole, avoiding: avoided, in: input) {
                    alternative = ReportCell(
                        "via " + route(other) + String(format: " (cost %.2f)", other.cost),
                        citations: document.numbers(of: strongestRelations(other)))
                } else {
                    alternative = ReportCell("none: \(name(avoided)) is unavoidable")
                }
            }
            routes.rows.append([
                ReportCell(name(pole)), ReportCell(route(best), citations: document.numbers(of: strongestRelations(best))),
                ReportCell(String(format: "%.2f", best.cost)), alternative,
            ])
        }
        routes.caption = "Cheapest routes from \(focus.name) to each pole (citations: the strongest relation of each hop)"
        blocks.append(.table(routes))
        if let transit = try transitRoutes() { blocks.append(.table(transit)) }

        let analysis = try input.dependencies(of: focus.id)
        var intermediaries = ReportTable(
            headers: ["intermediary", "share of shortest paths", "unavoidable for", "if removed: cut off / farther"],
            numeric: [1])
        intermediaries.caption = "Who \(focus.name)'s connections run through (\(analysis.reachable) entities reachable)"
        for item in analysis.intermediaries.prefix(10) {
            let unavoidable = item.unavoidableFor.isEmpty
                ? "–" : "\(item.unavoidableFor.count): " + item.unavoidableFor.prefix(6).map(name).joined(separator: ", ")
                    + (item.unavoidableFor.count > 6 ? ", …" : "")
            let farther = item.without.meanIncrease.map { String(format: "%d farther (mean +%.2f)", item.without.longer, $0) } ?? "none farther"
            intermediaries.rows.append([
                ReportCell(name(item.id)), ReportCell(String(format: "%.1f %%", 100 * item.share)), ReportCell(unavoidable),
                ReportCell("\(item.unavoidableFor.count) cut off, \(farther)"),
            ])
        }
        blocks.append(.table(intermediaries))
        document.sections.append(ReportSection(id: "dependencies", title: "Who \(focus.name) depends on", blocks: blocks))
    }

    /// Directed routes through the transit-domain layers into and out of the focus, each with the
    /// route that remains when its first intermediary is removed.
    private mutating func transitRoutes() throws(AnalysisError) -> ReportTable? {
        let transitLayers = network.layers.filter { $0.domain == .transit }.map(\.id)
        guard !transitLayers.isEmpty else { return nil }
        let transit = try AnalysisGraph(
            network: network, selection: NetworkSelection(layers: Set(transitLayers)),
            projection: ProjectionOptions(directed: true))
        var table = ReportTable(headers: ["route", "cost", "without its first intermediary"], numeric: [1])
        table.caption = "Transit routes into and out of \(focus.name) (\(transitLayers.map(\.rawValue).joined(separator: ", ")), directed)"
        let others = transit.ids.filter { $0 != focus.id }
        for (source, target) in others.map({ ($0, focus.id) }) + others.map({ (focus.id, $0) }) {
            guard let best = try path(from: source, to: target, in: transit) else { continue }
            var alternative = ReportCell("–")
            if best.entities.count > 2 {
                let avoided = best.entities[1]
                if let other = try path(from: source, to: target, avoiding: avoided, in: transit) {
                    alternative = ReportCell(route(other), citations: document.numbers(of: strongestRelations(other)))
                } else {
                    alternative = ReportCell("none: \(name(avoided)) is unavoidable")
                }
            }
            table.rows.append([
                ReportCell(route(best), citations: document.numbers(of: strongestRelations(best))),
                ReportCell(String(format: "%.2f", best.cost)), alternative,
            ])
        }
        return table.rows.isEmpty ? nil : table
    }

    /// The best path, or `nil` when there is none.
    private func path(from: String, to: String, avoiding: String? = nil, in graph: AnalysisGraph) throws(AnalysisError) -> PathSearch.Path? {
        try graph.paths(PathQuery(from: from, to: to, avoiding: avoiding.map { [$0] } ?? [])).paths.first
    }

    /// The strongest relation of each hop (ties: file order).
    private func strongestRelations(_ path: PathSearch.Path) -> [Relation] {
        path.hops.compactMap { hop in hop.relations.map(\.relation).max { $0.strength < $1.strength } }
    }

    private func name(_ id: String) -> String { entityName(id) }

    /// "A –[layer/layer]→ B –[layer]→ C".
    private func route(_ path: PathSearch.Path) -> String {
        path.hops.reduce(name(path.entities.first ?? "")) { text, hop in
            text + " –[" + Array(Set(hop.relations.map(\.layer.rawValue))).sorted().joined(separator: "/") + "]→ " + name(hop.to)
        }
    }
}
