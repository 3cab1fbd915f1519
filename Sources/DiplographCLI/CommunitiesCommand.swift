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
            numbered from 1 in the order of their first entity in the file.
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
    @OptionGroup var selection: SelectionOptions
    @OptionGroup var projection: ProjectionOptions
    @Option(help: "Output format: table, csv, json or markdown.") var format: OutputFormat = .table
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
            let (input, reference) = try loadInput()
            guard input.strengths.vertexCount > 0 else {
                throw CLIError("the selection is empty: no entities to cluster")
            }
            let report = try progress.step("\(algorithm.rawValue), \(counted(runs, "run")) on \(input.strengths.vertexCount) vertices") {
                try CommunityReport(
                    input: input, reference: reference, algorithm: algorithm, resolution: resolution, seed: seed,
                    runs: runs)
            }
            switch format {
            case .table: try output.write(report.table())
            case .markdown: try output.write(report.markdown())
            case .csv: try output.write(report.csv())
            case .json: try output.write(report.json())
            }
        }
    }

    /// The analysis graph and, for relation networks, the bloc reference: the whole network with
    /// only the date selection applied (loaded once, so warnings print once).
    private func loadInput() throws -> (AnalysisGraph, RelationNetwork?) {
        let (path, _) = try graph.resolvedPath()
        guard GraphFileKind(path: path) == .network else {
            // Distances are not used here: do not reject weights that have none.
            var strengthsOnly = projection
            strengthsOnly.distance = .unit
            return (try graph.loadAnalysisGraph(selection: selection, projection: strengthsOnly), nil)
        }
        let full = try graph.loadNetwork()
        let network = try selection.apply(to: full)
        let projected = network.project(directed: projection.directed, aggregate: projection.aggregate)
        let input = AnalysisGraph(
            strengths: projected.strengths, distances: projected.distances, ids: projected.entityIDs,
            labels: network.entities.map(\.name), network: network)
        let reference: RelationNetwork
        do {
            reference = try full.select(asOf: selection.asOf, knownBy: selection.knownBy)
        } catch let error as SelectionError {
            throw CLIError(error.description)
        }
        return (input, reference)
    }
}

/// A stable 64-bit key of a vertex name (FNV-1a), so the partition does not depend on file order.
func stableKey(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in text.utf8 {
        hash ^= UInt64(byte)
        hash &*= 0x0000_0100_0000_01B3
    }
    return hash
}

/// The computed communities of one graph, ready to render.
struct CommunityReport {
    struct Member {
        var id: String
        var label: String
        /// Strength towards the other members of its community.
        var inside: Double
    }

    struct Community {
        /// 1-based number.
        var number: Int
        var members: [Member]
        var firmness: Double
        /// Total weight of the edges inside (each once).
        var internalStrength: Double
        /// Total weight of the edges with one end inside (each once).
        var externalStrength: Double
        /// The member with the highest strength inside (ties by id).
        var central: Member
    }

    var algorithm: CommunityAlgorithm
    var resolution: Double
    var seeds: [UInt64]
    var bestSeed: UInt64
    var modularity: Double
    var agreement: Double
    var directed: Bool
    var communities: [Community]
    /// Entities left out because they have no relation in the selection.
    var unclustered: [String]
    var alignment: BlocAlignment?
    var labelOf: [String: String]

