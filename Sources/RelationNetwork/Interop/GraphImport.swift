/// How a graph from another tool becomes a relation network.
public struct GraphImportOptions: Sendable, Equatable {
    /// The kind of entities whose node has no `kind` attribute (declared when not built in).
    public var defaultKind: String
    /// The layer of relations whose edge has no `layer` attribute (created when the file has no layers).
    public var defaultLayer: String
    /// Divide `weight`s by the largest one when some exceed 1 (needed for curated graphs, whose
    /// strengths lie in (0, 1]; optional for the others, which take any positive strength).
    public var rescaleWeights: Bool
    /// What `weight`s mean: strengths (the default) or lengths, whose inverse is the strength.
    public var weights: WeightMeaning

    public init(
        defaultKind: String = "node", defaultLayer: String = "edge", rescaleWeights: Bool = false,
        weights: WeightMeaning = .strength
    ) {
        self.defaultKind = defaultKind
        self.defaultLayer = defaultLayer
        self.rescaleWeights = rescaleWeights
        self.weights = weights
    }
}

extension NetworkDocument {
    /// Turns an attributed graph (read from GraphML, GEXF, node-link JSON, CSV or DOT) into a
    /// validated network.
    ///
    /// Graphs written by Diplograph carry every field and come back equal. Graphs from other tools
    /// follow these rules: a node becomes an entity (kind from `kind`, else `defaultKind`; name from
    /// `name`, else `label`, else the id; other attributes become free attributes); an edge becomes a
    /// relation (layer from `layer`, else `defaultLayer`; strength from `strength`, else `weight`
    /// — its inverse when `weights` is `.distance`; a negative weight is a tension, sign −1, of its
    /// magnitude; a zero weight is an error; above 1 only when the graph is not curated —, else 1; edge ids become relation ids when they are unique); without `layers` the layers used
    /// are created (directed like the graph, domain `unspecified`); without `sources` every cited
    /// source gets a stub (title = id). Edge attributes with no relation field are dropped with a
    /// warning. The network is not curated unless the graph says `curated: true`.
    ///
    /// - Returns: the document (its source map points into `file`) and the warnings.
    /// - Throws: `NetworkLoadError` with every problem, located in `file`.
    public static func importing(
        _ graph: AttributedGraph, file: String, options: GraphImportOptions = GraphImportOptions()
    ) throws -> (document: NetworkDocument, warnings: [Diagnostic]) {
        var direct = DirectAssembly(NetworkAssembler(graph: graph, file: file, options: options))
        if let network = direct.network() {
            guard direct.errors.isEmpty else { throw NetworkLoadError(diagnostics: direct.errors.sorted { $0.location < $1.location }) }
            return try validated(NetworkDocument(network: network, sourceMap: direct.sourceMap), warnings: direct.warnings)
        }
        var assembler = NetworkAssembler(graph: graph, file: file, options: options)
        let native = assembler.nativeDocument()
        let (decoded, structural) = NetworkDocument.parse(native.prettyText, file: file)
        let located = structural.map { assembler.relocated($0) }
        let errors = assembler.errors + located.filter { $0.severity == .error }
        let warnings = assembler.warnings + located.filter { $0.severity == .warning }
        guard let decoded, errors.isEmpty else {
            throw NetworkLoadError(diagnostics: errors.sorted { $0.location < $1.location })
        }
        return try validated(NetworkDocument(network: decoded.network, sourceMap: assembler.sourceMap), warnings: warnings)
    }

    /// `document` with the import's `warnings` and the validator's, or the validator's errors thrown.
    private static func validated(
        _ document: NetworkDocument, warnings: [Diagnostic]
    ) throws -> (document: NetworkDocument, warnings: [Diagnostic]) {
        let checked = NetworkValidator().validate(document)
        let errors = checked.filter { $0.severity == .error }
        guard errors.isEmpty else { throw NetworkLoadError(diagnostics: errors) }
        return (document, (warnings + checked.filter { $0.severity == .warning }).sorted { $0.location < $1.location })
    }
}
