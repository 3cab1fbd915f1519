// Report: the complete analytical report of a network as one self-contained HTML page (overview,
// centrality, the focus's balance and dependencies, communities against blocs, the diagram, and
// every source cited).
//
//   swift run report [GRAPH] [--output FILE.html]
//   the CLI: diplograph report [GRAPH] --output FILE.html
//
// GRAPH is a network file (default: the bundled curated graph); the page goes to FILE (default:
// diplograph-report.html in the temporary folder). Prints the path written.
import Diplograph
import Foundation

var arguments = Array(CommandLine.arguments.dropFirst())
var output = FileManager.default.temporaryDirectory.appendingPathComponent("diplograph-report.html").path
if let i = arguments.firstIndex(of: "--output"), i + 1 < arguments.count {
    output = arguments[i + 1]
    arguments.removeSubrange(i...(i + 1))
}
let graphPath = arguments.first ?? BundledGraphs.curatedGraphURL?.path ?? "Graphs/kazakhstan-multivector.yaml"

do {
    let network = try NetworkDocument.load(path: graphPath).document.network
    let report = try NetworkReport(network: network)
    try report.html().write(toFile: output, atomically: true, encoding: .utf8)
    let sections = report.document.sections.count
    print("wrote \(output): \(sections) sections, \(report.document.citations.count) citations")
} catch {
    FileHandle.standardError.write(Data("report: \(error)\n".utf8))
    exit(1)
}
