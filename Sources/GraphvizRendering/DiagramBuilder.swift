import CGraphviz
import Foundation
import RelationNetwork

/// Builds the cgraph graph of a diagram: styles per kind, layer and strength, clusters, legend,
/// title and highlights. Every attribute goes through `agsafeset` with escaped text.
struct DiagramBuilder {
    let content: DiagramContent
    let options: DiagramOptions
    let style: DiagramStyle
    let engine: String
    let showsLabels: Bool

    /// Builds the graph; the caller closes it.
    func build(in session: GraphvizSession) throws -> CGraph {
        let graph = try CGraph(name: "diplograph", session: session)
        do {
            try populate(graph)
        } catch {
            graph.close()
            throw error
        }
        return graph
    }

    private func populate(_ graph: CGraph) throws {
        let root = UnsafeMutableRawPointer(graph.root)
        let layerStyles = style.layerStyles(content.layers)
        try setGraphAttributes(graph, root, layerStyles: layerStyles)
        let highlight = Highlight(content: content, options: options)
        let sizes = SizeScale(options.sizes)

        // Vertices in the order `agwrite` writes them (cluster members first), so that the DOT read
        // back gives the same layout as the graph built here.
        let clusters = options.clusters ? content.blocClusters() : []
        var wanted = clusters.flatMap(\.members)
        var inCluster = Set(wanted)
        for v in content.vertices.indices where inCluster.insert(v).inserted { wanted.append(v) }
        let creationOrder = WriteOrder.stable(
            initial: wanted, clustered: clusters.reduce(0) { $0 + $1.members.count },
            edges: content.edges.map { ($0.from, $0.to) })
        var nodes = [UnsafeMutablePointer<Agnode_t>?](repeating: nil, count: content.vertices.count)
        for (index, cluster) in clusters.enumerated() {
            let sub = try graph.subgraph("cluster_\(index)")
            let subObject = UnsafeMutableRawPointer(sub)
            try graph.set(subObject, "label", AttributeText.label(content.vertices[cluster.bloc].label))
            try graph.set(subObject, "style", "rounded,dashed")
            try graph.set(subObject, "color", "#b0b0b0")
            try graph.set(subObject, "fontcolor", "#606060")
            for v in cluster.members { nodes[v] = try graph.node("n\(v)", in: sub) }
        }
        for v in creationOrder where nodes[v] == nil {
            nodes[v] = try graph.node("n\(v)")
        }
        for v in creationOrder {
            guard let node = nodes[v] else { continue }
            try styleVertex(v, node, graph, highlight: highlight, sizes: sizes)
        }
        // Edges grouped by tail in vertex creation order (as `agwrite` writes them), file order within.
        var rank = [Int](repeating: 0, count: content.vertices.count)
        for (position, v) in creationOrder.enumerated() { rank[v] = position }
        let order = content.edges.indices.sorted { a, b in
            let (x, y) = (rank[content.edges[a].from], rank[content.edges[b].from])
            return x != y ? x < y : a < b
        }
        let reference = max(1, content.edges.map(\.strength).max() ?? 1)
        for index in order {
            let edge = content.edges[index]
            guard let tail = nodes[edge.from], let head = nodes[edge.to] else { continue }
            let object = UnsafeMutableRawPointer(try graph.edge(from: tail, to: head, name: "r\(index)"))
            let looks: [DiagramStyle.LayerStyle]
            if edge.isSigned {
                // A signed layer's own style, else the tension style (tension in an unsigned layer).
                let signedLayer = edge.layers.first { id in content.layers.contains { $0.id == id && $0.isSigned } }
                looks = [signedLayer.flatMap { layerStyles[$0] } ?? layerStyles[.tension] ?? style.signedLayer]
            } else if edge.layers.isEmpty {
                looks = [style.otherLayerStyle]
            } else {
                // A tie that also carries tension gets one solid red strand beside its layers' strands.
                let tension = edge.carriesTension ? [DiagramStyle.LayerStyle(color: (layerStyles[.tension] ?? style.signedLayer).color)] : []
                looks = edge.strandLayers.map { layerStyles[$0] ?? style.otherLayerStyle } + tension
            }
            let onPath = highlight.isOnPath(edge)
            let dimmed = highlight.isActive && !onPath && !highlight.isHighlighted(edge)
            let low = style.penWidthRange.lowerBound
            let width = low + (style.penWidthRange.upperBound - low) * min(edge.strength / reference, 1)
            // One strand per layer (a Graphviz colour list draws them side by side), together about `width` wide.
            let colors = looks.map { dimmed ? Self.faded($0.color, alpha: "40") : $0.color }
            try graph.set(object, "color", colors.joined(separator: ":"))
            let lineStyles = Set(looks.map(\.lineStyle))
            try graph.set(object, "style", lineStyles.count == 1 ? looks[0].lineStyle : "solid")
            let strand = max(width / Double(looks.count), 1)
            try graph.set(object, "penwidth", Self.number(onPath ? strand + 2.5 : strand))
            try graph.set(object, "arrowsize", "0.7")
            if !edge.isDirected { try graph.set(object, "dir", "none") }
            try graph.set(object, "tooltip", AttributeText.tooltip(edge.tooltip))
            try graph.set(object, "id", edge.elementID)
        }
        if let center = options.center, let v = content.vertices.firstIndex(where: { $0.id == center }),
            engine == "twopi"
        {
            try graph.set(root, "root", "n\(v)")
        }
    }

