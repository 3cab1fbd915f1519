import Foundation
import Testing

@Suite("CLI: claims, disputes, dated knowledge and stated routes")
struct EvidenceCommandTests {
    let fixture = CLIRunner.fixture("network/evidence.yaml")

    @Test("info and validate list the disputes; info --format json has a disputes array")
    func disputesListed() throws {
        let info = try CLIRunner.run(["info", fixture])
        #expect(info.status == 0, "\(info.stderr)")
        #expect(info.stdout.contains("2 disputes"), "\(info.stdout)")
        #expect(info.stdout.contains("- m1 (K → E, member_of), dating:\n    a ¶1: since 2014\n    b ¶1: since 2015-01-01\n"))
        let json = try CLIRunner.run(["info", fixture, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let disputes = try #require(object["disputes"] as? [[String: Any]])
        #expect(disputes.compactMap { $0["kind"] as? String } == ["dating", "entity_dating"])
        let validate = try CLIRunner.run(["validate", fixture])
        #expect(validate.status == 0)
        #expect(validate.stdout.contains("2 disputes"))
    }

    @Test("--as-of keeps a disputed tie and says what it left out; --strict-dating drops it")
    func asOf() throws {
        let lenient = try CLIRunner.run(["path", "K", "E", "--as-of", "2014-06-01", fixture])
        #expect(lenient.status == 0)
        #expect(lenient.stdout.contains("— disputed"), "\(lenient.stdout)")
        #expect(lenient.stderr.contains("note: as of 2014-06-01"), "\(lenient.stderr)")
        let strict = try CLIRunner.run(["path", "K", "E", "--as-of", "2014-06-01", "--strict-dating", fixture])
        #expect(strict.status == 1, "the Union has no tie at all that date, so it is not in the selection")
        #expect(strict.stderr.contains("not in the selection"), "\(strict.stderr)")
    }

    @Test("path marks composed routes; --stated-only excludes them")
    func statedRoutes() throws {
        let composed = try CLIRunner.run(["path", "U", "X", "--layers", "transit", "--directed", "--format", "json", fixture])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(composed.stdout.utf8)) as? [String: Any])
        let path = try #require((object["paths"] as? [[String: Any]])?.first)
        #expect(path["stated_by_one_source"] as? Bool == false)
        #expect((path["composition"] as? String)?.contains("no source states this chain") == true)
        let statedOnly = try CLIRunner.run(["path", "U", "X", "--layers", "transit", "--directed", "--stated-only", fixture])
        #expect(statedOnly.status == 0)
        #expect(statedOnly.stdout.hasPrefix("no path"), "\(statedOnly.stdout)")
        let stated = try CLIRunner.run(["path", "U", "K", "--layers", "transit", "--directed", fixture])
        #expect(stated.stdout.contains("stated by route west"), "\(stated.stdout)")
    }

    @Test("the bundled graph: one disputed EEU tie, found in mid-2014; all relations known by 2023; composed routes marked")
    func bundledGraph() throws {
        let eeu = try CLIRunner.run(["path", "Kazakhstan", "EEU", "--layers", "member_of", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(eeu.stdout.utf8)) as? [String: Any])
        let hop = try #require(((object["paths"] as? [[String: Any]])?.first?["hops"] as? [[String: Any]])?.first)
        #expect((hop["strength"] as? Double ?? 2) <= 1)
        let relations = try #require(hop["relations"] as? [[String: Any]])
        #expect(relations.count == 1)
        #expect(relations.first?["disputed"] as? Bool == true)
        let datings = Set((relations.first?["citations"] as? [[String: Any]] ?? []).compactMap { $0["since"] as? String })
        #expect(datings.isSuperset(of: ["2014", "2015-01-01"]), "\(datings)")
        let mid2014 = try CLIRunner.run(["path", "Kazakhstan", "EEU", "--layers", "member_of", "--as-of", "2014-06-01"])
        #expect(mid2014.status == 0 && mid2014.stdout.contains("— disputed"), "\(mid2014.stdout)\(mid2014.stderr)")

        let all = try CLIRunner.run(["info", "--format", "json"])
        let known = try CLIRunner.run(["info", "--known-by", "2023-12-31", "--format", "json"])
        let (a, k) = (
            try #require(try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [String: Any]),
            try #require(try JSONSerialization.jsonObject(with: Data(known.stdout.utf8)) as? [String: Any])
        )
        #expect(a["relations"] as? Int == k["relations"] as? Int)
        let disputes = try #require(a["disputes"] as? [[String: Any]])
        let disputed = Set(disputes.filter { $0["kind"] as? String == "dating" }.compactMap { "\($0["from"] ?? "")→\($0["to"] ?? "")" })
        #expect(disputed.isSuperset(of: ["KAZ→EEU", "KAZ→CU", "KAZ→EPCA-2015"]), "\(disputed)")

        let route = try CLIRunner.run(["path", "Ukraine", "European Union", "--layers", "transit", "--format", "json"])
        let paths = try #require(
            (try JSONSerialization.jsonObject(with: Data(route.stdout.utf8)) as? [String: Any])?["paths"] as? [[String: Any]])
        for path in paths where (path["hops_count"] as? Int ?? 0) > 1 {
            let covered = path["stated_by_one_source"] as? Bool
            #expect(covered != nil)
            if covered == false { #expect((path["composition"] as? String)?.contains("no source states this chain") == true) }
        }
        #expect(paths.contains { $0["stated_by_one_source"] as? Bool == false }, "the route to the EU is composed")
    }

    @Test("bad claims: located error, exit 1, nothing written", arguments: [
        ("since: \"2014-13\"", "malformed date '2014-13'"),
        ("stance: doubts", "unknown stance 'doubts'"),
    ])
    func badClaims(field: String, message: String) throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOfFile: fixture, encoding: .utf8)
            .replacingOccurrences(of: "evidence: K is a member }", with: "evidence: K is a member, \(field) }")
        try text.write(to: folder.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["convert", "bad.yaml", "out.graphml"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("bad.yaml:30:"), "\(result.stderr)")
        #expect(result.stderr.contains(message))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.graphml").path))
    }
}
