import Foundation
import Testing

/// `communities`, `render --highlight-community N` and `report` compute communities through one
/// library function, so they must name the same camp N with the same members.
@Suite("CLI: one community numbering everywhere")
struct CommunityAgreementTests {
    /// Camp number → member ids, from `communities --format json`.
    private func communities(_ graph: [String]) throws -> [Int: Set<String>] {
        let result = try CLIRunner.run(["communities"] + graph + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        var camps: [Int: Set<String>] = [:]
        for community in try #require(object["communities"] as? [[String: Any]]) {
            let number = try #require(community["number"] as? Int)
            let members = try #require(community["members"] as? [[String: Any]])
            camps[number] = Set(members.compactMap { $0["id"] as? String })
        }
        return camps
    }

    /// Member labels per camp number, from `communities --format json`.
    private func labels(_ graph: [String]) throws -> [Int: String] {
        let result = try CLIRunner.run(["communities"] + graph + ["--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        var labels: [Int: String] = [:]
        for community in try #require(object["communities"] as? [[String: Any]]) {
            let members = try #require(community["members"] as? [[String: Any]])
            labels[try #require(community["number"] as? Int)] = members.compactMap { $0["label"] as? String }.joined(separator: ", ")
        }
        return labels
    }

    /// The entity ids `render --highlight-community number` outlines in the highlight colour.
    private func highlighted(_ graph: [String], community number: Int) throws -> Set<String> {
        let result = try CLIRunner.run(["render"] + graph + ["--highlight-community", String(number), "--format", "dot", "--no-legend"])
        #expect(result.status == 0, "\(result.stderr)")
        var ids: Set<String> = []
        // Node statements: "\tnK\t[attributes…];" — the id attribute is "entity-ID".
        for block in result.stdout.components(separatedBy: "];") {
            guard let start = block.range(of: "id=\"entity-"), block.contains("color=\"#d62728\"") else { continue }
            let rest = block[start.upperBound...]
            if let end = rest.firstIndex(of: "\"") { ids.insert(String(rest[..<end])) }
        }
        return ids
    }

    /// Camp number → the members cell of the report's community table (Markdown).
    private func reportCamps(_ graph: [String]) throws -> [Int: String] {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(["report"] + graph + ["--output", "r.md"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOf: folder.appendingPathComponent("r.md"), encoding: .utf8)
        let section = try #require(text.components(separatedBy: "## Which camps form").dropFirst().first)
        var camps: [Int: String] = [:]
        for line in section.components(separatedBy: "\n") where line.hasPrefix("| ") {
            let cells = line.dropFirst(2).components(separatedBy: " | ")
            if cells.count >= 3, let number = Int(cells[0]) { camps[number] = cells[2] }
        }
        return camps
    }

    private func checkAgreement(_ graph: [String]) throws {
        let camps = try communities(graph)
        #expect(camps.count >= 2, "\(graph): expected several camps")
        for (number, members) in camps {
            #expect(try highlighted(graph, community: number) == members, "\(graph): camp \(number)")
        }
        let fromReport = try reportCamps(graph)
        #expect(fromReport == (try labels(graph)), "\(graph): the report names other camps")
    }

    @Test("the bundled graph")
    func bundled() throws {
        try checkAgreement([])
    }

    @Test("two generated networks: planted camps with cross ties", arguments: [(3, 6, 11), (4, 5, 29)])
    func generated(camps: Int, size: Int, seed: UInt64) throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("planted.yaml")
        try Self.plantedNetwork(camps: camps, size: size, seed: seed).write(to: path, atomically: true, encoding: .utf8)
        try checkAgreement([path.path])
    }

    /// A network of `camps` groups of `size` states, dense inside and sparse between (seeded).
    static func plantedNetwork(camps: Int, size: Int, seed: UInt64) -> String {
        var state = seed
        func next() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
        var text = """
            schema: diplograph/1
            title: Planted camps
            sources: []
            layers:
              - { id: trade, domain: economic }
            entities:

            """
        let ids = (0..<camps).flatMap { c in (0..<size).map { "S\(c)-\($0)" } }
        for id in ids { text += "  - { id: \(id), kind: state, name: State \(id) }\n" }
        text += "relations:\n"
        for (i, a) in ids.enumerated() {
            for b in ids[(i + 1)...] {
                let same = a.split(separator: "-")[0] == b.split(separator: "-")[0]
                if next() < (same ? 0.7 : 0.06) {
                    text += "  - { from: \(a), to: \(b), layer: trade, strength: \(String(format: "%.2f", 0.2 + 0.8 * next())) }\n"
                }
            }
        }
        return text
    }
}
