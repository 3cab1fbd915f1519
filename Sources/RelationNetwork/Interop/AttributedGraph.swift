/// A typed attribute value of a node, an edge or a whole graph in an interchange format.
public enum AttributeValue: Hashable, Sendable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    /// Structured data; written as a JSON string where the format has only scalars (GraphML, GEXF, CSV).
    case json(JSONValue)

    /// The lexical form: strings as they are, numbers in their shortest round-trip form,
    /// `true`/`false`, compact JSON text.
    public var text: String {
        switch self {
        case let .string(value): value
        case let .int(value): String(value)
        case let .double(value): value.description
        case let .bool(value): value ? "true" : "false"
        case let .json(value): value.compactText
        }
    }

    /// The value as JSON (strings stay strings; structured data is embedded).
    public var jsonValue: JSONValue {
        switch self {
        case let .string(value): .string(value)
        case let .int(value): .int(value)
        case let .double(value): .double(value)
        case let .bool(value): .bool(value)
        case let .json(value): value
        }
    }
}

/// A graph as interchange formats see it: nodes and edges with named, typed attributes, and where
/// each came from in its file (for located diagnostics). The bridge between `RelationNetwork` and
/// GraphML, GEXF, node-link JSON, CSV and DOT.
public struct AttributedGraph: Sendable, Equatable {
    /// A named attribute, with the place it was read from (nil for graphs built in memory).
    public struct Attribute: Sendable, Equatable {
        public var name: String
        public var value: AttributeValue
        public var location: SourceLocation?

        public init(_ name: String, _ value: AttributeValue, at location: SourceLocation? = nil) {
            self.name = name
            self.value = value
            self.location = location
        }
    }

    /// A vertex.
    public struct Node: Sendable, Equatable {
        public var id: String
        public var attributes: [Attribute]
        public var location: SourceLocation?

        public init(id: String, attributes: [Attribute] = [], location: SourceLocation? = nil) {
            self.id = id
            self.attributes = attributes
            self.location = location
        }
    }

    /// An edge; several may join the same pair.
    public struct Edge: Sendable, Equatable {
        /// The format's own edge id or key, when there is one.
        public var id: String?
        public var source: String
        public var target: String
        public var attributes: [Attribute]
        public var location: SourceLocation?

        public init(
            id: String? = nil, source: String, target: String, attributes: [Attribute] = [],
            location: SourceLocation? = nil
        ) {
            self.id = id
            self.source = source
            self.target = target
            self.attributes = attributes
            self.location = location
        }
    }

    public var isDirected: Bool
    public var attributes: [Attribute]
    public var nodes: [Node]
    public var edges: [Edge]
    /// Where the graph itself was read from (its `<graph>` element, or line 1).
    public var location: SourceLocation?

    public init(
        isDirected: Bool, attributes: [Attribute] = [], nodes: [Node] = [], edges: [Edge] = [],
        location: SourceLocation? = nil
    ) {
        self.isDirected = isDirected
        self.attributes = attributes
        self.nodes = nodes
        self.edges = edges
        self.location = location
    }
}

extension Array where Element == AttributedGraph.Attribute {
    /// The first attribute named `name`, or `nil`.
    public subscript(named name: String) -> AttributedGraph.Attribute? {
        first { $0.name == name }
    }
}