    private func setGraphAttributes(
        _ graph: CGraph, _ root: UnsafeMutableRawPointer, layerStyles: [LayerID: DiagramStyle.LayerStyle]
    ) throws {
        try graph.set(root, "layout", engine)
        try graph.set(root, "fontname", style.fontName)
        try graph.set(root, "bgcolor", "white")
        try graph.set(root, "outputorder", "edgesfirst")
        try graph.set(root, "pad", "0.3")
        if engine == "dot" {
            try graph.set(root, "rankdir", "LR")
            try graph.set(root, "nodesep", "0.25")
            try graph.set(root, "ranksep", "1.1")
        } else {
            if engine == "twopi" {
                // Rings wide enough for their vertices (about 1.4 inches each, as if all sat on the
                // first ring), and overlap removal at that scale (`overlap_scaling=0`): prism's
                // default rescaling would squeeze the ring's vertices together on one side.
                let ring = max(1.2, Double(content.vertices.count) * 1.4 / (2 * Double.pi))
                try graph.set(root, "ranksep", Self.number(ring))
                try graph.set(root, "overlap", "prism")
                try graph.set(root, "overlap_scaling", "0")
            } else {
                try graph.set(root, "overlap", engine == "sfdp" ? "prism" : "false")
            }
            // Polylines routed around the vertices. Graphviz 2.4x's `true` (spline) router gives
            // another drawing on about every second run after overlap removal, and `curved` leaks
            // and can crash; polylines are the same on every run.
            try graph.set(root, "splines", showsLabels ? "polyline" : "false")
            try graph.set(root, "sep", "+6")
            // A fixed seed: the same diagram every run, and the same from the written DOT.
            try graph.set(root, "start", "1")
        }
        let hasLegend = options.legend && !(content.layers.isEmpty && content.kinds.isEmpty)
        let title = options.title ?? ""
        if hasLegend {
            // The title and legend form the graph's label, a block above the drawing: never over a vertex.
            try graph.setHTML(
                root, "label", Legend.html(content: content, style: style, layerStyles: layerStyles, options: options))
        } else if !title.isEmpty {
            try graph.set(root, "label", AttributeText.label(title))
            try graph.set(root, "fontsize", Self.number(style.fontSize + 7))
        }
        if hasLegend || !title.isEmpty {
            try graph.set(root, "labelloc", "t")
            try graph.set(root, "labeljust", "l")
        }
    }

