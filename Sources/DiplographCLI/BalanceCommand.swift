import ArgumentParser
import Foundation
import RelationNetwork

/// The focus and poles of a balance analysis, shared by `balance` and `report`.
struct BalanceOptions: ParsableArguments {
    static let defaultPoles = ["Russia", "China", "United States", "European Union", "Türkiye"]

    @Option(help: "Comma-separated poles (ids or names). Default: Russia, China, United States, European Union, Türkiye.",
            transform: { text in text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } })
    var poles: [String]?

    @Option(help: "Comma-separated years for the timeline (default: the years the focus's ties start or end).",
            transform: { text in try text.split(separator: ",").map { part in
                guard let year = Int(part.trimmingCharacters(in: .whitespaces)), PartialDate(year: year) != nil else {
                    throw ValidationError("'\(part)' is not a year")
                }
                return year
            } })
    var years: [Int]?

    /// The poles resolved to entity ids.
    func resolvedPoles(in network: RelationNetwork) throws -> [String] {
        let ids = try (poles ?? Self.defaultPoles).map { try network.resolveEntity($0).id }
        guard Set(ids).count == ids.count, ids.count >= 2 else {
            throw CLIError("a balance needs at least two distinct poles, got: \(ids.joined(separator: ", "))")
        }
        return ids
    }
}

/// The entity a command focuses on: the one the user named, or by default the state with the
/// most relations (ties broken by id).
func focusEntity(_ name: String?, in network: RelationNetwork) throws -> Entity {
    if let name { return try network.resolveEntity(name) }
    var counts: [String: Int] = [:]
    for relation in network.relations {
        counts[relation.from, default: 0] += 1
        counts[relation.to, default: 0] += 1
    }
    let states = network.entities.filter { $0.kind == "state" }
    guard let best = (states.isEmpty ? network.entities : states).min(by: {
        (-(counts[$0.id] ?? 0), $0.id) < (-(counts[$1.id] ?? 0), $1.id)
    }) else {
        throw CLIError("the network has no entities")
    }
    return best
}

/// `diplograph balance`: the multi-vector balance of one actor between external poles.
struct BalanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "balance",
        abstract: "Tie strength with each external pole per domain, HHI and entropy, over time.",
        discussion: """
            Tie strength with a pole: the summed strength of the focus's cooperative relations with \
            the pole or a bloc it leads ('leads' layer), per layer domain. HHI = Σ share²; \
            normalised entropy = −Σ share·ln share / ln k. The seeds' own per-domain assessments \
            are checked against the shares.
            """
    )

    @Argument(help: "The focus actor (id or name). Default: the state with the most relations.")
    var node: String?
    @OptionGroup var graph: GraphOptions
    @OptionGroup var selection: SelectionOptions
    @OptionGroup var balance: BalanceOptions
    @Option(help: "Output format: table, json or markdown.") var format: OutputFormat = .table
    @OptionGroup var output: OutputOptions

    func run() throws {
        try reportingErrors {
            let network = try selection.apply(to: graph.loadNetwork())
            let analysis = try BalanceAnalysis(network: network, focusName: node, options: balance)
            switch format {
            case .json: try output.write(try jsonText(analysis))
            case .markdown: try output.write(analysis.markdown())
            case .table, .csv: try output.write(analysis.table())
            }
        }
    }
}

/// A balance report with its timeline and assessment checks, ready to print.
struct BalanceAnalysis: Encodable {
    var focus: String
    var focusName: String
    var poleNames: [String]
    var now: BalanceReport
    var timeline: [BalanceReport]
    var checks: [AssessmentCheck]

    enum CodingKeys: String, CodingKey {
        case focus, focusName = "focus_name", poleNames = "pole_names", now = "balance", timeline, checks = "assessments"
    }

    init(network: RelationNetwork, focusName: String?, options: BalanceOptions) throws {
        do {
            let focus = try focusEntity(focusName, in: network)
            let poles = try options.resolvedPoles(in: network)
            self.focus = focus.id
            self.focusName = focus.name
            poleNames = poles.map { network.entity(withID: $0)?.name ?? $0 }
            now = try network.balance(of: focus.id, poles: poles)
            let years = options.years ?? network.changeYears(of: focus.id)
            timeline = try network.balanceTimeline(
                of: focus.id, poles: poles, at: years.compactMap { PartialDate(year: $0) })
            checks = network.checkAssessments(against: now)
        } catch let error as SelectionError {
            throw CLIError(error.description)
        }
    }

    private func number(_ value: Double?) -> String { value.map { String(format: "%.3f", $0) } ?? "–" }

    /// The balance per domain as rows: domain, each pole's strength, HHI, entropy.
    func domainRows(_ report: BalanceReport) -> [[String]] {
        (report.domains + [report.overall]).map { d in
            [d.domain] + d.strengths.map { String(format: "%.2f", $0) } + [number(d.herfindahl), number(d.normalizedEntropy)]
        }
    }

    func table() -> String {
        let headers = ["domain"] + now.poles + ["HHI", "entropy"]
        let alignments: [TextTable.Alignment] = [.left] + now.poles.map { _ in .right } + [.right, .right]
        var text = "Multi-vector balance of \(focusName) (\(focus)); poles: "
        text += zip(now.poles, poleNames).map { "\($0) = \($1)" }.joined(separator: ", ") + "\n\n"
        var current = TextTable(headers, alignments: alignments)
        domainRows(now).forEach { current.append($0) }
        text += current.rendered()
        if !timeline.isEmpty {
            text += "\nAll domains over time (tie strength; HHI, entropy)\n"
            var overTime = TextTable(["as of"] + now.poles + ["HHI", "entropy"], alignments: alignments)
            for report in timeline {
                overTime.append(
                    [report.asOf ?? ""] + report.overall.strengths.map { String(format: "%.2f", $0) }
                        + [number(report.overall.herfindahl), number(report.overall.normalizedEntropy)])
            }
            text += overTime.rendered()
        }
        if !checks.isEmpty {
            text += "\nWhat the sources claim, against the data\n"
            var claims = TextTable(["pole", "domain", "claim", "share", "data", "source ¶"], alignments: [.left, .left, .left, .right, .left, .left])
            for check in checks {
                claims.append([
                    check.pole, check.domain, check.level.rawValue, String(format: "%.2f", check.share),
                    check.agrees ? "agrees" : "differs", "\(check.citation.source) ¶\(check.citation.paragraph)",
                ])
            }
            text += claims.rendered()
        }
        return text
    }

    func markdown() -> String {
        var text = "## Multi-vector balance of \(focusName)\n\n"
        text += "| domain | " + poleNames.joined(separator: " | ") + " | HHI | entropy |\n"
        text += "|---|" + poleNames.map { _ in "---:|" }.joined() + "---:|---:|\n"
        for row in domainRows(now) { text += "| " + row.joined(separator: " | ") + " |\n" }
        if !checks.isEmpty {
            text += "\n| pole | domain | claim | share | data | source |\n|---|---|---|---:|---|---|\n"
            for check in checks {
                text += "| \(check.pole) | \(check.domain) | \(check.level.rawValue) | \(String(format: "%.2f", check.share)) | "
                text += "\(check.agrees ? "agrees" : "differs") | \(check.citation.source) ¶\(check.citation.paragraph) |\n"
            }
        }
        return text
    }
}
