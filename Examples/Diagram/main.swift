// Diagram: the network drawn by Graphviz as SVG, entities filled by community (shapes show kinds,
// line colours layers, widths strengths; tooltips list each relation's citations).
//
//   swift run diagram [GRAPH] [--output FILE.svg]
//   the CLI: diplograph render [GRAPH] --color-by community --output FILE.svg
//
// GRAPH is a network file (default: the bundled curated graph); the SVG goes to FILE (default:
// diplograph-diagram.svg in the temporary folder). Prints the path written.
import Diplograph
import Foundation

var arguments = Array(CommandLine.arguments.dropFirst())
var output = FileManager.default.temporaryDirectory.appendingPathComponent("diplograph-diagram.svg").path
if let i = arguments.firstIndex(of: "--output"), i + 1 < arguments.count {
    output = arguments[i + 1]
    arguments.removeSubrange(i...(i + 1))
}
let graphPath = arguments.first ?? BundledGraphs.curatedGraphURL?.path ?? "Graphs/kazakhstan-multivector.yaml"

do {
    let network = try NetworkDocument.load(path: graphPath).document.network
    var options = DiagramOptions()
    options.colorBy = .community
    options.communities = try AnalysisGraph(network: network).communities().communityOf
    options.title = network.title
    let diagram = try Diagram(network: network, options: options)
    try diagram.render(format: "svg").write(to: URL(fileURLWithPath: output))
    print("wrote \(output): \(diagram.vertexCount) entities, \(diagram.edgeCount) relations")
} catch {
    FileHandle.standardError.write(Data("diagram: \(error)\n".utf8))
    exit(1)
}
