import Foundation
import GraphvizRendering
import RelationNetwork

/// What a report covers: the selection, the focus actor and the poles of its balance.
public struct ReportOptions: Sendable, Hashable {
    public var selection: NetworkSelection
    /// The focus: an id, name or alias; `nil` for ``/RelationNetwork/RelationNetwork/defaultFocus()``.
    public var focus: String?
    /// The balance's poles; `nil` for ``/RelationNetwork/RelationNetwork/defaultPoles(for:preferred:count:)``.
    public var poles: [String]?
    /// The balance timeline's years; `nil` for the years the focus's ties change.
    public var years: [Int]?
    /// How the report's communities are computed (the same defaults as every other analysis).
    public var communities: CommunityOptions
    /// Bootstrap resamples for the section on what rests on each source.
    public var robustnessSamples: Int

    public init(
        selection: NetworkSelection = NetworkSelection(), focus: String? = nil, poles: [String]? = nil,
        years: [Int]? = nil, communities: CommunityOptions = CommunityOptions(), robustnessSamples: Int = 200
    ) {
        self.robustnessSamples = robustnessSamples
        self.selection = selection
        self.focus = focus
        self.poles = poles
        self.years = years
        self.communities = communities
    }
}

/// The analytical report of a network: its content model, the communities it shows, the diagram,
/// and writers for HTML (one self-contained page) and Markdown.
public struct NetworkReport: Sendable {
    /// The report as structure: sections, tables with cited cells, the numbered citations.
    public let document: ReportDocument
    /// The communities the report (and its diagram) shows.
    public let communities: CommunityAnalysis
    /// The relation diagram as SVG text.
    public let diagramSVG: String
    /// The selected network the report describes.
    public let network: RelationNetwork
    /// What the selection's filters removed and why.
    public let notes: [SelectionNote]

    /// Builds the report: overview, centrality (all layers and per domain), the focus's balance,
    /// dependency paths and intermediaries, communities against the declared blocs, where the
    /// sources disagree, how much rests on each source (when the network has sources), the diagram.
    /// - Throws: ``/RelationNetwork/AnalysisError`` for a bad selection, focus or poles; `RenderingError` when
    ///   Graphviz fails.
    public init(network: RelationNetwork, options: ReportOptions = ReportOptions()) throws {
        let input = try AnalysisGraph(network: network, selection: options.selection)
        guard let selected = input.network else { throw AnalysisError.emptySelection("no network") }
        let balance = try selected.balanceAnalysis(focus: options.focus, poles: options.poles, years: options.years)
        guard let focus = selected.entity(withID: balance.focus.id) else {
            throw AnalysisError.notInSelection(balance.focus.id)
        }
        var builder = ReportBuilder(input: input, network: selected, focus: focus, balance: balance)
        builder.addOverview()
        try builder.addCentrality()
        builder.addBalance()
        try builder.addFigures()
        try builder.addDependencies(poles: balance.poles.map(\.id))
        communities = try builder.addCommunities(options.communities)
        builder.addDisputes()
        if !network.sources.isEmpty { try builder.addRobustness(unselected: network, samples: options.robustnessSamples) }
        diagramSVG = try builder.addDiagram()
        document = builder.document
        self.network = selected
        notes = input.notes
    }

    /// The report as one self-contained HTML page (inline CSS and SVG, no external assets).
    public func html() -> String { HTMLReportWriter(network: network).write(document) }

    /// The report as Markdown; the diagram is linked as `diagramFileName` (save ``diagramSVG``
    /// there), or left out when `nil`.
    public func markdown(diagramFileName: String?) -> String {
        MarkdownReportWriter(network: network, diagramFileName: diagramFileName).write(document)
    }
}
