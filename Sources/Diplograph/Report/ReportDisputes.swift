import RelationNetwork

extension ReportBuilder {
    /// Where the sources disagree: every dispute of the selected network, who says what, cited.
    mutating func addDisputes() {
        let disputes = network.disputes
        var blocks: [ReportBlock] = [
            .note(
                "Disagreement is kept, not merged away: each disputed tie is one relation (counted once in every "
                    + "analysis) that keeps every source's claim. A date selection keeps a tie when any source dates "
                    + "it to then; the strict reading keeps it only when all do.")
        ]
        guard !disputes.isEmpty else {
            blocks.append(.paragraph("The sources agree wherever they describe the same tie."))
            document.sections.append(ReportSection(id: "disputes", title: "Where the sources disagree", blocks: blocks))
            return
        }
        var table = ReportTable(headers: ["tie", "on", "who says what"])
        for dispute in disputes {
            let tie = "\(entityName(dispute.from)) → \(entityName(dispute.to)) (\(dispute.layer))"
            let positions = dispute.positions.map { position -> ReportCell in
                guard let claim = position.citation else { return ReportCell(position.says) }
                return ReportCell("\(claim.source): \(position.says)", citations: [document.number(of: claim)])
            }
            table.rows.append([ReportCell(tie), ReportCell(dispute.kind.rawValue.replacingOccurrences(of: "_", with: " "))]
                + [ReportCell(positions.map(\.text).joined(separator: "; "), citations: positions.flatMap(\.citations))])
        }
        blocks.append(.table(table))
        document.sections.append(ReportSection(id: "disputes", title: "Where the sources disagree", blocks: blocks))
    }
}
