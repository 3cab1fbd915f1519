import Foundation
import GraphAlgorithms
import GraphvizRendering
import RelationNetwork

extension ReportBuilder {
    /// The relation diagrams rendered through Graphviz's C API, legible at a page's width: an
    /// overview of the network without persons and events (laid out with neato, vertices coloured
    /// by community and sized by PageRank, one line per pair and direction), its legend as HTML,
    /// and a radial panel around the focus (its ego network, persons and events included). Returns
    /// the overview's SVG text.
    mutating func addDiagram() throws -> String {
        let pagerank = try VertexMeasure.pagerank.values(on: input)
        var options = DiagramOptions()
        options.sizes = Dictionary(uniqueKeysWithValues: zip(input.ids, pagerank))
        options.sizeCaption = "PageRank"
        if let communities {
            options.colorBy = .community
            options.communities = communities.communityOf
        }
        options.legend = false
        let present = Set(network.entities.map(\.kind))
        let omitted = present.intersection(DiagramOptions.kindsDrawnOnRequest)
        var overviewNetwork = network
        if !omitted.isEmpty {
            let kept = try network.selecting(NetworkSelection(kinds: present.subtracting(omitted))).network
            if !kept.entities.isEmpty { overviewNetwork = kept }
        }
        let overview = try Diagram(network: overviewNetwork, options: options)
        let svg = String(decoding: try overview.render(format: "svg"), as: UTF8.self)
        var blocks: [ReportBlock] = [
            .note("Vertices are coloured by community and sized by PageRank. The relations between two entities "
                + "are one line per direction: its width is their combined strength, one colour strand per layer; "
                + "tension is a red strand (red and dashed where it is the only relation). Hover over a line for every relation and its sources."
                + (omitted.isEmpty || overviewNetwork.entities.count == network.entities.count
                    ? "" : " Persons and events are left out here; they appear around \(focus.name) below.")),
        ]
        blocks += Self.legend(overview.legendEntries, communities: communities != nil)
        blocks.append(.svg(svg))
        let ego = try input.egoNetwork(of: focus.id, radius: 1)
        if ego.members.count > 1 {
            var around = options
            around.focus = Set(ego.members)
            around.center = focus.id
            around.emphasized = [focus.id]
            // Without PageRank sizes: the ring's labels keep one size and the drawing fits the page.
            around.sizes = nil
            // Larger type: the ring is sized by its vertex count, so the labels gain more than the drawing grows.
            var larger = DiagramStyle.standard
            larger.fontSize = 20
            let radial = try Diagram(network: network, options: around, style: larger)
            blocks.append(.subheading("Around \(focus.name)"))
            blocks.append(.note("\(focus.name) at the centre and its \(ego.members.count - 1) neighbours around it, "
                + "persons and events included."))
            blocks += Self.legend(radial.legendEntries, communities: communities != nil)
            blocks.append(.panel(String(decoding: try radial.render(format: "svg"), as: UTF8.self)))
        }
        document.sections.append(ReportSection(id: "diagram", title: "The relation diagram", blocks: blocks))
        return svg
    }

    /// The legend of a diagram: kinds (their shapes, with their fills unless vertices are coloured by
    /// community, when the shapes are named in a sentence instead of drawn as empty swatches) and
    /// layers (their lines).
    private static func legend(_ entries: LegendEntries, communities: Bool) -> [ReportBlock] {
        let layers = entries.layers.map { entry in
            ReportLegendItem(
                label: entry.id.rawValue + (entry.isDirected ? " →" : ""), color: entry.style.color,
                line: entry.style.lineStyle)
        }
        guard communities else {
            let kinds = entries.kinds.map { entry in
                ReportLegendItem(label: "\(entry.kind.rawValue) (\(entry.style.shape))", color: entry.style.fill, line: nil)
            }
            return [.legend(kinds + layers)]
        }
        let shapes = entries.kinds.map { "\($0.kind.rawValue) \($0.style.shape)" }.joined(separator: ", ")
        return [
            .note("Fill colours are the communities of “Which camps form”; shapes show kinds: \(shapes)."),
            .legend(layers),
        ]
    }
}