    init(
        input: AnalysisGraph, reference: RelationNetwork?, algorithm: CommunityAlgorithm, resolution: Double,
        seed: UInt64, runs: Int
    ) throws {
        let full = input.strengths
        // Keep vertices with at least one edge (a self-loop counts).
        var keep: [Int] = []
        var unclustered: [String] = []
        for v in full.vertices {
            if full.outDegree(of: v) + full.inDegree(of: v) > 0 { keep.append(v) } else { unclustered.append(input.ids[v]) }
        }
        guard !keep.isEmpty else {
            throw CLIError("the selection has no relations between its \(counted(full.vertexCount, "entity", "entities")): nothing to cluster")
        }
        var newIndex = [Int](repeating: -1, count: full.vertexCount)
        for (i, v) in keep.enumerated() { newIndex[v] = i }
        var edges: [WeightedEdge] = []
        for v in keep {
            for e in full.outOffsets[v]..<full.outOffsets[v + 1] {
                let u = Int(full.outNeighbors[e])
                if !full.isDirected && u < v { continue }
                edges.append(WeightedEdge(Vertex(newIndex[v]), Vertex(newIndex[u]), weight: full.outWeights[e]))
            }
        }
        let g = Graph(vertexCount: keep.count, edges: edges, directed: full.isDirected)
        let ids = keep.map { input.ids[$0] }
        let labels = keep.map { input.labels[$0] }

        let seeds = (0..<runs).map { seed &+ UInt64($0) }
        let consensus: CommunityConsensus
        let firmness: [Double]
        do {
            consensus = try g.communityConsensus(
                using: algorithm, resolution: resolution, seeds: seeds, vertexKeys: ids.map(stableKey))
            firmness = try consensus.firmness(of: consensus.best.membership)
        } catch let error as CommunityError {
            throw CLIError(error.description)
        }
        let best = consensus.best
        let m = best.membership

        var inside = [Double](repeating: 0, count: g.vertexCount)
        var internalTotals = [Double](repeating: 0, count: best.communityCount)
        var externalTotals = [Double](repeating: 0, count: best.communityCount)
        for v in g.vertices {
            for e in g.outOffsets[v]..<g.outOffsets[v + 1] {
                let u = Int(g.outNeighbors[e])
                let w = g.outWeights[e]
                if m[u] == m[v] {
                    if u != v {
                        inside[v] += w
                        if g.isDirected { inside[u] += w }
                    }
                    // Undirected edges are met from both ends (a loop once).
                    internalTotals[m[v]] += g.isDirected || u == v ? w : w / 2
                } else {
                    externalTotals[m[v]] += w
                    if g.isDirected { externalTotals[m[u]] += w }
                }
            }
        }
        var communities: [Community] = []
        for (c, vertices) in best.communities.enumerated() {
            let members = vertices.map { Member(id: ids[$0], label: labels[$0], inside: inside[$0]) }
            let central = members.min { a, b in a.inside != b.inside ? a.inside > b.inside : a.id < b.id } ?? members[0]
            communities.append(
                Community(
                    number: c + 1, members: members, firmness: firmness[c], internalStrength: internalTotals[c],
                    externalStrength: externalTotals[c], central: central))
        }

        self.algorithm = algorithm
        self.resolution = resolution
        self.seeds = seeds
        bestSeed = consensus.seeds[consensus.bestRunIndex]
        modularity = best.modularity
        agreement = consensus.agreement
        directed = g.isDirected
        self.communities = communities
        self.unclustered = unclustered
        if let reference {
            alignment = BlocAlignment(reference: reference, entityIDs: ids, membership: m.map { $0 + 1 })
        }
        labelOf = Dictionary(zip(input.ids, input.labels), uniquingKeysWith: { a, _ in a })
        if let reference {
            for entity in reference.entities where labelOf[entity.id] == nil { labelOf[entity.id] = entity.name }
        }
    }

    var clusteredCount: Int { communities.reduce(0) { $0 + $1.members.count } }

    private var headline: String {
        let runText = seeds.count == 1 ? "seed \(bestSeed)" : "best of \(seeds.count) runs (seeds \(seeds[0])–\(seeds[seeds.count - 1])): seed \(bestSeed)"
        return "Communities by \(algorithm.rawValue), γ = \(Self.number(resolution)), \(runText)"
    }

    private var summary: String {
        var text = "\(counted(clusteredCount, "entity", "entities")) in \(counted(communities.count, "community", "communities")); "
        text += "\(directed ? "directed " : "")modularity \(Self.fixed(modularity, 4))"
        if seeds.count > 1 { text += "; agreement between runs (mean NMI with the best) \(Self.fixed(agreement, 3))" }
        if !unclustered.isEmpty {
            text += "\n\(counted(unclustered.count, "entity", "entities")) without relations in the selection left out"
        }
        return text
    }

    func table() -> String {
        var text = headline + "\n" + summary + "\n\n"
        var overview = TextTable(
            ["#", "size", "firmness", "internal", "external", "most central"],
            alignments: [.right, .right, .right, .right, .right, .left])
        for c in communities {
            overview.append([
                String(c.number), String(c.members.count), Self.fixed(c.firmness, 2), Self.fixed(c.internalStrength, 2),
                Self.fixed(c.externalStrength, 2), Self.named(c.central.id, c.central.label),
            ])
        }
        text += overview.rendered() + "\n"
        for c in communities {
            let names = c.members.map { Self.named($0.id, $0.label) }
            text += Self.wrapped("\(c.number): ", names.joined(separator: ", "), width: 100) + "\n"
        }
        if let alignment { text += "\n" + blocTable(alignment) }
        return text
    }

