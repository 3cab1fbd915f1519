import Foundation
import GraphAlgorithms
import GraphvizRendering
import RelationNetwork

extension ReportBuilder {
    /// The relation diagram rendered through Graphviz's C API: vertices coloured by community and
    /// sized by PageRank, edges styled by layer, citations in the tooltips. Returns the SVG text.
    mutating func addDiagram() throws -> String {
        let pagerank = try VertexMeasure.pagerank.values(on: input)
        var options = DiagramOptions()
        options.sizes = Dictionary(uniqueKeysWithValues: zip(input.ids, pagerank))
        options.sizeCaption = "PageRank"
        if let communities {
            options.colorBy = .community
            options.communities = communities.communityOf
        }
        options.title = "\(network.title ?? "Network") — \(selectionText)"
        let svg = String(decoding: try Diagram(network: network, options: options).render(format: "svg"), as: UTF8.self)
        document.sections.append(ReportSection(
            id: "diagram", title: "The relation diagram",
            blocks: [
                .note("Vertices are coloured by community and sized by PageRank; edges are coloured by layer, "
                    + "tension dashed, pen width by strength. Hover over an edge for its sources."),
                .svg(svg),
            ]))
        return svg
    }
}
