import ArgumentParser
import Foundation
import RelationNetwork

/// `diplograph validate`: reports every problem of a network file, each located.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a network file and report every problem as file:line:col.",
        discussion: """
            Checks ids, references, strengths, signs, dates and citations. With --sources-dir, every \
            citation's paragraph number and evidence phrase is checked against the source text.
            Exit status 0 when there are no errors (warnings allowed), 1 otherwise.
            """
    )

    @OptionGroup var graph: GraphOptions

    func run() throws {
        try reportingErrors {
            let (path, display) = try graph.resolvedPath()
            let (document, structural) = NetworkDocument.read(path: path, displayPath: display)
            var diagnostics = structural
            if let document {
                diagnostics += NetworkValidator(sourcesDirectory: graph.sourcesDirectory).validate(document)
            }
            diagnostics.sort { ($0.location, $0.message) < ($1.location, $1.message) }
            for diagnostic in diagnostics { print(diagnostic.description) }
            let errors = diagnostics.filter { $0.severity == .error }.count
            let warnings = counted(diagnostics.count - errors, "warning")
            if let network = document?.network, errors == 0 {
                let citations = network.relations.reduce(0) { $0 + $1.citations.count }
                let checked = graph.sourcesDirectory == nil ? "not checked against sources" : "checked against sources"
                print(
                    "\(display): valid — \(counted(network.entities.count, "entity", "entities")), "
                        + "\(counted(network.relations.count, "relation")), \(counted(citations, "citation")) "
                        + "(\(checked)), \(warnings)")
            } else {
                fflush(nil)
                throw CLIError("\(display): \(counted(errors, "error")), \(warnings)")
            }
        }
    }
}