    private func blocTable(_ alignment: BlocAlignment) -> String {
        guard !alignment.blocs.isEmpty else {
            return "Declared blocs: none (no member_of relations to a bloc or organization)\n"
        }
        var text = "Declared blocs (member_of in the whole network) against the communities\n"
        var table = TextTable(
            ["bloc", "members", "clustered", "community", "holds", "share", "bloc's own", "members"],
            alignments: [.left, .right, .right, .right, .right, .right, .right, .left])
        for bloc in alignment.blocs {
            table.append([
                bloc.id, String(bloc.members.count), String(bloc.clusteredMembers.count),
                bloc.community.map(String.init) ?? "-", String(bloc.held),
                bloc.clusteredMembers.isEmpty ? "-" : Self.fixed(bloc.share, 2),
                bloc.ownCommunity.map(String.init) ?? "-", bloc.members.joined(separator: ", "),
            ])
        }
        text += table.rendered()
        text += blocSummary(alignment) + "\n"
        if !alignment.otherBlocs.isEmpty {
            let placed = alignment.otherBlocs.map { "\($0.id) → \($0.community.map(String.init) ?? "-")" }
            text += "Blocs and organizations without declared members, by community:\n"
            text += Self.wrapped("  ", placed.joined(separator: ", "), width: 100) + "\n"
        }
        return text
    }

    private func blocSummary(_ alignment: BlocAlignment) -> String {
        var parts: [String] = []
        if let nmi = alignment.nmi {
            parts.append(
                "NMI between communities and primary blocs over \(counted(alignment.primaryBlocs.count, "member")): \(Self.fixed(nmi, 3))")
        }
        if let together = alignment.coMembersTogether {
            parts.append(
                "co-members in the same community: \(Self.fixed(100 * together, 0)) % of \(counted(alignment.coMemberPairs, "pair"))")
        }
        return parts.isEmpty ? "" : parts.joined(separator: "; ")
    }

