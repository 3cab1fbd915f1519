import Foundation
import RelationNetwork

/// The human-readable forms of a dependency report (JSON comes from the value itself).
extension DependencyReport {
    func heading(layers: Set<LayerID>?) -> String {
        let node = self.node.label == self.node.id ? self.node.id : "\(self.node.label) (\(self.node.id))"
        return "\(node) reaches \(counted(reachable, "entity", "entities")) "
            + "(\(directed ? "directed" : "undirected"); layers: "
            + "\(layers?.sorted().map(\.rawValue).joined(separator: ", ") ?? "all"); distance \(distance.rawValue))"
    }

    /// The ids of the entities reachable only through `row` (ids keep the table narrow).
    private func unavoidableText(_ row: Intermediary) -> String {
        guard row.unavoidable else { return "—" }
        let names = row.unavoidableFor.prefix(2).joined(separator: ", ")
        return row.unavoidableFor.count > 2 ? "\(row.unavoidableFor.count): \(names), …" : names
    }

    private func withoutText(_ row: Intermediary) -> String {
        var parts: [String] = []
        if row.unavoidable { parts.append("\(row.without.cutOff) cut off") }
        if let mean = row.without.meanIncrease, let max = row.without.maxIncrease {
            parts.append("\(row.without.longer) longer +\(percent(mean)) (max +\(percent(max)))")
        }
        return parts.isEmpty ? "alternatives as short" : parts.joined(separator: ", ")
    }

    private func percent(_ value: Double) -> String {
        value.isFinite ? String(format: "%.0f%%", value * 100) : "∞"
    }

    func table(layers: Set<LayerID>?) -> String {
        let heading = heading(layers: layers)
        guard !intermediaries.isEmpty else {
            return heading + "\nNo intermediaries: every reachable entity is a direct neighbour.\n"
        }
        var table = TextTable(["id", "name", "share", "unavoidable for", "without it"], alignments: [.left, .left, .right, .left, .left])
        for row in intermediaries {
            table.append([row.id, String(row.label.prefix(24)), percent(row.share), unavoidableText(row), withoutText(row)])
        }
        return heading + "\n\n" + table.rendered()
    }

    func markdown(layers: Set<LayerID>?) -> String {
        var lines = [heading(layers: layers), "", "| id | name | share | unavoidable for | without it |", "|---|---|---:|---|---|"]
        for row in intermediaries {
            let cells = [row.id, row.label, percent(row.share), unavoidableText(row), withoutText(row)]
            lines.append("| " + cells.map(TextFormatting.markdownEscaped).joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
