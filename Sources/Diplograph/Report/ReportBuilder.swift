import Foundation
import GraphAlgorithms
import RelationNetwork

/// Assembles the analytical report of a network around one focus actor, section by section.
struct ReportBuilder {
    /// The selected network, projected with the default options.
    let input: AnalysisGraph
    let network: RelationNetwork
    let focus: Entity
    /// The focus's balance (`nil` when it does not apply).
    let balance: BalanceAnalysis?
    /// Sentences saying which sections are left out and why (shown in the overview).
    var omissions: [String] = []
    let selectionText: String
    var document: ReportDocument
    /// The communities, once `addCommunities` has run (for the diagram).
    var communities: CommunityAnalysis?

    init(input: AnalysisGraph, network: RelationNetwork, focus: Entity, balance: BalanceAnalysis?) {
        self.input = input
        self.network = network
        self.focus = focus
        self.balance = balance
        let selection = input.selection
        selectionText = selection.isRestricting ? "Selection: \(selection.summary)." : "All layers, all dates."
        document = ReportDocument(
            title: network.title ?? "Network report",
            subtitle: "Focus: \(focus.name). \(selectionText)")
    }

    /// The name of entity `id` (the id itself when the network lacks it).
    func entityName(_ id: String) -> String { network.entity(withID: id)?.name ?? id }

    mutating func addOverview() {
        let s = network.summary()
        var blocks: [ReportBlock] = [
            .paragraph(
                "\(s.entities) entities and \(s.relations) relations in \(s.layers) layers, drawn from \(s.sources) sources "
                    + "through \(s.citations) citations; \(s.figures) quantitative figures and \(s.assessments) source "
                    + "assessments. Relations are dated from \(s.earliestDate ?? "–") to \(s.latestDate ?? "–"); "
                    + "\(s.undatedRelations) relations carry no date and hold at every date."),
            .paragraph(
                "The network has \(s.components) connected component\(s.components == 1 ? "" : "s") "
                    + "(largest: \(s.largestComponent) entities) and density \(String(format: "%.4f", s.density))."),
        ]
        var kinds = ReportTable(headers: ["kind", "entities"], numeric: [1])
        kinds.rows = s.entitiesByKind.map { [ReportCell($0.name), ReportCell(String($0.count))] }
        var layers = ReportTable(headers: ["layer", "domain", "relations", "description"], numeric: [2])
        layers.rows = s.relationsByLayer.map { count in
            let layer = network.layer(withID: LayerID(count.name))
            return [ReportCell(count.name), ReportCell(layer?.domain.rawValue ?? ""), ReportCell(String(count.count)),
                    ReportCell(layer?.description ?? "")]
        }
        blocks += [.table(kinds), .table(layers)]
        document.sections.append(ReportSection(id: "overview", title: "Network overview", blocks: blocks))
    }

    /// Centrality over all layers, then per domain. Strength-based measures use strengths; paths
    /// use inverse-strength distances.
    mutating func addCentrality() throws(AnalysisError) {
        var blocks: [ReportBlock] = [
            .note("PageRank uses tie strength; betweenness and closeness use distance = 1/strength; "
                + "degree counts distinct partners. Tension relations are left out. Values follow NetworkX's definitions.")
        ]
        blocks.append(.table(try centralityTable(of: input, caption: "All layers", top: 12)))
        if !network.layers.contains(where: { Domain.balanceDefaults.contains($0.domain) }) {
            omissions.append("Centrality per domain is left out: no layer has a domain (economic, security, political, energy, transit).")
        }
        for domain in Domain.balanceDefaults where network.layers.contains(where: { $0.domain == domain }) {
            let selected = try AnalysisGraph(network: network, selection: NetworkSelection(domains: [domain]))
            guard selected.network?.relations.isEmpty == false else { continue }
            blocks.append(.table(try centralityTable(of: selected, caption: "Domain: \(domain)", top: 6)))
        }
        document.sections.append(ReportSection(id: "centrality", title: "Who is central", blocks: blocks))
    }

    private func centralityTable(of input: AnalysisGraph, caption: String, top: Int) throws(AnalysisError) -> ReportTable {
        let ranking = try input.centralityTable(measures: [.pagerank, .betweenness, .degree]).top(top)
        var table = ReportTable(headers: ["#", "entity", "kind", "PageRank", "betweenness", "degree"], numeric: [0, 3, 4, 5])
        table.caption = caption
        for (rank, row) in ranking.rows.enumerated() {
            let kind = input.network?.entity(withID: row.id)?.kind.rawValue ?? ""
            table.rows.append([
                ReportCell(String(rank + 1)), ReportCell("\(row.label) (\(row.id))"), ReportCell(kind),
                ReportCell(String(format: "%.4f", row.values[0])), ReportCell(String(format: "%.4f", row.values[1])),
                ReportCell(String(format: "%.3f", row.values[2])),
            ])
        }
        return table
    }

