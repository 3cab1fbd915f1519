import GraphvizRendering

/// What an explorer page shows: its title and how its diagram is drawn.
public struct ExplorerOptions: Sendable, Equatable {
    /// The page title; `nil` for the network's title.
    public var title: String?
    /// How the diagram is laid out and styled. The page draws its own legend (with the layer
    /// switches) and title, and makes vertices open their details instead of following links, so
    /// `legend`, `title` and `linkPrefix` are ignored.
    public var diagram: DiagramOptions

    /// Options with the network's title and the renderer's defaults.
    ///
    /// - Parameters:
    ///   - title: The page title; `nil` for the network's title.
    ///   - diagram: The diagram's layout and style options.
    public init(title: String? = nil, diagram: DiagramOptions = DiagramOptions()) {
        self.title = title
        self.diagram = diagram
    }
}
