import Foundation
import GraphAlgorithms

/// The formats a graph file may be in, for every command that reads one.
public enum GraphFileFormat: String, Sendable, CaseIterable {
    /// The native schema in YAML.
    case yaml
    /// The native schema in JSON.
    case json
    /// GraphML (NetworkX, igraph, yEd).
    case graphml
    /// GEXF (Gephi).
    case gexf
    /// NetworkX/D3 node-link JSON.
    case nodelink
    /// CSV node and edge tables (`NAME.nodes.csv`, `NAME.edges.csv`, or one edge table with more
    /// columns than `source,target,weight`).
    case csv
    /// A plain edge list: `source target [weight]` lines, or a `source,target[,weight]` CSV file.
    case edgelist
    /// Graphviz DOT (read by `GraphvizRendering.DOTImport`).
    case dot

    /// The interchange format that reads it (`nil` for plain edge lists).
    public var interopFormat: InteropFormat? {
        switch self {
        case .yaml: .yaml
        case .json: .json
        case .graphml: .graphml
        case .gexf: .gexf
        case .nodelink: .nodelink
        case .csv: .csv
        case .dot: .dot
        case .edgelist: nil
        }
    }
}

/// What the weights of a file from another tool mean.
public enum WeightMeaning: String, Sendable, CaseIterable {
    /// Larger is a stronger tie (the default): a weight is a strength.
    case strength
    /// Weights are lengths: the strength of a tie is the inverse of its weight.
    case distance
}

/// A graph file as read: a relation network, or a plain named graph (edge lists, the fast path).
public enum LoadedGraph: Sendable {
    case network(RelationNetwork)
    case plain(NamedGraph)
}

/// The result of ``GraphFile/load(path:displayPath:options:readDOT:)``: the graph, the warnings
/// to show (each located) and notes summarising what would otherwise be one warning per item.
public struct GraphFileContents: Sendable {
    public var graph: LoadedGraph
    public var format: GraphFileFormat
    public var warnings: [Diagnostic]
    public var notes: [String]
}

/// How ``GraphFile`` reads a file.
public struct GraphLoadOptions: Sendable {
    /// The format; `nil` to detect it from the extension and the content.
    public var format: GraphFileFormat?
    /// How foreign graphs become networks (weights, default kind and layer).
    public var importOptions: GraphImportOptions
    /// Edge lists: follow edges from source to target only.
    public var directed: Bool
    /// Edge lists: how repeated edges between a pair combine.
    public var parallelEdges: ParallelEdgeRule
    /// Native files: the folder with the cited source texts.
    public var sourcesDirectory: String?

    public init(
        format: GraphFileFormat? = nil, importOptions: GraphImportOptions = GraphImportOptions(), directed: Bool = false,
        parallelEdges: ParallelEdgeRule = .sum, sourcesDirectory: String? = nil
    ) {
        self.format = format
        self.importOptions = importOptions
        self.directed = directed
        self.parallelEdges = parallelEdges
        self.sourcesDirectory = sourcesDirectory
    }
}

/// One loader for every format: detects the format (extension and content, or an override) and
/// reads the file as a relation network or, for plain edge lists, as a named graph.
public enum GraphFile {
    /// The message the validator gives each relation without a citation (a warning in uncurated
    /// networks, which loaders show as one count).
    public static let uncitedMessage = "relation has no citation"

