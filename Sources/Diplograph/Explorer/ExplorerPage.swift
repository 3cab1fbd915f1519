import Foundation
import GraphvizRendering
import RelationNetwork

/// An interactive page for exploring a sourced network: one self-contained HTML file (inline SVG
/// laid out by Graphviz, inline CSS and script, no request of any kind) where clicking an entity
/// lists its relations with their layers, strengths, dates, disputes and citations; checkboxes show
/// and hide layers; a date control keeps the ties valid on a day; a search box finds an entity by
/// name or alias.
///
/// The page's elements are stable for scripts and tests: each entity's group has
/// `data-entity="ID"`; each drawn tie has `data-layer` (its layers, space-separated) and, when
/// dated, `data-since`/`data-until` (ISO days: the first day its relations start, the last day they
/// end); the layer switches are `input[type=checkbox][data-layer=ID]`, the date control `#as-of`,
/// the search box `#search` and the details panel `#details`.
///
/// ```swift
/// let page = try ExplorerPage(network: network)
/// try page.html.write(toFile: "explorer.html", atomically: true, encoding: .utf8)
/// ```
public struct ExplorerPage: Sendable {
    /// The page as HTML text.
    public let html: String
    /// What the diagram's automatic choices did (engine, labels), for the user.
    public let notices: [String]

    /// Lays out `network` (select first to explore a part of it) and builds the page.
    ///
    /// - Parameters:
    ///   - network: The network to explore; every entity and relation is drawn.
    ///   - options: The page title and the diagram's layout options.
    /// - Throws: `RenderingError` when Graphviz cannot lay out or render the diagram (or an
    ///   option names an unknown engine or entity); `EncodingError` when a number in the network
    ///   is not finite.
    public init(network: RelationNetwork, options: ExplorerOptions = ExplorerOptions()) throws {
        var diagramOptions = options.diagram
        diagramOptions.legend = false
        diagramOptions.title = nil
        diagramOptions.linkPrefix = nil
        let diagram = try Diagram(network: network, options: diagramOptions)
        let svg = String(decoding: try diagram.render(format: "svg"), as: UTF8.self)
        let ties = ExplorerTie.ties(of: diagram, network: network)
        var attributes: [String: [(name: String, value: String)]] = [:]
        for entity in network.entities {
            attributes[Diagram.elementID(ofEntity: entity.id)] = [
                ("data-entity", entity.id), ("tabindex", "0"), ("role", "button"),
                ("aria-label", "\(entity.name) (\(entity.kind)): show relations"),
            ]
        }
        for (index, tie) in ties.enumerated() {
            attributes[tie.element] = tie.attributes(index: index, network: network)
        }
        let title = options.title ?? network.title ?? "Relation network"
        let data = ExplorerData(network: network, title: title, diagram: diagram, ties: ties)
        html = ExplorerTemplate(data: data, network: network, kinds: diagram.legendEntries.kinds).page(
            svg: ExplorerSVG.annotated(svg, attributes: attributes), json: try data.scriptJSON())
        notices = diagram.notices
    }
}
