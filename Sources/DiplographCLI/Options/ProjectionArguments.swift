import ArgumentParser
import RelationNetwork

/// How a selected network becomes a graph: direction, aggregation, distance, tension.
struct ProjectionArguments: ParsableArguments {
    @Flag(help: "Treat relations as directed (undirected layers give both directions).")
    var directed = false

    @Option(help: "How parallel relations combine: sum or max.")
    var aggregate: StrengthAggregation = .sum

    @Option(help: "Strength → path distance: inverse (1/s), neglog (−ln s) or unit.")
    var distance: DistanceTransform = .inverse

    @Flag(name: .customLong("include-tension"), help: "Keep tension relations (sign −1) in the projection.")
    var includeTension = false

    /// The options as the library takes them.
    var options: ProjectionOptions {
        ProjectionOptions(directed: directed, aggregate: aggregate, distance: distance, includeTension: includeTension)
    }
}

extension StrengthAggregation: ExpressibleByArgument {}
extension DistanceTransform: ExpressibleByArgument {}