    /// The format of `path`: `override` when given; else the extension, checked against the
    /// content where extensions are shared (`.json`: native or node-link; `.csv`: tables or a
    /// `source,target[,weight]` edge list); else the content (`<graphml`, `<gexf`, `"nodes"` and
    /// `"links"`, `schema: diplograph/1`, `digraph {`/`graph {`); else a plain edge list.
    /// - Complexity: reads at most the first 4 KiB of the file.
    public static func format(of path: String, override: GraphFileFormat? = nil) -> GraphFileFormat {
        if let override { return override }
        let head = prefix(of: path)
        let lowered = path.lowercased()
        if lowered.hasSuffix(".nodes.csv") || lowered.hasSuffix(".edges.csv") { return .csv }
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "yaml", "yml": return .yaml
        case "graphml": return .graphml
        case "gexf": return .gexf
        case "dot", "gv": return .dot
        case "json": return sniffed(head) == .nodelink || lowered.hasSuffix(".nodelink.json") ? .nodelink : .json
        case "csv":
            let companions = NetworkInterop.csvPaths(for: path)
            if FileManager.default.fileExists(atPath: companions.nodes) || FileManager.default.fileExists(atPath: companions.edges) {
                return .csv
            }
            return isEdgeListHeader(head) ? .edgelist : .csv
        default: return sniffed(head) ?? .edgelist
        }
    }

    /// Reads `path` in its format (see ``format(of:override:)``).
    ///
    /// Native and foreign networks are validated; a non-curated network's relations without
    /// citations become one note (a count), not one warning each. Plain edge lists stay plain
    /// graphs (weights are strengths, or lengths with ``WeightMeaning/distance``: their inverse
    /// is used) unless a weight is negative (a tension: the file is read as a network). A zero
    /// weight is a located error.
    /// - Parameters:
    ///   - path: the file to read.
    ///   - displayPath: the name used in diagnostics (defaults to `path`).
    ///   - options: the format override, weight meaning and import options.
    ///   - readDOT: reads DOT files (DOT lives in GraphvizRendering); `nil` makes DOT an error.
    /// - Throws: `NetworkLoadError` (located), `InteropError`.
    public static func load(
        path: String, displayPath: String? = nil, options: GraphLoadOptions = GraphLoadOptions(),
        readDOT: ((String, String, GraphImportOptions) throws -> (document: NetworkDocument, warnings: [Diagnostic]))? = nil
    ) throws -> GraphFileContents {
        let shown = displayPath ?? path
        let format = format(of: path, override: options.format)
        let loaded: (document: NetworkDocument, warnings: [Diagnostic])
        switch format {
        case .yaml, .json:
            loaded = try NetworkDocument.load(path: path, displayPath: shown, sourcesDirectory: options.sourcesDirectory)
        case .graphml, .gexf, .nodelink, .csv:
            loaded = try NetworkInterop.read(path: path, format: format.interopFormat!, displayPath: shown, options: options.importOptions)
        case .dot:
            guard let readDOT else { throw InteropError("\(shown): DOT files are read by GraphvizRendering's DOTImport") }
            loaded = try readDOT(path, shown, options.importOptions)
        case .edgelist:
            return try loadEdgeList(path: path, shown: shown, options: options)
        }
        return contents(.network(loaded.document.network), format: format, warnings: loaded.warnings)
    }

    /// The warnings with the per-relation "no citation" warnings replaced by one note.
    static func contents(_ graph: LoadedGraph, format: GraphFileFormat, warnings: [Diagnostic]) -> GraphFileContents {
        let uncited = warnings.filter { $0.message == uncitedMessage }.count
        var notes: [String] = []
        if uncited > 0 {
            notes.append("\(uncited) relation\(uncited == 1 ? " has" : "s have") no citation (uncurated data)")
        }
        return GraphFileContents(
            graph: graph, format: format, warnings: warnings.filter { $0.message != uncitedMessage }, notes: notes)
    }

    private static func loadEdgeList(path: String, shown: String, options: GraphLoadOptions) throws -> GraphFileContents {
        let csv = URL(fileURLWithPath: path).pathExtension.lowercased() == "csv"
        let named: NamedGraph
        do {
            named = try NamedGraph(
                contentsOfFile: path,
                options: EdgeListOptions(
                    format: csv ? .csv : .whitespaceSeparated, directed: options.directed, parallelEdges: options.parallelEdges))
        } catch {
            let location = SourceLocation(file: shown, line: error.line ?? 1, column: error.column ?? 1)
            throw NetworkLoadError(diagnostics: [Diagnostic(.error, at: location, field: nil, error.message)])
        }
        if let bad = named.graph.firstInvalidWeight(.positiveFinite) {
            if bad.weight == 0 || !bad.weight.isFinite {
                throw NetworkLoadError(diagnostics: [zeroWeight(path: path, shown: shown, csv: csv)])
            }
            // A negative weight is a tension: read the edge list as a network, which keeps signs.
            let (document, warnings) = try NetworkDocument.importing(
                attributedGraph(named, file: shown), file: shown, options: options.importOptions)
            return contents(.network(document.network), format: .edgelist, warnings: warnings)
        }
        guard options.importOptions.weights == .distance else {
            return GraphFileContents(graph: .plain(named), format: .edgelist, warnings: [], notes: [])
        }
        // Lengths of parallel edges cannot be inverted after they are merged: read such a file
        // edge by edge as a network (each length inverted, then strengths combined as asked).
        let counted = try? NamedGraph(
            contentsOfFile: path,
            options: EdgeListOptions(format: csv ? .csv : .whitespaceSeparated, directed: options.directed, parallelEdges: .count))
        if let counted, counted.graph.outWeights.contains(where: { $0 > 1 }) {
            var graph = AttributedGraph(isDirected: options.directed, location: SourceLocation(file: shown, line: 1, column: 1))
            graph.nodes = named.names.map { AttributedGraph.Node(id: $0) }
            graph.edges = rawEdges(path: path, shown: shown, csv: csv).map { edge in
                AttributedGraph.Edge(
                    source: edge.source, target: edge.target,
                    attributes: [AttributedGraph.Attribute("weight", .double(edge.weight), at: edge.location)],
                    location: edge.location)
            }
            let (document, warnings) = try NetworkDocument.importing(graph, file: shown, options: options.importOptions)
            return contents(.network(document.network), format: .edgelist, warnings: warnings)
        }
        return GraphFileContents(
            graph: .plain(NamedGraph(graph: named.graph.mappingWeights { 1 / $0 }, names: named.names)),
            format: .edgelist, warnings: [], notes: [])
    }

    /// A plain graph as an attributed graph (vertices become nodes; each edge keeps its weight),
    /// the bridge to ``NetworkDocument/importing(_:file:options:)`` for commands that need a network.
    public static func attributedGraph(_ named: NamedGraph, file: String) -> AttributedGraph {
        let graph = named.graph
        var result = AttributedGraph(isDirected: graph.isDirected, location: SourceLocation(file: file, line: 1, column: 1))
        result.nodes = named.names.map { AttributedGraph.Node(id: $0) }
        for u in 0..<graph.vertexCount {
            for e in graph.outOffsets[u]..<graph.outOffsets[u + 1] {
                let v = Int(graph.outNeighbors[e])
                guard graph.isDirected || u <= v else { continue }
                result.edges.append(AttributedGraph.Edge(
                    id: nil, source: named.names[u], target: named.names[v],
                    attributes: [AttributedGraph.Attribute("weight", .double(graph.outWeights[e]))]))
            }
        }
        return result
    }

    /// The plain graph `named` as a non-curated network: vertices become entities, edges relations
    /// of one layer (weights as ``GraphImportOptions`` reads them).
    public static func network(
        _ named: NamedGraph, file: String, options: GraphImportOptions = GraphImportOptions()
    ) throws -> GraphFileContents {
        var strengths = options
        strengths.weights = .strength  // the plain graph's weights are strengths already
        let (document, warnings) = try NetworkDocument.importing(attributedGraph(named, file: file), file: file, options: strengths)
        return contents(.network(document.network), format: .edgelist, warnings: warnings)
    }

    /// The edges of an edge list one by one, with where each weight is (a simple reading for the
    /// rare cases the fast loader's merged graph cannot answer: locating a bad weight, inverting
    /// the lengths of parallel edges). Quotes around CSV fields are dropped; comments (`#`) skipped.
    private static func rawEdges(
        path: String, shown: String, csv: Bool
    ) -> [(source: String, target: String, weight: Double, text: String, location: SourceLocation)] {
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        var edges: [(source: String, target: String, weight: Double, text: String, location: SourceLocation)] = []
        let unquoted = CharacterSet.whitespaces.union(CharacterSet(charactersIn: "\"\r"))
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if csv && index == 0 { continue }
            let trimmed = csv ? line[...] : (line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
            let fields = csv
                ? trimmed.split(separator: ",", omittingEmptySubsequences: false)
                : trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            guard fields.count >= 2 else { continue }
            let weightText = fields.count >= 3 ? fields[2].trimmingCharacters(in: unquoted) : "1"
            let column = fields.count >= 3 ? line.distance(from: line.startIndex, to: fields[2].startIndex) + 1 : 1
            edges.append((
                fields[0].trimmingCharacters(in: unquoted), fields[1].trimmingCharacters(in: unquoted),
                Double(weightText) ?? .nan, weightText, SourceLocation(file: shown, line: index + 1, column: column)
            ))
        }
        return edges
    }

    /// The located error for the first zero (or non-finite) weight of an edge list.
    private static func zeroWeight(path: String, shown: String, csv: Bool) -> Diagnostic {
        if let edge = rawEdges(path: path, shown: shown, csv: csv).first(where: { $0.weight == 0 || !$0.weight.isFinite }) {
            return Diagnostic(
                .error, at: edge.location, field: nil,
                "weight \(edge.text) gives no tie: weights must be non-zero and finite (remove the edge, or fix its weight)")
        }
        return Diagnostic(
            .error, at: SourceLocation(file: shown, line: 1, column: 1), field: nil,
            "a weight is zero or not finite: weights must be non-zero and finite")
    }

    /// The first 4 KiB of the file as text (empty when unreadable).
    private static func prefix(of path: String) -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else { return "" }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: 4096)) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    /// The format the first bytes of a file show, or `nil`.
    private static func sniffed(_ head: String) -> GraphFileFormat? {
        let text = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if text.hasPrefix("<") {
            if text.contains("<graphml") { return .graphml }
            if text.contains("<gexf") { return .gexf }
            return nil
        }
        if text.hasPrefix("{") {
            if text.contains("\"schema\"") && text.contains("diplograph/") { return .json }
            if text.contains("\"nodes\"") && (text.contains("\"links\"") || text.contains("\"edges\"")) { return .nodelink }
            return text.contains("\"entities\"") ? .json : nil
        }
        if text.contains(/(?m)^schema:\s*["']?diplograph\//) { return .yaml }
        if text.contains(/^(?:(?:\/\/|#)[^\n]*\n\s*)*(?i:strict\s+)?(?i:di)?graph\b[^{\n]*\{/) { return .dot }
        return nil
    }

    /// Whether the first line is a `source,target[,weight]` header (a CSV edge list).
    private static func isEdgeListHeader(_ head: String) -> Bool {
        let first = head.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? ""
        let fields = first.split(separator: ",", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\"\r\u{FEFF}"))).lowercased()
        }
        guard (2...3).contains(fields.count) else { return false }
        return ["source", "from"].contains(fields[0]) && ["target", "to"].contains(fields[1])
            && (fields.count == 2 || fields[2] == "weight")
    }
}
