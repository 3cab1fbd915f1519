extension ReportBuilder {
    /// A section that links to the network's explorer page (`url`, relative to the report).
    mutating func addExplorerLink(_ url: String) {
        document.sections.append(ReportSection(
            id: "explorer", title: "Explore the network",
            blocks: [
                .link(text: "Open the interactive explorer", url: url),
                .note("One page beside this report, working offline: click an entity for its relations with their "
                    + "layers, strengths, dates, disputes and citations; switch layers; pick a date; search by name or alias."),
            ]))
    }
}
