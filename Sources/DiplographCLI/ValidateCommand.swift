import ArgumentParser
import Foundation
import RelationNetwork

/// `diplograph validate`: reports every problem of a network file, each located.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a network file and report every problem as file:line:col.",
        discussion: """
            Checks ids, references, strengths, signs, dates, claims, routes and citations. With \
            --sources-dir, every citation's paragraph number and evidence phrase is checked against \
            the source text, and so is every phrase of the mention index (--mentions; by default \
            MENTIONS.yaml beside the graph when its 'graph' names the graph file). Disputes (sources that disagree about a relation) are listed: they are \
            not errors, the relation keeps every claim.
            Files in other formats (GraphML, GEXF, node-link JSON, CSV, DOT, edge lists) are checked \
            as every command reads them: the import rules, then the model's checks.
            Exit status 0 when there are no errors (warnings allowed), 1 otherwise.
            """
    )

    @OptionGroup var graph: GraphOptions
    @Option(help: "A mention index to check with --sources-dir (default: MENTIONS.yaml beside the graph, when it names it).")
    var mentions: String?
    @Option(help: DiagnosticsFormat.formatHelp) var format: DiagnosticsFormat = .text

    func run() throws {
        try reportingErrors {
            let (path, display) = try graph.resolvedPath()
            let fileFormat = try graph.format()
            guard fileFormat == .yaml || fileFormat == .json else {
                // Other formats: the import rules and the model's checks; errors are located.
                let network = try graph.loadNetwork()
                print(
                    "\(display): valid — \(counted(network.entities.count, "entity", "entities")), "
                        + "\(counted(network.relations.count, "relation")) (read as \(fileFormat.rawValue), "
                        + (network.isCurated ? "curated)" : "not curated)"))
                return
            }
            let report = NetworkDocument.validationReport(
                path: path, displayPath: display, sourcesDirectory: graph.sourcesDirectory,
                mentionIndex: try mentionIndex(graphPath: path))
            switch format {
            case .json: print(try ResultJSON.text(report), terminator: "")
            case .text:
                // Uncurated data: relations without a citation are one count, not one warning each.
                let uncited = report.diagnostics.filter { $0.severity == .warning && $0.message == GraphFile.uncitedMessage }
                for diagnostic in report.diagnostics where !(diagnostic.severity == .warning && diagnostic.message == GraphFile.uncitedMessage) {
                    print(diagnostic.description)
                }
                if !uncited.isEmpty {
                    print("note: \(counted(uncited.count, "relation")) \(uncited.count == 1 ? "has" : "have") no citation (uncurated data)")
                }
                if report.isValid {
                    let checked = report.checkedAgainstSources ? "checked against sources" : "not checked against sources"
                    print(
                        "\(display): valid — \(counted(report.entities, "entity", "entities")), "
                            + "\(counted(report.relations, "relation")), \(counted(report.citations, "citation")) "
                            + "(\(checked)), \(counted(report.warnings, "warning"))"
                            + (report.mentions > 0 ? "; \(counted(report.mentions, "mention")) in the mention index" : ""))
                    printDisputes(report.disputes)
                }
            }
            guard report.isValid else {
                fflush(nil)
                throw CLIError("\(display): \(counted(report.errors, "error")), \(counted(report.warnings, "warning"))")
            }
        }
    }
}

extension ValidateCommand {
    /// The mention index to check: `--mentions`, else `MENTIONS.yaml` beside the graph when it
    /// describes that graph; `nil` when there is none.
    func mentionIndex(graphPath: String) throws -> (index: MentionIndex, path: String)? {
        let candidate = mentions ?? URL(fileURLWithPath: graphPath).deletingLastPathComponent()
            .appendingPathComponent("MENTIONS.yaml").path
        guard FileManager.default.fileExists(atPath: candidate) || mentions != nil else { return nil }
        let index: MentionIndex
        do {
            index = try MentionIndex.load(path: candidate)
        } catch let error as NetworkLoadError {
            throw CLIError(located: error.description)
        }
        let graphName = URL(fileURLWithPath: graphPath).lastPathComponent
        guard mentions != nil || index.graph == nil || index.graph == graphName else { return nil }
        return (index, candidate)
    }
}

/// "3 disputes (sources disagree; every claim is kept):" and one line per dispute, on stdout.
func printDisputes(_ disputes: [Dispute]) {
    guard !disputes.isEmpty else { return }
    print("\(counted(disputes.count, "dispute")) (sources disagree; every claim is kept):")
    for dispute in disputes { print("  - " + dispute.summary) }
}
