import RelationNetwork

extension ReportBuilder {
    /// What the sources quantify: every figure on the selected relations, each cited.
    mutating func addFigures() throws(AnalysisError) {
        let table = try network.figureTable()
        guard !table.figures.isEmpty else {
            omissions.append("What the sources quantify is left out: the network records no figures.")
            return
        }
        var rows = ReportTable(headers: ["tie", "what", "value", "period"], numeric: [2])
        for figure in table.figures {
            let value = (figure.qualifier.map { $0 + " " } ?? "") + String(format: "%g", figure.value) + (figure.unit.map { " " + $0 } ?? "")
            rows.rows.append([
                ReportCell("\(entityName(figure.from)) → \(entityName(figure.to)) (\(figure.layer))"),
                ReportCell(figure.measure, citations: [document.number(of: figure.citation)]), ReportCell(value),
                ReportCell(figure.period ?? "–"),
            ])
        }
        document.sections.append(ReportSection(
            id: "figures", title: "What the sources quantify",
            blocks: [.note("Every quantitative claim of the sources, on the tie it describes, with its citation."), .table(rows)]))
    }
}
