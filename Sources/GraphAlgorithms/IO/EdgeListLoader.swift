/// The text layout of an edge list.
public enum EdgeListFormat: Sendable, Hashable {
    /// One edge per line, `source target [weight]`, separated by spaces or tabs; `#` starts a
    /// comment.
    case whitespaceSeparated
    /// A header line, then one edge per record, `source,target[,weight]`; fields may be quoted
    /// with `"` as in RFC 4180 (commas, `""` for a quote, and line breaks inside quotes).
    case csv
}

/// How an edge list becomes a ``Graph``.
public struct EdgeListOptions: Sendable, Hashable {
    public var format: EdgeListFormat
    public var directed: Bool
    public var parallelEdges: ParallelEdgeRule
    public var selfLoops: SelfLoopRule

    public init(
        format: EdgeListFormat = .whitespaceSeparated, directed: Bool = false,
        parallelEdges: ParallelEdgeRule = .sum, selfLoops: SelfLoopRule = .keep
    ) {
        self.format = format
        self.directed = directed
        self.parallelEdges = parallelEdges
        self.selfLoops = selfLoops
    }
}

/// A graph whose vertices carry names: `names[v]` is the name of vertex `v`.
public struct NamedGraph: Sendable, Equatable {
    public let graph: Graph
    /// Vertex names in order of first appearance in the input.
    public let names: [String]

    public init(graph: Graph, names: [String]) {
        precondition(names.count == graph.vertexCount, "one name per vertex")
        self.graph = graph
        self.names = names
    }
}

extension NamedGraph {
    /// Loads an edge list or CSV file (see ``EdgeListFormat``).
    ///
    /// Vertex names are arbitrary tokens; vertices are numbered in order of first appearance. A
    /// missing weight is 1; weights must be finite numbers. Edges are merged into a ``Graph``
    /// according to `options`.
    ///
    /// - Throws: ``EdgeListError`` naming the file, the line and the problem.
    /// - Complexity: O(file size + V + E). A regular file is memory-mapped and its pages are given
    ///   back as parsing passes them; large whitespace-separated files are scanned in parallel
    ///   chunks. When every name is a canonical integer below 2³¹ − 1 the names are mapped by
    ///   value (a direct table or an integer hash table), otherwise by a hash table of byte
    ///   strings. Weights are stored only when some weight differs from 1.
    public init(contentsOfFile path: String, options: EdgeListOptions = EdgeListOptions())
        throws(EdgeListError)
    {
        let input = try InputBytes(contentsOfFile: path)
        let parsed = try EdgeListParser.parse(input.buffer, options: options, path: path, release: input.release)
        self = try NamedGraph(parsed, options: options, path: path)
    }

    /// Parses an edge list held in memory; `path` names the input in errors.
    /// - Throws: ``EdgeListError``.
    public init(
        parsing bytes: [UInt8], options: EdgeListOptions = EdgeListOptions(),
        path: String = "<memory>"
    ) throws(EdgeListError) {
        let result = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(EdgeListError) in
                try NamedGraph(parsing: buffer, options: options, path: path)
            }
        }
        self = try result.get()
    }

    /// Parses an edge list held in memory; `path` names the input in errors.
    /// - Throws: ``EdgeListError``.
    public init(
        parsing bytes: UnsafeBufferPointer<UInt8>, options: EdgeListOptions = EdgeListOptions(),
        path: String = "<memory>"
    ) throws(EdgeListError) {
        let parsed = try EdgeListParser.parse(bytes, options: options, path: path) { _ in }
        self = try NamedGraph(parsed, options: options, path: path)
    }

    /// The graph of parsed edges.
    private init(_ parsed: consuming EdgeListParser.Parsed, options: EdgeListOptions, path: String)
        throws(EdgeListError)
    {
        guard parsed.edgeCount > 0 else { throw EdgeListError(path: path, line: 1, column: 1, problem: .noEdges) }
        let names = parsed.names
        let built = GraphConstruction.build(
            vertexCount: names.count, batches: parsed.batches, directed: options.directed,
            rule: options.parallelEdges, selfLoops: options.selfLoops)
        self.init(graph: Graph(built, vertexCount: names.count, directed: options.directed), names: names)
    }
}
