import Foundation

/// One file of an export: where it goes and its text.
public struct ExportedFile: Sendable, Equatable {
    public var path: String
    public var contents: String

    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}

/// Reading and writing networks in the interchange formats (`InteropFormat`).
///
/// What each format keeps: the native YAML/JSON, GraphML, GEXF and node-link JSON keep everything
/// (converting to them and back gives an equal network); CSV keeps entities (id, kind, name,
/// aliases, dates, attributes) and relations (every field, citations and figures as JSON) but no
/// title, description, curated flag, source details, layer details or assessments; DOT import keeps
/// node and edge attributes only (see `GraphvizRendering.DOTImport`).
public enum NetworkInterop {
    /// The files that hold `network` in `format` at `path` (two for CSV: `NAME.nodes.csv` and
    /// `NAME.edges.csv`), computed in memory so a caller can write them all or none.
    /// Deterministic: the same network gives the same bytes.
    /// - Throws: `InteropError` for DOT (write it with the renderer) or text XML cannot hold.
    public static func export(_ network: RelationNetwork, as format: InteropFormat, to path: String) throws -> [ExportedFile] {
        switch format {
        case .yaml, .json:
            let native: NetworkFormat = format == .yaml ? .yaml : .json
            return [ExportedFile(path: path, contents: try network.encoded(as: native))]
        case .graphml:
            return [ExportedFile(path: path, contents: try GraphMLWriter.text(network.attributedGraph()))]
        case .gexf:
            return [ExportedFile(path: path, contents: try GEXFWriter.text(network.attributedGraph()))]
        case .nodelink:
            return [ExportedFile(path: path, contents: NodeLinkWriter.text(try network.attributedGraph()))]
        case .csv:
            let (nodesPath, edgesPath) = CSVGraph.paths(for: path)
            let (nodes, edges) = CSVGraph.tables(try network.attributedGraph())
            return [ExportedFile(path: nodesPath, contents: nodes), ExportedFile(path: edgesPath, contents: edges)]
        case .dot:
            throw InteropError("\(path): DOT is read only here; diagrams in DOT come from the renderer")
        }
    }

    /// The two files a CSV path stands for: `x.csv` → (`x.nodes.csv`, `x.edges.csv`).
    public static func csvPaths(for path: String) -> (nodes: String, edges: String) { CSVGraph.paths(for: path) }

    /// Reads a GraphML, GEXF, node-link JSON or CSV file as an attributed graph (no model rules yet).
    /// - Throws: `NetworkLoadError` located in `displayPath`; `InteropError` for other formats.
    public static func readGraph(path: String, format: InteropFormat, displayPath: String? = nil) throws -> AttributedGraph {
        let shown = displayPath ?? path
        if format == .csv { return try CSVGraph.read(path: path, displayPath: shown) }
        guard [.graphml, .gexf, .nodelink].contains(format) else {
            throw InteropError("\(shown): \(format.rawValue) files are not read as attributed graphs")
        }
        // GraphML and GEXF stream from the file through libxml2 (memory follows the graph).
        if format == .graphml { return try GraphMLReader(file: shown).read(path: path) }
        if format == .gexf { return try GEXFReader(file: shown).read(path: path) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw NetworkLoadError(diagnostics: [
                Diagnostic(.error, at: SourceLocation(file: shown, line: 1, column: 1), field: nil, "cannot read the file (missing or unreadable)")
            ])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw NetworkLoadError(diagnostics: [
                Diagnostic(.error, at: SourceLocation(file: shown, line: 1, column: 1), field: nil, "the file is not UTF-8 text")
            ])
        }
        var reader = NodeLinkReader(file: shown)
        return try reader.read(text)
    }

    /// Reads and validates a network from any format but DOT (native files through
    /// `NetworkDocument.load`, the others through `readGraph` and `NetworkDocument.importing`).
    /// - Returns: the document and its warnings.
    /// - Throws: `NetworkLoadError` with every located problem; `InteropError` for DOT.
    public static func read(
        path: String, format: InteropFormat, displayPath: String? = nil, options: GraphImportOptions = GraphImportOptions()
    ) throws -> (document: NetworkDocument, warnings: [Diagnostic]) {
        let shown = displayPath ?? path
        switch format {
        case .yaml, .json:
            return try NetworkDocument.load(path: path, displayPath: shown)
        case .dot:
            throw InteropError("\(shown): DOT files are read by GraphvizRendering's DOTImport")
        case .graphml, .gexf, .nodelink, .csv:
            let graph = try readGraph(path: path, format: format, displayPath: shown)
            return try NetworkDocument.importing(graph, file: shown, options: options)
        }
    }
}