    private func styleVertex(
        _ v: Int, _ node: UnsafeMutablePointer<Agnode_t>, _ graph: CGraph, highlight: Highlight, sizes: SizeScale
    ) throws {
        let vertex = content.vertices[v]
        let object = UnsafeMutableRawPointer(node)
        let look = style.style(ofKind: vertex.kind)
        var fill: String
        switch options.colorBy {
        case .kind: fill = look.fill
        case .layer: fill = "#ffffff"
        case .community:
            if let c = options.communities?[vertex.id], !style.communityPalette.isEmpty {
                fill = style.communityPalette[((c % style.communityPalette.count) + style.communityPalette.count) % style.communityPalette.count]
            } else {
                fill = "#ffffff"
            }
        }
        let dimmed = highlight.isActive && !highlight.isHighlighted(vertex: v)
        if dimmed { fill = Self.faded(fill, alpha: "55") }
        let scale = sizes.scale(of: vertex.id)
        let svgID = Diagram.elementID(ofEntity: vertex.id)
        if showsLabels {
            try graph.set(object, "label", AttributeText.label(Self.wrapped(vertex.label, width: options.labelWidth)))
            try graph.set(object, "shape", look.shape)
            try graph.set(object, "fontname", style.fontName)
            try graph.set(object, "fontsize", Self.number(style.fontSize * (1 + 0.8 * (scale ?? 0))))
            try graph.set(object, "margin", "0.08,0.03")
            if let scale {
                try graph.set(object, "width", Self.number(0.6 + 1.4 * scale))
                try graph.set(object, "height", Self.number(0.35 + 0.65 * scale))
            } else {
                try graph.set(object, "height", "0.35")
            }
            if dimmed { try graph.set(object, "fontcolor", "#888888") }
        } else {
            try graph.set(object, "label", "")
            try graph.set(object, "shape", "point")
            try graph.set(object, "width", Self.number(0.06 + 0.2 * (scale ?? 0)))
        }
        try graph.set(object, "style", ["filled", look.extraStyle].compactMap { $0 }.joined(separator: ","))
        try graph.set(object, "fillcolor", fill)
        if highlight.isHighlighted(vertex: v), highlight.isActive {
            try graph.set(object, "color", style.highlightColor)
            try graph.set(object, "penwidth", "3")
        } else {
            try graph.set(object, "color", dimmed ? "#c8c8c8" : "#555555")
        }
        if options.emphasized.contains(vertex.id) {
            try graph.set(object, "peripheries", "2")
        }
        try graph.set(object, "tooltip", AttributeText.tooltip(vertex.tooltip))
        try graph.set(object, "id", svgID)
        let link = options.linkPrefix.map { AttributeText.url($0) + AttributeText.identifier(vertex.id) } ?? "#" + svgID
        try graph.set(object, "URL", link)
    }

    /// `#rrggbb` with an alpha channel added (other colour forms unchanged).
    static func faded(_ color: String, alpha: String) -> String {
        color.count == 7 && color.hasPrefix("#") ? color + alpha : color
    }

    /// `text` with spaces turned into line breaks so that lines hold about `width` characters
    /// (a longer word keeps its own line); lines no longer than `width` and existing line breaks
    /// stay as they are, and no character but a space is changed.
    static func wrapped(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.count > width else { return String(line) }
            var lines: [String] = []
            var current: String?
            for word in line.split(separator: " ", omittingEmptySubsequences: false) {
                if let text = current, !text.isEmpty, text.count + 1 + word.count > width {
                    lines.append(text)
                    current = String(word)
                } else {
                    current = current.map { $0 + " " + word } ?? String(word)
                }
            }
            if let current { lines.append(current) }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }

    /// A number with at most two decimals, as Graphviz reads it.
    static func number(_ value: Double) -> String {
        String(format: "%.2f", value)
    }
}

/// Which vertices and edges a path or community highlight marks.
struct Highlight {
    private var vertices: Set<Int> = []
    private var pathPairs: Set<[Int]> = []
    /// Whether anything is highlighted (then the rest is dimmed).
    let isActive: Bool

    init(content: DiagramContent, options: DiagramOptions) {
        var position: [String: Int] = [:]
        for (i, vertex) in content.vertices.enumerated() where position[vertex.id] == nil { position[vertex.id] = i }
        let path = options.highlightPath.compactMap { position[$0] }
        vertices.formUnion(path)
        for (a, b) in zip(path, path.dropFirst()) { pathPairs.insert([min(a, b), max(a, b)]) }
        if let community = options.highlightCommunity, let communities = options.communities {
            for (i, vertex) in content.vertices.enumerated() where communities[vertex.id] == community {
                vertices.insert(i)
            }
        }
        isActive = !vertices.isEmpty
    }

    func isHighlighted(vertex v: Int) -> Bool { vertices.contains(v) }

    func isOnPath(_ edge: DiagramContent.Edge) -> Bool {
        pathPairs.contains([min(edge.from, edge.to), max(edge.from, edge.to)])
    }

    /// An edge inside the highlighted community (or on the path).
    func isHighlighted(_ edge: DiagramContent.Edge) -> Bool {
        pathPairs.isEmpty ? vertices.contains(edge.from) && vertices.contains(edge.to) : isOnPath(edge)
    }
}

/// Min–max scaling of per-vertex size values to [0, 1].
struct SizeScale {
    private let values: [String: Double]
    private let low: Double
    private let span: Double

    init(_ values: [String: Double]?) {
        let finite = (values ?? [:]).filter { $0.value.isFinite }
        self.values = finite
        low = finite.values.min() ?? 0
        span = (finite.values.max() ?? 0) - low
    }

    /// The scaled size of `id`, or `nil` when no size is given for it.
    func scale(of id: String) -> Double? {
        guard let value = values[id] else { return nil }
        return span > 0 ? (value - low) / span : 0.5
    }
}