    func markdown() -> String {
        var lines = ["## " + headline, "", summary.replacingOccurrences(of: "\n", with: "  \n"), ""]
        lines.append("| # | size | firmness | internal | external | most central | members |")
        lines.append("|---:|---:|---:|---:|---:|---|---|")
        for c in communities {
            let members = c.members.map { RankingTable.markdownEscaped($0.id) }.joined(separator: ", ")
            lines.append(
                "| \(c.number) | \(c.members.count) | \(Self.fixed(c.firmness, 2)) | \(Self.fixed(c.internalStrength, 2)) | "
                    + "\(Self.fixed(c.externalStrength, 2)) | \(RankingTable.markdownEscaped(c.central.id)) "
                    + "(\(RankingTable.markdownEscaped(c.central.label))) | \(members) |")
        }
        if let alignment {
            lines += ["", "### Declared blocs against the communities", ""]
            if alignment.blocs.isEmpty {
                lines.append("No member_of relations to a bloc or organization.")
            } else {
                lines.append("| bloc | name | members | clustered | community | holds | share | bloc's own community |")
                lines.append("|---|---|---:|---:|---:|---:|---:|---:|")
                for b in alignment.blocs {
                    lines.append(
                        "| \(RankingTable.markdownEscaped(b.id)) | \(RankingTable.markdownEscaped(b.name)) | "
                            + "\(b.members.count) | \(b.clusteredMembers.count) | \(b.community.map(String.init) ?? "–") | "
                            + "\(b.held) | \(b.clusteredMembers.isEmpty ? "–" : Self.fixed(b.share, 2)) | "
                            + "\(b.ownCommunity.map(String.init) ?? "–") |")
                }
                let summary = blocSummary(alignment)
                if !summary.isEmpty { lines += ["", summary + "."] }
                if !alignment.otherBlocs.isEmpty {
                    let placed = alignment.otherBlocs.map { "\(RankingTable.markdownEscaped($0.id)) → \($0.community.map(String.init) ?? "–")" }
                    lines += ["", "Blocs and organizations without declared members, by community: " + placed.joined(separator: ", ") + "."]
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One row per clustered entity.
    func csv() -> String {
        var lines = ["id,label,community,community_size,firmness,inside_strength,most_central"]
        for c in communities {
            for member in c.members {
                lines.append(
                    [RankingTable.csvField(member.id), RankingTable.csvField(member.label), String(c.number),
                     String(c.members.count), "\(c.firmness)", "\(member.inside)",
                     member.id == c.central.id ? "true" : "false"].joined(separator: ","))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func json() -> String {
        func entity(_ id: String) -> String {
            "{\"id\": \(jsonString(id)), \"label\": \(jsonString(labelOf[id] ?? id))}"
        }
        var fields: [String] = [
            "\"algorithm\": \(jsonString(algorithm.rawValue))",
            "\"resolution\": \(jsonNumber(resolution))",
            "\"seeds\": [\(seeds.map(String.init).joined(separator: ", "))]",
            "\"bestSeed\": \(bestSeed)",
            "\"directed\": \(directed)",
            "\"modularity\": \(jsonNumber(modularity))",
            "\"agreement\": \(jsonNumber(agreement))",
            "\"unclustered\": [\(unclustered.map(jsonString).joined(separator: ", "))]",
        ]
        let communityTexts = communities.map { c in
            let members = c.members.map {
                "{\"id\": \(jsonString($0.id)), \"label\": \(jsonString($0.label)), \"insideStrength\": \(jsonNumber($0.inside))}"
            }
            return "    {\"community\": \(c.number), \"size\": \(c.members.count), \"firmness\": \(jsonNumber(c.firmness)), "
                + "\"internalStrength\": \(jsonNumber(c.internalStrength)), \"externalStrength\": \(jsonNumber(c.externalStrength)), "
                + "\"mostCentral\": \(entity(c.central.id)),\n      \"members\": [" + members.joined(separator: ", ") + "]}"
        }
        fields.append("\"communities\": [\n" + communityTexts.joined(separator: ",\n") + "\n  ]")
        if let alignment {
            let blocTexts = alignment.blocs.map { b in
                "    {\"id\": \(jsonString(b.id)), \"name\": \(jsonString(b.name)), \"kind\": \(jsonString(b.kind)), "
                    + "\"members\": [\(b.members.map(jsonString).joined(separator: ", "))], "
                    + "\"clusteredMembers\": [\(b.clusteredMembers.map(jsonString).joined(separator: ", "))], "
                    + "\"community\": \(b.community.map(String.init) ?? "null"), \"holds\": \(b.held), "
                    + "\"share\": \(b.clusteredMembers.isEmpty ? "null" : jsonNumber(b.share)), "
                    + "\"ownCommunity\": \(b.ownCommunity.map(String.init) ?? "null")}"
            }
            let others = alignment.otherBlocs.map {
                "{\"id\": \(jsonString($0.id)), \"name\": \(jsonString($0.name)), \"kind\": \(jsonString($0.kind)), \"community\": \($0.community.map(String.init) ?? "null")}"
            }
            let primary = alignment.primaryBlocs.map { "{\"member\": \(jsonString($0.member)), \"bloc\": \(jsonString($0.bloc))}" }
            fields.append(
                "\"blocAlignment\": {\n    \"blocs\": [\n" + blocTexts.map { "  " + $0 }.joined(separator: ",\n") + "\n    ],\n"
                    + "    \"otherBlocs\": [\(others.joined(separator: ", "))],\n"
                    + "    \"primaryBlocs\": [\(primary.joined(separator: ", "))],\n"
                    + "    \"nmi\": \(alignment.nmi.map(jsonNumber) ?? "null"),\n"
                    + "    \"coMemberPairs\": \(alignment.coMemberPairs),\n"
                    + "    \"coMembersTogether\": \(alignment.coMembersTogether.map(jsonNumber) ?? "null")\n  }")
        }
        return "{\n  " + fields.joined(separator: ",\n  ") + "\n}\n"
    }

    /// "ID (Label)", the label cut to 40 characters; the id alone when they are equal.
    static func named(_ id: String, _ label: String) -> String {
        guard id != label else { return id }
        return "\(id) (\(label.count > 40 ? label.prefix(39) + "…" : label))"
    }

    static func fixed(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e9 ? String(format: "%.0f", value) : "\(value)"
    }

    /// `prefix` + `text`, wrapped at commas to `width` columns, continuation lines indented.
    static func wrapped(_ prefix: String, _ text: String, width: Int) -> String {
        let indent = String(repeating: " ", count: prefix.count)
        var lines: [String] = []
        var line = prefix
        for (i, piece) in text.components(separatedBy: ", ").enumerated() {
            let addition = (i == 0 ? "" : ", ") + piece
            if i > 0, line.count + addition.count > width {
                lines.append(line + ",")
                line = indent + piece
            } else {
                line += addition
            }
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }
}
