import GraphAlgorithms
import RelationNetwork

extension ReportBuilder {
    /// Communities over all cooperative layers (Leiden by default), their firmness over the seeded runs, and how
    /// they line up with the declared blocs.
    /// Returns the communities it shows.
    mutating func addCommunities(_ options: CommunityOptions = CommunityOptions()) throws(AnalysisError) -> CommunityAnalysis {
        let report = try input.communities(options)
        communities = report
        let runs = options.runs
        var blocks: [ReportBlock] = [
            .paragraph(String(
                format: "Leiden (resolution 1) over all cooperative layers finds %d communities with modularity %.3f. "
                    + "Firmness is how often the members of a community land together over %d seeded runs "
                    + "(mean agreement between runs, NMI: %.2f).",
                report.communities.count, report.modularity, runs, report.agreement))
        ]
        var table = ReportTable(
            headers: ["#", "most central", "members", "firmness", "inside", "outside"], numeric: [0, 3, 4, 5])
        for community in report.communities {
            table.rows.append([
                ReportCell(String(community.number)), ReportCell(community.mostCentral.label),
                ReportCell(community.members.map(\.label).joined(separator: ", ")),
                ReportCell(String(format: "%.2f", community.firmness)),
                ReportCell(String(format: "%.1f", community.internalStrength)),
                ReportCell(String(format: "%.1f", community.externalStrength)),
            ])
        }
        blocks.append(.table(table))
        if !report.unclustered.isEmpty {
            blocks.append(.note("Without cooperative relations, left out: " + report.unclustered.joined(separator: ", ") + "."))
        }
        if report.blocAlignment?.blocs.isEmpty ?? true {
            blocks.append(.note("The comparison with formal blocs is left out: the network declares no blocs (member_of relations)."))
        }
        if let alignment = report.blocAlignment, !alignment.blocs.isEmpty {
            var blocs = ReportTable(headers: ["bloc", "declared members", "community holding most", "share", "bloc's own community"], numeric: [3])
            blocs.caption = "Formal blocs (member_of relations) against the communities"
            for bloc in alignment.blocs {
                let relations = network.blocMemberships.filter { $0.bloc == bloc.id }.map(\.relation)
                blocs.rows.append([
                    ReportCell(bloc.name), ReportCell(bloc.members.joined(separator: ", "), citations: document.numbers(of: relations)),
                    ReportCell(bloc.community.map(String.init) ?? "–"),
                    ReportCell(bloc.clusteredMembers.isEmpty ? "–" : String(format: "%.2f", bloc.share)),
                    ReportCell(bloc.ownCommunity.map(String.init) ?? "–"),
                ])
            }
            blocks.append(.table(blocs))
            var summary: [String] = []
            if let nmi = alignment.nmi { summary.append(String(format: "NMI between the communities and each state's primary bloc: %.2f", nmi)) }
            if let together = alignment.coMembersTogether {
                summary.append(String(format: "co-members of a bloc share a community in %.0f %% of %d pairs", 100 * together, alignment.coMemberPairs))
            }
            if !alignment.otherBlocs.isEmpty {
                summary.append("blocs without declared members: " + alignment.otherBlocs.map {
                    "\($0.name) (community \($0.community.map(String.init) ?? "–"))"
                }.joined(separator: ", "))
            }
            if !summary.isEmpty { blocks.append(.paragraph(summary.joined(separator: "; ") + ".")) }
        }
        document.sections.append(ReportSection(id: "communities", title: "Which camps form", blocks: blocks))
        return report
    }
}
