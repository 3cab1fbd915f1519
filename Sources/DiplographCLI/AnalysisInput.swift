import ArgumentParser
import Foundation
import GraphAlgorithms
import RelationNetwork

/// A graph ready for the algorithms, whatever file it came from: vertices with ids and labels,
/// strengths and distances on the same edges, and the relation network behind it when there is one.
struct AnalysisGraph {
    var strengths: Graph
    var distances: Graph
    /// Vertex `v`'s id (entity id, or the vertex name of a plain edge list).
    var ids: [String]
    /// Vertex `v`'s display label.
    var labels: [String]
    /// The selected relation network (nil for plain edge lists and CSV files).
    var network: RelationNetwork?
}

/// How a selected network becomes a graph: direction, aggregation, distance, tension.
struct ProjectionOptions: ParsableArguments {
    @Flag(help: "Treat relations as directed (undirected layers give both directions).")
    var directed = false

    @Option(help: "How parallel relations combine: sum or max.")
    var aggregate: StrengthAggregation = .sum

    @Option(help: "Strength → path distance: inverse (1/s), neglog (−ln s) or unit.")
    var distance: DistanceTransform = .inverse

    @Flag(name: .customLong("include-tension"), help: "Keep tension relations (sign −1) in the projection.")
    var includeTension = false
}

extension StrengthAggregation: ExpressibleByArgument {}
extension DistanceTransform: ExpressibleByArgument {}

extension DistanceTransform {
    /// The distance of one strength (for plain edge lists, whose weights are strengths).
    func distance(of strength: Double) -> Double {
        switch self {
        case .inverse: 1 / strength
        case .neglog: -log(strength)
        case .unit: 1
        }
    }
}

/// The kinds of file a graph argument may name.
enum GraphFileKind {
    case network, edgeList, csv

    init(path: String) {
        if NetworkFormat(path: path) != nil {
            self = .network
        } else if URL(fileURLWithPath: path).pathExtension.lowercased() == "csv" {
            self = .csv
        } else {
            self = .edgeList
        }
    }
}

extension GraphOptions {
    /// Loads the graph argument as a network (with selection) or as a plain edge list / CSV file.
    ///
    /// Edge-list weights are strengths, like relation strengths: the distance transform applies.
    func loadAnalysisGraph(selection: SelectionOptions, projection: ProjectionOptions) throws -> AnalysisGraph {
        let (path, _) = try resolvedPath()
        switch GraphFileKind(path: path) {
        case .network:
            let network = try selection.apply(to: loadNetwork())
            let projected = network.project(
                directed: projection.directed, aggregate: projection.aggregate, distance: projection.distance,
                includeSigned: projection.includeTension)
            return AnalysisGraph(
                strengths: projected.strengths, distances: projected.distances, ids: projected.entityIDs,
                labels: network.entities.map(\.name), network: network)
        case .edgeList, .csv:
            if selection.isActive {
                throw CLIError("\(path): --layers, --kinds, --as-of and --known-by need a relation network file (.yaml or .json), not an edge list")
            }
            let format: EdgeListFormat = GraphFileKind(path: path) == .csv ? .csv : .whitespaceSeparated
            let parallel: ParallelEdgeRule = projection.aggregate == .sum ? .sum : .max
            let named: NamedGraph
            do {
                named = try NamedGraph(
                    contentsOfFile: path, options: EdgeListOptions(format: format, directed: projection.directed, parallelEdges: parallel))
            } catch {
                throw CLIError(error.description)
            }
            let transform = projection.distance
            let distances = named.graph.mappingWeights { transform.distance(of: $0) }
            if let i = distances.outWeights.firstIndex(where: { !($0 >= 0 && $0.isFinite) }) {
                throw CLIError(
                    "\(path): weight \(named.graph.outWeights[i]) gives the invalid distance \(distances.outWeights[i]) "
                        + "under --distance \(transform.rawValue) (weights are strengths in (0, 1] for neglog, > 0 for inverse); "
                        + "use --distance unit to ignore weights")
            }
            return AnalysisGraph(
                strengths: named.graph, distances: distances, ids: named.names, labels: named.names, network: nil)
        }
    }
}

extension SelectionOptions {
    /// Whether any selection option was given.
    var isActive: Bool { layers != nil || kinds != nil || asOf != nil || knownBy != nil }
}
