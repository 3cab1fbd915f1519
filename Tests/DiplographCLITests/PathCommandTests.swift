import Foundation
import Testing

@Suite("CLI: path and dependencies")
struct PathCommandTests {
    func json(_ result: CLIResult) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    func entities(_ object: [String: Any]) -> [[String]] {
        (object["paths"] as? [[String: Any]] ?? []).map { $0["entities"] as? [String] ?? [] }
    }

    @Test("Ukraine → Kazakhstan over transit, directed: through Belarus and Russia, each hop cited")
    func ukraineToKazakhstan() throws {
        let result = try CLIRunner.run(["path", "Ukraine", "Kazakhstan", "--layers", "transit", "--directed"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("1. Ukraine → Belarus → Russia → Kazakhstan"), "\(result.stdout)")
        #expect(result.stdout.contains("distance 6"))
        #expect(result.stdout.contains("The Future of Kazakhstan's Multi-vector Policy (noonan-2016), ¶11"))
        #expect(result.stdout.contains("only possible for Ukraine to send goods to Kazakhstan by first entering Belarus"))

        let asJSON = try CLIRunner.run(["path", "ukr", "KAZAKH", "--layers", "transit", "--directed", "--format", "json"])
        #expect(asJSON.status == 0, "\(asJSON.stderr)")
        let object = try json(asJSON)
        #expect(entities(object) == [["UKR", "BLR", "RUS", "KAZ"]])
        let hops = try #require((object["paths"] as? [[String: Any]])?.first?["hops"] as? [[String: Any]])
        let relation = try #require((hops.first?["relations"] as? [[String: Any]])?.first)
        #expect(relation["layer"] as? String == "transit")
        #expect(relation["strength"] as? Double == 0.5)
        let citation = try #require((relation["citations"] as? [[String: Any]])?.first)
        #expect(citation["source"] as? String == "noonan-2016")
        #expect(citation["paragraph"] as? Int == 11)
        #expect((citation["title"] as? String)?.contains("Multi-vector") == true)
    }

    /// Layers: transit + dependency, undirected. The curated data has no Russia → EU transit hop; the
    /// route via Russia runs through the sourced EU → Russia dependency ("Europe seeks to overcome its
    /// dependence on Russia"), and the Trans-Caspian route (transit, since 2022-10) is the way around.
    @Test("Kazakhstan → EU: via Russia; with --avoid Russia, the Trans-Caspian route")
    func kazakhstanToEurope() throws {
        let base = ["path", "Kazakhstan", "EU", "--layers", "transit,dependency", "--format", "json"]
        let viaRussia = try CLIRunner.run(base)
        #expect(viaRussia.status == 0, "\(viaRussia.stderr)")
        #expect(entities(try json(viaRussia)) == [["KAZ", "RUS", "EU"]])
        let around = try CLIRunner.run(base + ["--avoid", "russia"])
        #expect(around.status == 0, "\(around.stderr)")
        let object = try json(around)
        #expect(entities(object) == [["KAZ", "TITR", "EU"]])
        #expect(object["avoid"] as? [String] == ["RUS"])
        let both = try CLIRunner.run(base + ["--k", "5"])
        #expect(entities(try json(both)) == [["KAZ", "RUS", "EU"], ["KAZ", "TITR", "EU"]])
        let table = try CLIRunner.run(["path", "KAZ", "EU", "--layers", "transit,dependency", "--avoid", "Russia"])
        #expect(table.stdout.contains("Kazakhstan → Trans-Caspian International Transport Route → European Union"))
        #expect(table.stdout.contains("since 2022-10"))
    }

    @Test("widest and reliable modes; markdown output")
    func modes() throws {
        let widest = try CLIRunner.run(["path", "KAZ", "EU", "--layers", "transit,dependency", "--mode", "widest", "--k", "2"])
        #expect(widest.status == 0, "\(widest.stderr)")
        #expect(widest.stdout.contains("bottleneck strength 0.6"))
        #expect(widest.stdout.contains("bottleneck strength 0.3"))
        let reliable = try CLIRunner.run([
            "path", "KAZ", "EU", "--layers", "transit,dependency", "--mode", "reliable", "--format", "json",
        ])
        let path = try #require((try json(reliable)["paths"] as? [[String: Any]])?.first)
        let reliability = try #require(path["reliability"] as? Double)
        // KAZ–RUS: 1 − (0.1 · 0.5 · 0.1 · 0.2) = 0.999; RUS–EU: 0.6.
        #expect(abs(reliability - 0.999 * 0.6) < 1e-9)
        let markdown = try CLIRunner.run(["path", "UKR", "KAZ", "--layers", "transit", "--directed", "--format", "markdown"])
        #expect(markdown.stdout.contains("### 1. Ukraine → Belarus → Russia → Kazakhstan"))
        #expect(markdown.stdout.contains("- **Ukraine (UKR) → Belarus (BLR)**"))
    }

    @Test("no path is an answer (exit 0), in text and JSON")
    func noPath() throws {
        let text = try CLIRunner.run(["path", "Afghanistan", "Ukraine", "--layers", "transit", "--directed"])
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix("no path from Afghanistan (AFG) to Ukraine (UKR)"))
        #expect(text.stderr.isEmpty)
        let asJSON = try CLIRunner.run(["path", "AFG", "UKR", "--layers", "transit", "--directed", "--format", "json"])
        #expect(asJSON.status == 0)
        let object = try json(asJSON)
        #expect((object["paths"] as? [Any])?.isEmpty == true)
    }

