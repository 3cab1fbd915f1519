import Foundation

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
    /// - Complexity: O(file size + V + E). The whole file is read at once and parsed as bytes; when
    ///   every name is a canonical integer the names are mapped by integer value (a direct table or
    ///   an integer hash table), otherwise by a hash table of byte strings.
    public init(contentsOfFile path: String, options: EdgeListOptions = EdgeListOptions())
        throws(EdgeListError)
    {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw EdgeListError(
                path: path, line: nil, problem: .unreadable(reason: error.localizedDescription))
        }
        let result = data.withUnsafeBytes { raw in
            Result { () throws(EdgeListError) in
                try NamedGraph(parsing: raw.bindMemory(to: UInt8.self), options: options, path: path)
            }
        }
        self = try result.get()
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
        let parsed: EdgeListParser.Parsed
        if let integerNamed = try EdgeListParser.integerNamed(bytes, options: options, path: path) {
            parsed = integerNamed
        } else {
            parsed = try EdgeListParser.byteNamed(bytes, options: options, path: path)
        }
        let edgeCount = parsed.weights.count
        guard edgeCount > 0 else { throw EdgeListError(path: path, line: 1, column: 1, problem: .noEdges) }
        let edges = (0..<edgeCount).lazy.map { i in
            WeightedEdge(parsed.ids[2 * i], parsed.ids[2 * i + 1], weight: parsed.weights[i])
        }
        let graph = Graph(
            vertexCount: parsed.names.count, edges: edges, directed: options.directed,
            parallelEdges: options.parallelEdges, selfLoops: options.selfLoops)
        self.init(graph: graph, names: parsed.names)
    }
}

/// The two parsing strategies of ``NamedGraph/init(parsing:options:path:)``.
private enum EdgeListParser {
    /// Endpoint ids (two per edge), weights (one per edge) and names (one per id).
    struct Parsed {
        var ids: [Int32]
        var weights: [Double]
        var names: [String]
    }

    /// The largest number of vertices a ``Graph`` can hold.
    static let vertexLimit = Int(Int32.max) - 1

    /// Parses treating every name as a canonical integer; `nil` as soon as a name is not one.
    static func integerNamed(
        _ bytes: UnsafeBufferPointer<UInt8>, options: EdgeListOptions, path: String
    ) throws(EdgeListError) -> Parsed? {
        var scanner = EdgeListScanner(bytes: bytes, format: options.format, path: path)
        var values: [Int64] = []
        var weights: [Double] = []
        values.reserveCapacity(bytes.count / 6)
        weights.reserveCapacity(bytes.count / 12)
        while let record = try scanner.next() {
            guard !record.source.hasEscapes, !record.target.hasEscapes,
                let source = DecimalParsing.canonicalInteger(in: bytes, record.source.range),
                let target = DecimalParsing.canonicalInteger(in: bytes, record.target.range)
            else { return nil }
            values.append(source)
            values.append(target)
            weights.append(record.weight)
        }
        guard let assignment = IntegerNameTable.assign(values, limit: vertexLimit) else {
            throw EdgeListError(path: path, line: nil, problem: .tooManyVertices)
        }
        return Parsed(
            ids: assignment.ids, weights: weights, names: assignment.values.map { String($0) })
    }

    /// Parses with names as arbitrary byte strings.
    static func byteNamed(
        _ bytes: UnsafeBufferPointer<UInt8>, options: EdgeListOptions, path: String
    ) throws(EdgeListError) -> Parsed {
        var scanner = EdgeListScanner(bytes: bytes, format: options.format, path: path)
        var table = ByteNameTable()
        var ids: [Int32] = []
        var weights: [Double] = []
        var unescaped: [UInt8] = []
        func id(of field: Field) throws(EdgeListError) -> Int32 {
            let id: Int32
            if field.hasEscapes {
                unescaped.removeAll(keepingCapacity: true)
                var i = field.range.lowerBound
                while i < field.range.upperBound {
                    unescaped.append(bytes[i])
                    i += bytes[i] == UInt8(ascii: "\"") ? 2 : 1
                }
                id = unescaped.withUnsafeBufferPointer { table.id(for: $0) }
            } else {
                id = table.id(for: UnsafeBufferPointer(rebasing: bytes[field.range]))
            }
            guard table.count <= vertexLimit else { throw scanner.error(.tooManyVertices) }
            return id
        }
        while let record = try scanner.next() {
            ids.append(try id(of: record.source))
            ids.append(try id(of: record.target))
            weights.append(record.weight)
        }
        return Parsed(ids: ids, weights: weights, names: table.names())
    }
}
