import Foundation
import Testing

@Suite("CLI: communities")
struct CommunitiesCommandTests {
    /// Two camps joined by trade, declared blocs by member_of, and an unrelated entity.
    static func campsYAML(reversed: Bool = false) -> String {
        var entities = [
            "{ id: A1, kind: state, name: Alpha One }", "{ id: A2, kind: state, name: Alpha Two }",
            "{ id: A3, kind: state, name: Alpha Three }", "{ id: B1, kind: state, name: Beta One }",
            "{ id: B2, kind: state, name: Beta Two }", "{ id: B3, kind: state, name: Beta Three }",
            "{ id: BA, kind: bloc, name: Alpha Union }", "{ id: BB, kind: organization, name: Beta Pact }",
            "{ id: LONE, kind: person, name: Somebody }",
        ]
        if reversed { entities.reverse() }
        let trade = [("A1", "A2", 1.0), ("A2", "A3", 0.9), ("A1", "A3", 0.8), ("B1", "B2", 1.0), ("B2", "B3", 0.9),
                     ("B1", "B3", 0.7), ("A3", "B1", 0.1)]
        let members = [("A1", "BA"), ("A2", "BA"), ("A3", "BA"), ("B1", "BB"), ("B2", "BB"), ("B3", "BB")]
        var relations = trade.map { "  - { from: \($0.0), to: \($0.1), layer: trade, strength: \($0.2) }" }
        relations += members.map { "  - { from: \($0.0), to: \($0.1), layer: member_of, strength: 1.0 }" }
        if reversed { relations.reverse() }
        return """
            schema: diplograph/1
            title: Two camps
            curated: false
            sources: []
            layers:
              - { id: member_of, directed: true, domain: institutional }
              - { id: trade, domain: economic }
            entities:
            \(entities.map { "  - " + $0 }.joined(separator: "\n"))
            relations:
            \(relations.joined(separator: "\n"))

            """
    }

