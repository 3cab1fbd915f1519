import Foundation
import RelationNetwork

/// The human-readable and CSV forms of a community analysis (JSON comes from the value itself).
extension CommunityAnalysis {
    private var headline: String {
        let runText = seeds.count == 1
            ? "seed \(bestSeed)" : "best of \(seeds.count) runs (seeds \(seeds[0])–\(seeds[seeds.count - 1])): seed \(bestSeed)"
        let gamma = resolution == resolution.rounded() && abs(resolution) < 1e9 ? String(format: "%.0f", resolution) : "\(resolution)"
        return "Communities by \(algorithm), γ = \(gamma), \(runText)"
    }

    private var summary: String {
        var text = "\(counted(clusteredCount, "entity", "entities")) in \(counted(communities.count, "community", "communities")); "
        text += "\(directed ? "directed " : "")modularity \(TextFormatting.fixed(modularity, 4))"
        if seeds.count > 1 { text += "; agreement between runs (mean NMI with the best) \(TextFormatting.fixed(agreement, 3))" }
        if !unclustered.isEmpty {
            text += "\n\(counted(unclustered.count, "entity", "entities")) without relations in the selection left out"
        }
        return text
    }

    func table() -> String {
        var text = headline + "\n" + summary + "\n\n"
        var overview = TextTable(
            ["#", "size", "firmness", "internal", "external", "most central"],
            alignments: [.right, .right, .right, .right, .right, .left])
        for c in communities {
            overview.append([
                String(c.number), String(c.size), TextFormatting.fixed(c.firmness, 2),
                TextFormatting.fixed(c.internalStrength, 2), TextFormatting.fixed(c.externalStrength, 2),
                TextFormatting.named(c.mostCentral.id, c.mostCentral.label),
            ])
        }
        text += overview.rendered() + "\n"
        for c in communities {
            let names = c.members.map { TextFormatting.named($0.id, $0.label) }
            text += TextFormatting.wrapped("\(c.number): ", names.joined(separator: ", "), width: 100) + "\n"
        }
        if let blocAlignment { text += "\n" + blocTable(blocAlignment) }
        return text
    }

    private func blocTable(_ alignment: BlocAlignment) -> String {
        guard !alignment.blocs.isEmpty else {
            return "Declared blocs: none (no member_of relations to a bloc or organization)\n"
        }
        var text = "Declared blocs (member_of in the whole network) against the communities\n"
        var table = TextTable(
            ["bloc", "members", "clustered", "community", "holds", "share", "bloc's own", "members"],
            alignments: [.left, .right, .right, .right, .right, .right, .right, .left])
        for bloc in alignment.blocs {
            table.append([
                bloc.id, String(bloc.members.count), String(bloc.clusteredMembers.count),
                bloc.community.map(String.init) ?? "-", String(bloc.held),
                bloc.clusteredMembers.isEmpty ? "-" : TextFormatting.fixed(bloc.share, 2),
                bloc.ownCommunity.map(String.init) ?? "-", bloc.members.joined(separator: ", "),
            ])
        }
        text += table.rendered()
        text += blocSummary(alignment) + "\n"
        if !alignment.otherBlocs.isEmpty {
            let placed = alignment.otherBlocs.map { "\($0.id) → \($0.community.map(String.init) ?? "-")" }
            text += "Blocs and organizations without declared members, by community:\n"
            text += TextFormatting.wrapped("  ", placed.joined(separator: ", "), width: 100) + "\n"
        }
        return text
    }

    private func blocSummary(_ alignment: BlocAlignment) -> String {
        var parts: [String] = []
        if let nmi = alignment.nmi {
            parts.append(
                "NMI between communities and primary blocs over \(counted(alignment.primaryBlocs.count, "member")): \(TextFormatting.fixed(nmi, 3))")
        }
        if let together = alignment.coMembersTogether {
            parts.append(
                "co-members in the same community: \(TextFormatting.fixed(100 * together, 0)) % of \(counted(alignment.coMemberPairs, "pair"))")
        }
        return parts.isEmpty ? "" : parts.joined(separator: "; ")
    }

    func markdown() -> String {
        let cell = TextFormatting.markdownEscaped
        var lines = ["## " + headline, "", summary.replacingOccurrences(of: "\n", with: "  \n"), ""]
        lines.append("| # | size | firmness | internal | external | most central | members |")
        lines.append("|---:|---:|---:|---:|---:|---|---|")
        for c in communities {
            let members = c.members.map { cell($0.id) }.joined(separator: ", ")
            let numbers = [c.firmness, c.internalStrength, c.externalStrength].map { TextFormatting.fixed($0, 2) }
            lines.append(
                "| \(c.number) | \(c.size) | " + numbers.joined(separator: " | ")
                    + " | \(cell(c.mostCentral.id)) (\(cell(c.mostCentral.label))) | \(members) |")
        }
        guard let alignment = blocAlignment else { return lines.joined(separator: "\n") + "\n" }
        lines += ["", "### Declared blocs against the communities", ""]
        if alignment.blocs.isEmpty {
            lines.append("No member_of relations to a bloc or organization.")
        } else {
            lines.append("| bloc | name | members | clustered | community | holds | share | bloc's own community |")
            lines.append("|---|---|---:|---:|---:|---:|---:|---:|")
            for b in alignment.blocs {
                let cells = [
                    cell(b.id), cell(b.name), String(b.members.count), String(b.clusteredMembers.count),
                    b.community.map(String.init) ?? "–", String(b.held),
                    b.clusteredMembers.isEmpty ? "–" : TextFormatting.fixed(b.share, 2), b.ownCommunity.map(String.init) ?? "–",
                ]
                lines.append("| " + cells.joined(separator: " | ") + " |")
            }
            let summary = blocSummary(alignment)
            if !summary.isEmpty { lines += ["", summary + "."] }
            if !alignment.otherBlocs.isEmpty {
                let placed = alignment.otherBlocs.map { "\(cell($0.id)) → \($0.community.map(String.init) ?? "–")" }
                lines += ["", "Blocs and organizations without declared members, by community: " + placed.joined(separator: ", ") + "."]
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One row per clustered entity.
    func csv() -> String {
        var lines = [CSVText.record(["id", "label", "community", "community_size", "firmness", "inside_strength", "most_central"])]
        for c in communities {
            for member in c.members {
                lines.append(CSVText.record([
                    member.id, member.label, String(c.number), String(c.size), "\(c.firmness)", "\(member.insideStrength)",
                    member.id == c.mostCentral.id ? "true" : "false",
                ]))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
