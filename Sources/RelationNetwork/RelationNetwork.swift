/// A weighted, multi-relational network whose relations carry their sources.
///
/// Value type. Lookups by id are O(1) through indexes built at initialisation; several relations
/// may join the same pair of entities.
public struct RelationNetwork: Sendable, Equatable {
    public var title: String?
    public var description: String?
    /// A curated network: every relation must cite at least one source.
    public var isCurated: Bool
    /// Entity kinds declared in addition to `EntityKind.builtIn`.
    public var declaredKinds: [EntityKind]
    public private(set) var sources: [Source]
    public private(set) var layers: [Layer]
    public private(set) var entities: [Entity]
    public private(set) var relations: [Relation]
    public private(set) var assessments: [Assessment]
    /// Routes the sources state in one place.
    public private(set) var routes: [Route]

    private var entityIndex: [String: Int] = [:]
    private var layerIndex: [LayerID: Int] = [:]
    private var sourceIndex: [String: Int] = [:]
    private var pairIndex: [UnorderedPair: [Int]] = [:]

    /// Creates a network and builds its indexes. Duplicate ids keep their first occurrence in the
    /// indexes (validation reports them).
    /// - Complexity: O(V + E).
    public init(
        title: String? = nil, description: String? = nil, isCurated: Bool = false,
        declaredKinds: [EntityKind] = [], sources: [Source], layers: [Layer], entities: [Entity],
        relations: [Relation], assessments: [Assessment] = [], routes: [Route] = []
    ) {
        self.title = title
        self.description = description
        self.isCurated = isCurated
        self.declaredKinds = declaredKinds
        self.sources = sources
        self.layers = layers
        self.entities = entities
        self.relations = relations
        self.assessments = assessments
        self.routes = routes
        for (i, entity) in entities.enumerated() where entityIndex[entity.id] == nil {
            entityIndex[entity.id] = i
        }
        for (i, layer) in layers.enumerated() where layerIndex[layer.id] == nil {
            layerIndex[layer.id] = i
        }
        for (i, source) in sources.enumerated() where sourceIndex[source.id] == nil {
            sourceIndex[source.id] = i
        }
        for (i, relation) in relations.enumerated() {
            pairIndex[UnorderedPair(relation.from, relation.to), default: []].append(i)
        }
    }

    public static func == (lhs: RelationNetwork, rhs: RelationNetwork) -> Bool {
        lhs.title == rhs.title && lhs.description == rhs.description
            && lhs.isCurated == rhs.isCurated && lhs.declaredKinds == rhs.declaredKinds
            && lhs.sources == rhs.sources && lhs.layers == rhs.layers
            && lhs.entities == rhs.entities && lhs.relations == rhs.relations
            && lhs.assessments == rhs.assessments && lhs.routes == rhs.routes
    }

    /// The entity with `id`, or `nil`. O(1).
    public func entity(withID id: String) -> Entity? { entityIndex[id].map { entities[$0] } }

    /// The position of the entity with `id` in `entities`, or `nil`. O(1).
    public func entityPosition(of id: String) -> Int? { entityIndex[id] }

    /// The layer with `id`, or `nil`. O(1).
    public func layer(withID id: LayerID) -> Layer? { layerIndex[id].map { layers[$0] } }

    /// The source with `id`, or `nil`. O(1).
    public func source(withID id: String) -> Source? { sourceIndex[id].map { sources[$0] } }

    /// All relations joining `a` and `b` in either direction, in file order. O(1) + output.
    public func relations(between a: String, and b: String) -> [Relation] {
        (pairIndex[UnorderedPair(a, b)] ?? []).map { relations[$0] }
    }

    /// Every kind an entity may have in this network: built-in plus declared.
    public var knownKinds: Set<EntityKind> { Set(EntityKind.builtIn).union(declaredKinds) }
}

/// An unordered pair of ids, used to index relations by their endpoints.
struct UnorderedPair: Hashable, Sendable {
    let low: String
    let high: String

    init(_ a: String, _ b: String) {
        if a <= b { (low, high) = (a, b) } else { (low, high) = (b, a) }
    }
}