    @Test("bad input: unknown node, FROM == TO, k < 1, avoided endpoint, bad weights")
    func badInput() throws {
        let unknown = try CLIRunner.run(["path", "Ukrane", "KAZ"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no entity 'Ukrane'") && unknown.stderr.contains("'Ukraine'"), "\(unknown.stderr)")
        let same = try CLIRunner.run(["path", "KAZ", "kazakhstan"])
        #expect(same.status == 1)
        #expect(same.stderr.contains("a path needs two different entities"))
        let zeroK = try CLIRunner.run(["path", "KAZ", "EU", "--k", "0"])
        #expect(zeroK.status == 64)
        #expect(zeroK.stderr.contains("--k must be at least 1"))
        let endpoint = try CLIRunner.run(["path", "KAZ", "EU", "--avoid", "Astana"])
        #expect(endpoint.status == 1)
        #expect(endpoint.stderr.contains("cannot avoid Kazakhstan (KAZ)"))
        let unknownDependency = try CLIRunner.run(["dependencies", "Narnia"])
        #expect(unknownDependency.status == 1)
        #expect(unknownDependency.stderr.contains("no entity 'Narnia'"))

        let folder = try CLIRunner.temporaryFolder()
        let zero = folder.appendingPathComponent("zero.edges")
        try "a b 0\nb c 1\n".write(to: zero, atomically: true, encoding: .utf8)
        let zeroWeight = try CLIRunner.run(["path", "a", "c", zero.path])
        #expect(zeroWeight.status == 1)
        #expect(zeroWeight.stderr.contains("zero.edges:1:5: error: weight 0 gives no tie"), "\(zeroWeight.stderr)")
        let negative = folder.appendingPathComponent("negative.edges")
        try "a b -1\nb c 1\n".write(to: negative, atomically: true, encoding: .utf8)
        // A negative weight is a tension (sign −1), left out of paths unless --include-tension.
        let negativeWeight = try CLIRunner.run(["path", "a", "c", negative.path])
        #expect(negativeWeight.status == 0, "\(negativeWeight.stderr)")
        #expect(negativeWeight.stdout.hasPrefix("no path from a to c"), "\(negativeWeight.stdout)")
        let negativeWidest = try CLIRunner.run(
            ["path", "a", "c", negative.path, "--distance", "unit", "--mode", "widest", "--include-tension"])
        #expect(negativeWidest.status == 0, "\(negativeWidest.stderr)")
        #expect(negativeWidest.stdout.contains("a → b → c"), "\(negativeWidest.stdout)")
        let ones = folder.appendingPathComponent("ones.edges")
        try "a b 1\nb c 1\n".write(to: ones, atomically: true, encoding: .utf8)
        let zeroLength = try CLIRunner.run(["dependencies", "a", ones.path, "--distance", "neglog"])
        #expect(zeroLength.status == 1)
        #expect(zeroLength.stderr.contains("has length 0"), "\(zeroLength.stderr)")
        #expect(!zeroLength.stderr.contains("Fatal"))
    }

    @Test("edge lists: vertex names, case-insensitive, with suggestions")
    func edgeList() throws {
        let folder = try CLIRunner.temporaryFolder()
        let file = folder.appendingPathComponent("g.edges")
        try "a b 0.5\nb c 0.5\na c 0.1\nc d 1\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["path", "A", "d", file.path, "--k", "3", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try json(result)
        #expect(entities(object) == [["a", "b", "c", "d"], ["a", "c", "d"]])
        #expect((object["paths"] as? [[String: Any]])?.map { $0["cost"] as? Double } == [5, 11])
        let missing = try CLIRunner.run(["path", "a", "e", file.path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no vertex 'e'"))
    }

    @Test("dependencies: Ukraine's transit depends on Belarus, unavoidably")
    func dependencies() throws {
        let result = try CLIRunner.run(["dependencies", "Ukraine", "--layers", "transit", "--directed", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try json(result)
        #expect((object["node"] as? [String: Any])?["id"] as? String == "UKR")
        #expect(object["reachable"] as? Int == 7)
        let rows = try #require(object["intermediaries"] as? [[String: Any]])
        #expect(rows.prefix(3).map { $0["id"] as? String } == ["BLR", "RUS", "KAZ"])
        #expect(rows.first?["unavoidable"] as? Bool == true)
        #expect((rows.first?["without"] as? [String: Any])?["cut_off"] as? Int == 6)

        let table = try CLIRunner.run(["dependencies", "Kazakhstan", "--top", "5"])
        #expect(table.status == 0, "\(table.stderr)")
        let lines = table.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("Kazakhstan (KAZ) reaches") == true)
        #expect(lines.count == 1 + 2 + 5)
        #expect(table.stdout.contains("RUS"))
        #expect(lines.allSatisfy { $0.count <= 110 }, "\(lines)")
    }
}
