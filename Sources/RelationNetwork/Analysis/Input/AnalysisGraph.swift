import Foundation
import GraphAlgorithms

/// A graph ready for the algorithms, whatever it came from: vertices with ids and labels,
/// strengths and distances on the same edges, and the selected relation network behind it when
/// there is one. Every analysis of the library starts here.
public struct AnalysisGraph: Sendable {
    /// Edge weights are aggregated strengths (PageRank, eigenvector, strength, modularity).
    public let strengths: Graph
    /// The same edges; weights are distances (shortest paths, betweenness, closeness).
    public let distances: Graph
    /// Vertex `v`'s id (entity id, or the vertex name of a plain graph).
    public let ids: [String]
    /// Vertex `v`'s display label.
    public let labels: [String]
    /// The selected relation network (`nil` for plain graphs).
    public let network: RelationNetwork?
    /// The network before selection (`nil` for plain graphs): the reference for declared blocs.
    public let unselected: RelationNetwork?
    /// The selection that was applied (empty for plain graphs).
    public let selection: NetworkSelection
    /// How the graphs were projected.
    public let projection: ProjectionOptions
    /// What the selection's filters removed and why.
    public let notes: [SelectionNote]
    private let vertexByID: [String: Int]

    /// Selects `network` and projects it.
    /// - Throws: ``AnalysisError/selection(_:)`` for an unknown layer, domain or kind.
    /// - Complexity: O(V + E) expected.
    public init(
        network: RelationNetwork, selection: NetworkSelection = NetworkSelection(),
        projection: ProjectionOptions = ProjectionOptions()
    ) throws(AnalysisError) {
        let outcome: SelectionOutcome
        do {
            outcome = try network.selecting(selection)
        } catch let error as SelectionError {
            throw .selection(error)
        } catch {
            throw .algorithm("\(error)")
        }
        let selected = outcome.network
        let projected = selected.project(
            directed: projection.directed, aggregate: projection.aggregate, distance: projection.distance,
            includeSigned: projection.includeTension)
        self.init(
            strengths: projected.strengths, distances: projected.distances, ids: projected.entityIDs,
            labels: selected.entities.map(\.name), network: selected, unselected: network, selection: selection,
            projection: projection, notes: outcome.notes)
    }

    /// A plain weighted graph whose weights are strengths, like relation strengths: `projection`'s
    /// distance transform gives the distances (its aggregation and tension settings do not apply).
    /// - Throws: ``AnalysisError/invalidDistance(from:to:weight:distance:transform:)`` when a weight
    ///   gives no usable distance under the transform.
    /// - Parameters:
    ///   - graph: the graph; its weights are strengths.
    ///   - names: vertex `v`'s id.
    ///   - labels: vertex `v`'s display label (`nil`: the names).
    ///   - projection: the distance transform (its other settings do not apply).
    /// - Complexity: O(V + E).
    public init(
        graph: Graph, names: [String], labels: [String]? = nil, projection: ProjectionOptions = ProjectionOptions()
    ) throws(AnalysisError) {
        let transform = projection.distance
        let distances = graph.mappingWeights { transform.distance(of: $0) }
        if let invalid = distances.firstInvalidWeight(.nonNegativeFinite) {
            throw .invalidDistance(
                from: names[invalid.source], to: names[invalid.target],
                weight: graph.weight(from: invalid.source, to: invalid.target) ?? .nan, distance: invalid.weight,
                transform: transform)
        }
        self.init(
            strengths: graph, distances: distances, ids: names, labels: labels ?? names, network: nil, unselected: nil,
            selection: NetworkSelection(), projection: projection, notes: [])
    }

    private init(
        strengths: Graph, distances: Graph, ids: [String], labels: [String], network: RelationNetwork?,
        unselected: RelationNetwork?, selection: NetworkSelection, projection: ProjectionOptions, notes: [SelectionNote]
    ) {
        self.notes = notes
        self.strengths = strengths
        self.distances = distances
        self.ids = ids
        self.labels = labels
        self.network = network
        self.unselected = unselected
        self.selection = selection
        self.projection = projection
        var map: [String: Int] = [:]
        for (v, id) in ids.enumerated() where map[id] == nil { map[id] = v }
        vertexByID = map
    }

    /// The number of vertices.
    public var vertexCount: Int { strengths.vertexCount }

    /// The vertex of an id, or `nil`. O(1).
    public func vertex(ofID id: String) -> Int? { vertexByID[id] }

    /// The vertex a user named: an entity id, name or alias, case-insensitively (networks), or a
    /// vertex name (plain graphs: exact, then case-insensitive).
    /// - Throws: ``AnalysisError/unknownVertex(_:suggestions:)`` (plain graphs) or
    ///   ``AnalysisError/selection(_:)`` (networks) with the closest names, or
    ///   ``AnalysisError/notInSelection(_:)`` for an entity the selection left out.
    /// - Complexity: O(V · A) for A aliases per entity.
    public func vertex(named text: String) throws(AnalysisError) -> Int {
        let name = text.trimmingCharacters(in: .whitespaces)
        if let network = unselected ?? network {
            let entity: Entity
            do {
                entity = try network.resolveEntity(name)
            } catch let error as SelectionError {
                throw .selection(error)
            } catch {
                throw .algorithm("\(error)")
            }
            guard let v = vertexByID[entity.id] else { throw .notInSelection(entity.id) }
            return v
        }
        if let v = vertexByID[name] { return v }
        let folded = name.lowercased()
        if let v = ids.firstIndex(where: { $0.lowercased() == folded }) { return v }
        throw .unknownVertex(name, suggestions: closestMatches(to: name, in: ids, limit: 3))
    }

    /// "Kazakhstan (KAZ)", or the id alone when it is also the label.
    public func display(_ v: Int) -> String {
        labels[v] == ids[v] ? ids[v] : "\(labels[v]) (\(ids[v]))"
    }

    /// The entity (id and label) of vertex `v`.
    public func reference(_ v: Int) -> EntityReference { EntityReference(id: ids[v], label: labels[v]) }

    /// A path error in the data's terms: vertex numbers replaced by ids.
    public func analysisError(_ error: PathError) -> AnalysisError {
        switch error {
        case let .vertexOutOfRange(v, _):
            return .algorithm("vertex \(v) is not in the graph")
        case let .invalidLength(source, target, weight, zeroAllowed):
            return .invalidLength(
                from: ids[source], to: ids[target], length: weight,
                requirement: zeroAllowed ? "non-negative and finite" : "positive and finite")
        case let .invalidStrength(source, target, weight, requirement):
            return .invalidStrength(from: ids[source], to: ids[target], strength: weight, requirement: requirement)
        case let .invalidArgument(reason):
            return .algorithm(reason)
        }
    }
}

/// An entity (or vertex) named in a result: its id and its display label.
public struct EntityReference: Sendable, Hashable, Codable {
    public let id: String
    public let label: String

    public init(id: String, label: String) {
        self.id = id
        self.label = label
    }
}
