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
    /// A relative URL of the network's explorer page (``ExplorerPage``), written beside the report;
    /// the report then links to it after the diagram. `nil`: no link.
    public var explorerLink: String?

    public init(
        selection: NetworkSelection = NetworkSelection(), focus: String? = nil, poles: [String]? = nil,
        years: [Int]? = nil, communities: CommunityOptions = CommunityOptions(), robustnessSamples: Int = 200,
        explorerLink: String? = nil
    ) {
        self.explorerLink = explorerLink
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
    /// Works on any network: a section that does not apply (no figures, no sources, no layers with
    /// a balance domain, no blocs, no balance without named poles) is left out, and the overview
    /// says why in one sentence each.
    /// - Throws: ``/RelationNetwork/AnalysisError`` for a bad selection, focus or poles; `RenderingError` when
    ///   Graphviz fails.
    public init(network: RelationNetwork, options: ReportOptions = ReportOptions()) throws {
        let input = try AnalysisGraph(network: network, selection: options.selection)
        guard let selected = input.network else { throw AnalysisError.emptySelection("no network") }
        var omitted: [String] = []
        let balance: BalanceAnalysis?
        if options.poles != nil {
            balance = try selected.balanceAnalysis(focus: options.focus, poles: options.poles, years: options.years)
        } else {
            do {
                balance = try selected.balanceAnalysis(focus: options.focus, poles: options.poles, years: options.years)
            } catch {
                if case .algorithm = error { balance = nil } else { throw error }
                omitted.append("The multi-vector balance is left out: \(error.description).")
            }
        }
        let focusID: String
        if let balance {
            focusID = balance.focus.id
        } else if let named = options.focus {
            do { focusID = try selected.resolveEntity(named).id } catch let error as SelectionError { throw AnalysisError.selection(error) }
        } else {
            guard let fallback = selected.defaultFocus() else { throw AnalysisError.emptySelection("the network has no entities") }
            focusID = fallback.id
        }
        guard let focus = selected.entity(withID: focusID) else { throw AnalysisError.notInSelection(focusID) }
        var builder = ReportBuilder(input: input, network: selected, focus: focus, balance: balance)
        builder.addOverview()
        try builder.addCentrality()
        if balance != nil { builder.addBalance() }
        try builder.addFigures()
        try builder.addDependencies(poles: balance?.poles.map(\.id) ?? selected.defaultPoles(for: focus.id))
        communities = try builder.addCommunities(options.communities)
        if selected.relations.contains(where: { !$0.citations.isEmpty }) {
            builder.addDisputes()
        } else {
            omitted.append("Where the sources disagree is left out: no relation cites a source.")
        }
        if !network.sources.isEmpty {
            try builder.addRobustness(unselected: network, samples: options.robustnessSamples)
        } else {
            omitted.append("How much rests on each source is left out: the network cites no sources.")
        }
        diagramSVG = try builder.addDiagram()
        if let link = options.explorerLink { builder.addExplorerLink(link) }
        builder.addOmissions(omitted)
        document = builder.document
        self.network = selected
        notes = input.notes
    }

    /// What the sources section says of a network without sources.
    static let noSourcesSentence = "The network cites no sources (uncurated data): its relations are as the file gives them."

    /// The report as one self-contained HTML page (inline CSS and SVG, no external assets).
    public func html() -> String { HTMLReportWriter(network: network).write(document) }

    /// The report as Markdown; the diagram is linked as `diagramFileName` (save ``diagramSVG``
    /// there), or left out when `nil`.
    public func markdown(diagramFileName: String?) -> String {
        MarkdownReportWriter(network: network, diagramFileName: diagramFileName).write(document)
    }
}
