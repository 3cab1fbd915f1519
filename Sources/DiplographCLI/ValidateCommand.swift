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
            the source text. Disputes (sources that disagree about a relation) are listed: they are \
            not errors, the relation keeps every claim.
            Exit status 0 when there are no errors (warnings allowed), 1 otherwise.
            """
    )

    @OptionGroup var graph: GraphOptions
    @Option(help: DiagnosticsFormat.formatHelp) var format: DiagnosticsFormat = .text

    func run() throws {
        try reportingErrors {
            let (path, display) = try graph.resolvedPath()
            let report = NetworkDocument.validationReport(
                path: path, displayPath: display, sourcesDirectory: graph.sourcesDirectory)
            switch format {
            case .json: print(try ResultJSON.text(report), terminator: "")
            case .text:
                for diagnostic in report.diagnostics { print(diagnostic.description) }
                if report.isValid {
                    let checked = report.checkedAgainstSources ? "checked against sources" : "not checked against sources"
                    print(
                        "\(display): valid — \(counted(report.entities, "entity", "entities")), "
                            + "\(counted(report.relations, "relation")), \(counted(report.citations, "citation")) "
                            + "(\(checked)), \(counted(report.warnings, "warning"))")
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

/// "3 disputes (sources disagree; every claim is kept):" and one line per dispute, on stdout.
func printDisputes(_ disputes: [Dispute]) {
    guard !disputes.isEmpty else { return }
    print("\(counted(disputes.count, "dispute")) (sources disagree; every claim is kept):")
    for dispute in disputes { print("  - " + dispute.summary) }
}
