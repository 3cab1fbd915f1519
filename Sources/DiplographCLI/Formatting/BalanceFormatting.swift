import Foundation
import RelationNetwork

/// The human-readable forms of a balance analysis (JSON comes from the value itself).
extension BalanceAnalysis {
    private func number(_ value: Double?) -> String { value.map { String(format: "%.3f", $0) } ?? "–" }

    /// The balance per domain as rows: domain, each pole's strength, HHI, entropy.
    private func domainRows(_ report: BalanceReport) -> [[String]] {
        (report.domains + [report.overall]).map { d in
            [d.domain.rawValue] + d.strengths.map { String(format: "%.2f", $0) } + [number(d.herfindahl), number(d.normalizedEntropy)]
        }
    }

    func table() -> String {
        let poleIDs = poles.map(\.id)
        let alignments: [TextTable.Alignment] = [.left] + poleIDs.map { _ in .right } + [.right, .right]
        var text = "Multi-vector balance of \(focus.label) (\(focus.id)); poles: "
        text += poles.map { "\($0.id) = \($0.label)" }.joined(separator: ", ") + "\n\n"
        var current = TextTable(["domain"] + poleIDs + ["HHI", "entropy"], alignments: alignments)
        domainRows(balance).forEach { current.append($0) }
        text += current.rendered()
        if !timeline.isEmpty {
            text += "\nAll domains over time (tie strength; HHI, entropy)\n"
            var overTime = TextTable(["as of"] + poleIDs + ["HHI", "entropy"], alignments: alignments)
            for report in timeline {
                overTime.append(
                    [report.asOf ?? ""] + report.overall.strengths.map { String(format: "%.2f", $0) }
                        + [number(report.overall.herfindahl), number(report.overall.normalizedEntropy)])
            }
            text += overTime.rendered()
        }
        if !assessments.isEmpty {
            text += "\nWhat the sources claim, against the data\n"
            var claims = TextTable(["pole", "domain", "claim", "share", "data", "source ¶"], alignments: [.left, .left, .left, .right, .left, .left])
            for check in assessments {
                claims.append([
                    check.pole, check.domain.rawValue, check.level.rawValue, String(format: "%.2f", check.share),
                    check.agrees ? "agrees" : "differs", "\(check.citation.source) ¶\(check.citation.paragraph)",
                ])
            }
            text += claims.rendered()
        }
        if !figures.isEmpty {
            text += "\nWhat the sources quantify about these ties\n"
            for figure in figures { text += "  \(figure.from) → \(figure.to): \(figure.text) — \(figure.source) ¶\(figure.paragraph)\n" }
        }
        return text
    }

    func markdown() -> String {
        let names = poles.map(\.label)
        var text = "## Multi-vector balance of \(focus.label)\n\n"
        text += "| domain | " + names.joined(separator: " | ") + " | HHI | entropy |\n"
        text += "|---|" + names.map { _ in "---:|" }.joined() + "---:|---:|\n"
        for row in domainRows(balance) { text += "| " + row.joined(separator: " | ") + " |\n" }
        if !assessments.isEmpty {
            text += "\n| pole | domain | claim | share | data | source |\n|---|---|---|---:|---|---|\n"
            for check in assessments {
                text += "| \(check.pole) | \(check.domain) | \(check.level.rawValue) | \(String(format: "%.2f", check.share)) | "
                text += "\(check.agrees ? "agrees" : "differs") | \(check.citation.source) ¶\(check.citation.paragraph) |\n"
            }
        }
        return text
    }
}