    mutating func addBalance() {
        guard let balance else { return }
        let now = balance.balance
        var blocks: [ReportBlock] = [
            .paragraph(
                "Tie strength of \(focus.name) with each external pole, per domain: the summed strength of its cooperative "
                    + "relations with the pole or with a bloc the pole leads. HHI is the Herfindahl–Hirschman index of the "
                    + "poles' shares (1/\(now.poles.count) = perfectly even, 1 = a single pole); entropy is the normalised "
                    + "Shannon entropy of the shares (1 = even, 0 = a single pole). Citations link to the relations behind each figure.")
        ]
        var table = ReportTable(
            headers: ["domain"] + balance.poles.map(\.label) + ["HHI", "entropy", "dominant"],
            numeric: Set(1...(now.poles.count + 2)))
        // Domains no selected layer has would be rows of zeros: only the domains present, and the total.
        let present = now.domains.filter { domain in network.layers.contains { $0.domain == domain.domain } }
        for domain in present + [now.overall] {
            var row = [ReportCell(domain.domain.rawValue)]
            for (p, strength) in domain.strengths.enumerated() {
                let relations = network.relations.filter { relation in
                    domain.relations[p].contains(relation.id ?? "\(relation.from)→\(relation.to):\(relation.layer)")
                }
                row.append(ReportCell(String(format: "%.2f", strength), citations: domain.domain == BalanceReport.allDomains ? [] : document.numbers(of: relations)))
            }
            row.append(ReportCell(domain.herfindahl.map { String(format: "%.3f", $0) } ?? "–"))
            row.append(ReportCell(domain.normalizedEntropy.map { String(format: "%.3f", $0) } ?? "–"))
            row.append(ReportCell(domain.dominantPole.flatMap { network.entity(withID: $0)?.name } ?? "–"))
            table.rows.append(row)
        }
        blocks.append(.table(table))

        if !balance.timeline.isEmpty {
            var timeline = ReportTable(headers: ["as of"] + balance.poles.map(\.label) + ["HHI", "entropy"], numeric: Set(1...(now.poles.count + 2)))
            timeline.caption = "All domains over time (relations valid at each date; undated relations always count)"
            for report in balance.timeline {
                timeline.rows.append(
                    [ReportCell(report.asOf ?? "")] + report.overall.strengths.map { ReportCell(String(format: "%.2f", $0)) }
                        + [ReportCell(report.overall.herfindahl.map { String(format: "%.3f", $0) } ?? "–"),
                           ReportCell(report.overall.normalizedEntropy.map { String(format: "%.3f", $0) } ?? "–")])
            }
            blocks.append(.table(timeline))
        }

        if !balance.assessments.isEmpty {
            blocks.append(.subheading("What the sources claim, and whether the data agrees"))
            blocks.append(.note(
                "Rule: ‘none’ agrees when the data has no tie; ‘light’ when the pole's share is below an even split; "
                    + "‘moderate’ when there is any tie; ‘heavy’ when the share is at least an even split."))
            var checks = ReportTable(headers: ["pole", "domain", "source says", "share in data", "verdict"], numeric: [3])
            for check in balance.assessments {
                checks.rows.append([
                    ReportCell(network.entity(withID: check.pole)?.name ?? check.pole), ReportCell(check.domain.rawValue),
                    ReportCell("\(check.level.rawValue): “\(check.citation.evidence)”", citations: [document.number(of: check.citation)]),
                    ReportCell(String(format: "%.2f", check.share)), ReportCell(check.agrees ? "agrees" : "differs"),
                ])
            }
            blocks.append(.table(checks))
            let differing = balance.assessments.filter { !$0.agrees }
            blocks.append(.paragraph(
                "\(balance.assessments.count - differing.count) of \(balance.assessments.count) source judgements agree with the relation data."
                    + (differing.isEmpty ? "" : " Differences: " + differing.map {
                        "\(network.entity(withID: $0.pole)?.name ?? $0.pole) in \($0.domain) (\($0.level.rawValue) per \($0.citation.source), share \(String(format: "%.2f", $0.share)))"
                    }.joined(separator: "; ") + ". Sources written at different dates may describe different moments.")))
        }
        document.sections.append(ReportSection(id: "balance", title: "Multi-vector balance of \(focus.name)", blocks: blocks))
    }

    /// Adds the sentences on left-out sections (those given and those the builders recorded) to
    /// the overview, one note each.
    mutating func addOmissions(_ more: [String]) {
        let all = omissions + more
        guard !all.isEmpty, let overview = document.sections.firstIndex(where: { $0.id == "overview" }) else { return }
        document.sections[overview].blocks += all.map { ReportBlock.note($0) }
    }
}
