import ArgumentParser
import Foundation
import GraphAlgorithms
import RelationNetwork

/// The centrality measures the CLI offers.
enum CentralityMeasureName: String, ExpressibleByArgument, CaseIterable {
    case degree, inDegree = "in-degree", outDegree = "out-degree"
    case strength, inStrength = "in-strength", outStrength = "out-strength"
    case betweenness, closeness, harmonic, eigenvector, pagerank, katz, hubs, authorities
}

/// `diplograph centrality`: who is central, by one or more measures.
struct CentralityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "centrality",
        abstract: "Rank entities (or vertices) by centrality measures.",
        discussion: """
            Measures: \(CentralityMeasureName.allCases.map(\.rawValue).joined(separator: ", ")).
            Definitions and normalisations follow NetworkX's defaults. Path-based measures \
            (betweenness, closeness, harmonic) use distances (--distance); the others use strengths.
            Rows are sorted by the first measure, descending, ties by id.
            """
    )

    @OptionGroup var graph: GraphOptions
    @Option(name: .customLong("measure"), help: "A measure (repeatable). Default: degree, betweenness, closeness, pagerank.")
    var measures: [CentralityMeasureName] = []
    @OptionGroup var selection: SelectionOptions
    @OptionGroup var projection: ProjectionOptions
    @Flag(inversion: .prefixedNo, help: "Normalise degree and betweenness as NetworkX does (--raw for counts).")
    var normalized = true
    @Flag(help: "Same as --no-normalized.") var raw = false
    @Option(help: "Show only the first N rows.") var top: Int?
    @Option(help: "Output format: table, csv, json or markdown.") var format: OutputFormat = .table
    @OptionGroup var output: OutputOptions
    @OptionGroup var progress: ProgressOptions

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
    }

    func run() throws {
        try reportingErrors {
            let input = try graph.loadAnalysisGraph(selection: selection, projection: projection)
            guard input.strengths.vertexCount > 0 else {
                throw CLIError("the selection is empty: no entities to rank")
            }
            let chosen = measures.isEmpty ? [.degree, .betweenness, .closeness, .pagerank] : uniqued(measures)
            var columns: [[Double]] = []
            for measure in chosen {
                do {
                    let vertices = input.strengths.vertexCount
                    columns.append(try progress.step("\(measure.rawValue) on \(vertices) vertices") {
                        try compute(measure, on: input)
                    })
                } catch let error as CentralityError {
                    throw CLIError("\(measure.rawValue): \(error.description)")
                }
            }
            let table = RankingTable(
                measures: chosen.map(\.rawValue), ids: input.ids, labels: input.labels, columns: columns)
            try output.write(table.rendered(as: format, top: top))
        }
    }

    private func uniqued(_ list: [CentralityMeasureName]) -> [CentralityMeasureName] {
        var seen: Set<CentralityMeasureName> = []
        return list.filter { seen.insert($0).inserted }
    }

    private func compute(_ measure: CentralityMeasureName, on input: AnalysisGraph) throws -> [Double] {
        let normalize = normalized && !raw
        let strengths = input.strengths
        let distances = input.distances
        switch measure {
        case .degree: return degree(strengths, .total, normalize)
        case .inDegree: return degree(strengths, .incoming, normalize)
        case .outDegree: return degree(strengths, .outgoing, normalize)
        case .strength: return strengths.strength(direction: .total)
        case .inStrength: return strengths.strength(direction: .incoming)
        case .outStrength: return strengths.strength(direction: .outgoing)
        case .betweenness: return try distances.betweenness(weights: .distance, normalized: normalize)
        case .closeness: return try distances.closeness(weights: .distance)
        case .harmonic: return try distances.harmonic(weights: .distance)
        case .eigenvector: return try strengths.eigenvector(weights: .strength).values
        case .pagerank: return try strengths.pageRank(weights: .strength).values
        case .katz: return try strengths.katz(weights: .strength).values
        case .hubs: return try strengths.hits(weights: .strength).hubs
        case .authorities: return try strengths.hits(weights: .strength).authorities
        }
    }

    private func degree(_ graph: Graph, _ direction: DegreeDirection, _ normalize: Bool) -> [Double] {
        let centrality = graph.degreeCentrality(direction: direction)
        guard !normalize else { return centrality }
        let scale = Double(max(graph.vertexCount - 1, 1))
        return centrality.map { ($0 * scale).rounded() }
    }
}
