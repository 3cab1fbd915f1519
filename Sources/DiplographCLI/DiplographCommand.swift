import ArgumentParser

/// The `diplograph` command: analyses networks of states, blocs and agreements.
@main
struct DiplographCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diplograph",
        abstract: "Analyse sourced networks of states, blocs and agreements.",
        discussion: """
            GRAPH defaults to the bundled curated graph of Kazakhstan's multi-vector foreign policy.
            Exit codes: 0 ok, 1 bad input or analysis error, 64 usage error.
            """,
        subcommands: [
            ValidateCommand.self, InfoCommand.self, CentralityCommand.self, PathCommand.self, DependenciesCommand.self,
            CommunitiesCommand.self, BalanceCommand.self, RobustnessCommand.self, ExplainCommand.self, FiguresCommand.self,
            RenderCommand.self, ExploreCommand.self,
            ReportCommand.self, ConvertCommand.self,
        ]
    )
}