    func write(_ text: String, named name: String) throws -> String {
        let file = try CLIRunner.temporaryFolder().appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    func json(_ result: CLIResult) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    /// The partition as a set of sorted id lists.
    func partition(_ object: [String: Any]) throws -> Set<[String]> {
        let communities = try #require(object["communities"] as? [[String: Any]])
        return Set(try communities.map { c in
            try #require(c["members"] as? [[String: Any]]).compactMap { $0["id"] as? String }.sorted()
        })
    }

    @Test("the bundled graph: communities with firmness and the EEU/CSTO/SCO alignment")
    func curatedGraph() throws {
        let result = try CLIRunner.run(["communities", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try json(result)
        #expect(object["algorithm"] as? String == "leiden")
        #expect((object["seeds"] as? [Int])?.count == 10)
        let modularity = try #require(object["modularity"] as? Double)
        #expect(modularity > 0.2 && modularity < 1)
        let communities = try #require(object["communities"] as? [[String: Any]])
        #expect(communities.count >= 3)
        var seen: Set<String> = []
        for c in communities {
            let firmness = try #require(c["firmness"] as? Double)
            #expect(firmness > 0 && firmness <= 1)
            let members = try #require(c["members"] as? [[String: Any]]).compactMap { $0["id"] as? String }
            #expect(members.allSatisfy { seen.insert($0).inserted }, "an entity is in two communities")
            let central = try #require(c["most_central"] as? [String: Any])
            #expect(members.contains(try #require(central["id"] as? String)))
        }
        #expect(seen.contains("KAZ") && seen.contains("RUS") && seen.contains("CHN"))
        let alignment = try #require(object["bloc_alignment"] as? [String: Any])
        let blocs = try #require(alignment["blocs"] as? [[String: Any]])
        let byID = Dictionary(uniqueKeysWithValues: blocs.compactMap { b in (b["id"] as? String).map { ($0, b) } })
        for id in ["EEU", "CSTO", "SCO"] { #expect(byID[id] != nil, "bloc \(id) missing") }
        #expect(Set(byID["EEU"]?["members"] as? [String] ?? []) == ["KAZ", "RUS", "BLR"])
        let others = try #require(alignment["other_blocs"] as? [[String: Any]])
        #expect(others.contains { $0["id"] as? String == "EU" })
    }

    @Test("table, markdown and CSV render; the table shows the bloc comparison")
    func formats() throws {
        let table = try CLIRunner.run(["communities", "--runs", "3"])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("Communities by leiden, γ = 1, best of 3 runs"))
        #expect(table.stdout.contains("firmness") && table.stdout.contains("Declared blocs"))
        #expect(table.stdout.contains("EEU"))
        let markdown = try CLIRunner.run(["communities", "--algorithm", "louvain", "--format", "markdown"])
        #expect(markdown.status == 0)
        #expect(markdown.stdout.contains("## Communities by louvain") && markdown.stdout.contains("| bloc | name |"))
        let csv = try CLIRunner.run(["communities", "--algorithm", "labelprop", "--format", "csv", "--seed", "5", "--runs", "2"])
        #expect(csv.status == 0)
        let lines = csv.stdout.split(separator: "\n")
        #expect(lines.first == "id,label,community,community_size,firmness,inside_strength,most_central")
        #expect(lines.contains { $0.hasPrefix("KAZ,Kazakhstan,") })
    }

    @Test("blocs come from member_of even when --layers selects other layers; file order does not matter")
    func layersAndOrder() throws {
        let path = try write(Self.campsYAML(), named: "camps.yaml")
        let result = try CLIRunner.run(["communities", path, "--layers", "trade", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try json(result)
        #expect(try partition(object) == [["A1", "A2", "A3"], ["B1", "B2", "B3"]])
        // --layers drops the entities it leaves without ties; --keep-isolated keeps them, unclustered.
        #expect(object["unclustered"] as? [String] == [])
        let kept = try CLIRunner.run(["communities", path, "--layers", "trade", "--keep-isolated", "--format", "json"])
        #expect(kept.status == 0, "\(kept.stderr)")
        #expect(try json(kept)["unclustered"] as? [String] == ["BA", "BB", "LONE"])
        let alignment = try #require(object["bloc_alignment"] as? [String: Any])
        let blocs = try #require(alignment["blocs"] as? [[String: Any]])
        #expect(blocs.compactMap { $0["id"] as? String } == ["BA", "BB"])
        #expect(blocs.allSatisfy { $0["share"] as? Double == 1 })
        #expect(alignment["nmi"] as? Double == 1)

        let reversedPath = try write(Self.campsYAML(reversed: true), named: "camps-reversed.yaml")
        for algorithm in ["leiden", "louvain", "labelprop"] {
            let a = try CLIRunner.run(["communities", path, "--algorithm", algorithm, "--format", "json"])
            let b = try CLIRunner.run(["communities", reversedPath, "--algorithm", algorithm, "--format", "json"])
            #expect(a.status == 0 && b.status == 0)
            #expect(try partition(json(a)) == partition(json(b)), "\(algorithm) depends on file order")
            let qa = try #require(try json(a)["modularity"] as? Double)
            let qb = try #require(try json(b)["modularity"] as? Double)
            #expect(abs(qa - qb) < 1e-12)
        }
    }

    @Test("edge lists work without a bloc comparison; --output writes a file")
    func edgeList() throws {
        let path = try write("a b 1\nb c 1\na c 1\nd e 1\ne f 1\nd f 1\nc d 0.1\n", named: "two.edges")
        let out = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("out.json").path
        let result = try CLIRunner.run(["communities", path, "--format", "json", "--output", out])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as? [String: Any])
        #expect(try partition(object) == [["a", "b", "c"], ["d", "e", "f"]])
        #expect(object["bloc_alignment"] == nil)
    }

    @Test("bad input: γ ≤ 0, zero weight, nothing to cluster, --runs 0, tension")
    func badInput() throws {
        let zero = try CLIRunner.run(["communities", "--resolution", "0"])
        #expect(zero.status == 1)
        #expect(zero.stderr.contains("resolution must be a positive finite number"), "\(zero.stderr)")
        let negative = try CLIRunner.run(["communities", "--resolution=-1"])
        #expect(negative.status == 1)
        #expect(negative.stderr.contains("resolution"))
        let weightless = try write("a b 0\nb c 0\n", named: "zero.edges")
        let zeroWeight = try CLIRunner.run(["communities", weightless])
        #expect(zeroWeight.status == 1)
        #expect(zeroWeight.stderr.contains("zero.edges:1:5: error: weight 0 gives no tie"), "\(zeroWeight.stderr)")
        let camps = try write(Self.campsYAML(), named: "camps.yaml")
        let blocsOnly = try CLIRunner.run(["communities", camps, "--kinds", "bloc,organization"])
        #expect(blocsOnly.status == 1)
        // Blocs have no ties among themselves: --kinds leaves them isolated, so nothing is selected.
        #expect(blocsOnly.stderr.contains("no entities to cluster"), "\(blocsOnly.stderr)")
        let keptBlocs = try CLIRunner.run(["communities", camps, "--kinds", "bloc,organization", "--keep-isolated"])
        #expect(keptBlocs.status == 1)
        #expect(keptBlocs.stderr.contains("nothing to cluster"), "\(keptBlocs.stderr)")
        let runs = try CLIRunner.run(["communities", "--runs", "0"])
        #expect(runs.status == 64)
        let tension = try CLIRunner.run(["communities", "--include-tension"])
        #expect(tension.status == 1)
        #expect(tension.stderr.contains("--include-tension"))
        let algorithm = try CLIRunner.run(["communities", "--algorithm", "spectral"])
        #expect(algorithm.status == 64)
    }
}
