import ArgumentParser
import Foundation
import GraphAlgorithms
import RelationNetwork

extension CommunityAlgorithm: ExpressibleByArgument {}

/// `diplograph communities`: which camps form, how firmly, and how they compare with the blocs.
struct CommunitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "communities",
        abstract: "Detect communities (camps), their firmness, and how they line up with the declared blocs.",
        discussion: """
            Algorithms: leiden (default; run until stable), louvain, labelprop. Modularity uses \
            strengths (directed modularity with --directed). The algorithm runs once per seed \
            (--seed … --seed + --runs − 1); the partition reported is the run of highest modularity, \
            and a community's firmness is the mean share of runs that keep each pair of its members \
            together. Entities without relations in the selection are left out. Communities are \
            numbered from 1, largest first, ties by the smallest member id — the numbering render, \
            report and every other command share.
            For relation networks, the declared blocs — entities of kind bloc or organization that \
            are the target of member_of relations in the whole network (dates apply, --layers and \
            --kinds do not) — are compared with the communities: the community holding most of each \
            bloc's members and its share, and the NMI between communities and each member's primary \
            bloc (its strongest member_of tie, the first in the file on ties).
            """
    )

    @OptionGroup var graph: GraphOptions
    @Option(help: "Algorithm: leiden, louvain or labelprop.") var algorithm: CommunityAlgorithm = .leiden
    @Option(help: "Resolution γ > 0: larger gives more, smaller communities.") var resolution: Double = 1
    @Option(help: "Seed of the first run.") var seed: UInt64 = CommunityAlgorithm.defaultSeed
    @Option(help: "Number of runs (seeds seed … seed + runs − 1) for the firmness.") var runs: Int = 10
    @OptionGroup var selection: SelectionArguments
    @OptionGroup var projection: ProjectionArguments
    @Option(help: TableFormat.formatHelp) var format: TableFormat = .table
    @OptionGroup var output: OutputOptions
    @OptionGroup var progress: ProgressOptions

    func validate() throws {
        if runs < 1 { throw ValidationError("--runs must be at least 1") }
        if runs > 10_000 { throw ValidationError("--runs must be at most 10000") }
    }

    func run() throws {
        try reportingErrors {
            if projection.includeTension {
                throw CLIError("--include-tension cannot be used here: modularity reads every weight as attraction")
            }
            // Distances are not used here: do not reject weights that have none.
            var strengthsOnly = projection
            strengthsOnly.distance = .unit
            let input = try graph.loadAnalysisGraph(selection: selection, projection: strengthsOnly)
            let options = CommunityOptions(algorithm: algorithm, resolution: resolution, seed: seed, runs: runs)
            let analysis = try progress.step("\(algorithm.rawValue), \(counted(runs, "run")) on \(input.vertexCount) vertices") {
                try input.communities(options)
            }
            switch format {
            case .table: try output.write(analysis.table())
            case .markdown: try output.write(analysis.markdown())
            case .csv: try output.write(analysis.csv())
            case .json: try output.write(ResultJSON.text(analysis))
            }
        }
    }
}
