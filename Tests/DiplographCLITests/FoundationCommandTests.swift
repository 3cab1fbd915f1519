import Foundation
import Testing

@Suite("CLI: help, validate, info")
struct FoundationCommandTests {
    @Test("diplograph alone prints help and lists the subcommands")
    func help() throws {
        let result = try CLIRunner.run([])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: diplograph <subcommand>"))
        #expect(result.stdout.contains("validate"))
        #expect(result.stdout.contains("info"))
    }

    @Test("validate accepts the valid fixture and checks its evidence against the sources")
    func validateValid() throws {
        let result = try CLIRunner.run([
            "validate", CLIRunner.fixture("network/small.yaml"), "--sources-dir", CLIRunner.fixture("sources"),
        ])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("valid — 5 entities, 5 relations, 5 citations (checked against sources)"))
    }

    @Test("validate fails with located messages on every bad fixture and never crashes")
    func validateBad() throws {
        let folder = CLIRunner.fixture("bad")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(files.count >= 20)
        for file in files {
            let result = try CLIRunner.run(["validate", folder + "/" + file, "--sources-dir", CLIRunner.fixture("sources")])
            #expect(result.status == 1, "\(file): status \(result.status)")
            let pattern = #/^.*/bad/[^:]+:\d+:\d+: error: .+$/#
            #expect(
                result.stdout.split(separator: "\n").contains { $0.wholeMatch(of: pattern) != nil },
                "\(file): \(result.stdout)")
            #expect(result.stderr.contains("error:"), "\(file)")
        }
    }

    @Test("the bundled graph is found from any folder")
    func bundledGraph() throws {
        let result = try CLIRunner.run(["info", "--format", "json"], in: try CLIRunner.temporaryFolder())
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((json["entities"] as? Int ?? 0) > 0)
        #expect((json["relations"] as? Int ?? 0) > 0)
    }

    @Test("info reports counts, breakdowns, components and density as JSON")
    func infoJSON() throws {
        let result = try CLIRunner.run(["info", CLIRunner.fixture("network/small.yaml"), "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["entities"] as? Int == 5)
        #expect(json["relations"] as? Int == 5)
        #expect(json["layers"] as? Int == 4)
        #expect(json["sources"] as? Int == 2)
        #expect(json["components"] as? Int == 2)
        #expect(json["density"] as? Double == 0.3)
        let byLayer = try #require(json["relations_by_layer"] as? [[String: Any]])
        #expect(byLayer.first?["name"] as? String == "trade")
        #expect(byLayer.first?["count"] as? Int == 2)
    }

    @Test("info as a table mentions every kind and layer")
    func infoTable() throws {
        let result = try CLIRunner.run(["info", CLIRunner.fixture("network/small.yaml")])
        #expect(result.status == 0)
        for word in ["state", "bloc", "pipeline", "member_of", "trade", "investment", "tension", "2010 to 2020-03-15"] {
            #expect(result.stdout.contains(word), "\(word)")
        }
        #expect(result.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }

    @Test("bad selections and usage errors exit non-zero with a clear message")
    func badRequests() throws {
        let small = CLIRunner.fixture("network/small.yaml")
        let unknownLayer = try CLIRunner.run(["info", small, "--layers", "trades"])
        #expect(unknownLayer.status == 1)
        #expect(unknownLayer.stderr.contains("no layer 'trades'") && unknownLayer.stderr.contains("'trade'"))
        let badDate = try CLIRunner.run(["info", small, "--as-of", "2014-13"])
        #expect(badDate.status == 64)
        #expect(badDate.stderr.contains("malformed date '2014-13'"))
        let missing = try CLIRunner.run(["info", "/no/such/file.yaml"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("/no/such/file.yaml:1:1: error: cannot read the file"))
    }

    @Test("a failed write leaves no file behind; a good one writes the whole output")
    func atomicOutput() throws {
        let folder = try CLIRunner.temporaryFolder()
        let target = folder.appendingPathComponent("missing-dir/info.json").path
        let failed = try CLIRunner.run(["info", CLIRunner.fixture("network/small.yaml"), "--output", target])
        #expect(failed.status == 1)
        #expect(!FileManager.default.fileExists(atPath: target))
        let good = folder.appendingPathComponent("info.json").path
        let ok = try CLIRunner.run(["info", CLIRunner.fixture("network/small.yaml"), "--format", "json", "-o", good])
        #expect(ok.status == 0)
        let data = try #require(FileManager.default.contents(atPath: good))
        #expect((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["entities"] as? Int == 5)
    }

    @Test("same input, same output, byte for byte")
    func deterministic() throws {
        let a = try CLIRunner.run(["info", CLIRunner.fixture("network/small.yaml"), "--format", "json"])
        let b = try CLIRunner.run(["info", CLIRunner.fixture("network/small.yaml"), "--format", "json"])
        #expect(a.stdout == b.stdout)
    }
}
