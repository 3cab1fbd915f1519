import Foundation
import Testing

@Suite("diplograph explore")
struct ExploreCommandTests {
    @Test("writes one page with an element per entity of the selection")
    func writesPage() throws {
        let folder = try CLIRunner.temporaryFolder()
        let result = try CLIRunner.run(["explore", "--kinds", "state,bloc", "--output", "e.html"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOf: folder.appendingPathComponent("e.html"), encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("data-entity=\"KAZ\"") && html.contains("data-entity=\"EEU\""))
        // Kinds left out by the selection are not drawn (the EU is a bloc; the SCO an organization).
        #expect(!html.contains("data-entity=\"SCO\""))
    }

    @Test("report writes NAME-explorer.html beside itself and links to it; --no-explorer writes none")
    func reportLinks() throws {
        let folder = try CLIRunner.temporaryFolder()
        let result = try CLIRunner.run(["report", "--output", "r.html"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let report = try String(contentsOf: folder.appendingPathComponent("r.html"), encoding: .utf8)
        #expect(report.contains("<a href=\"r-explorer.html\">"))
        let explorer = try String(contentsOf: folder.appendingPathComponent("r-explorer.html"), encoding: .utf8)
        #expect(explorer.contains("id=\"explorer-data\""))
        let other = try CLIRunner.temporaryFolder()
        let plain = try CLIRunner.run(["report", "--output", "r.html", "--no-explorer"], in: other)
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(!FileManager.default.fileExists(atPath: other.appendingPathComponent("r-explorer.html").path))
        #expect(!(try String(contentsOf: other.appendingPathComponent("r.html"), encoding: .utf8)).contains("explorer.html"))
    }

    @Test("bad input exits 1 with a located message and writes nothing; a bad extension is a usage error")
    func errors() throws {
        let folder = try CLIRunner.temporaryFolder()
        let bad = try CLIRunner.run(["explore", CLIRunner.fixture("bad/malformed-date.yaml"), "--output", "e.html"], in: folder)
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("malformed-date.yaml:"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("e.html").path))
        let usage = try CLIRunner.run(["explore", "--output", "e.svg"], in: folder)
        #expect(usage.status == 64)
        let engine = try CLIRunner.run(["explore", "--engine", "nope", "--output", "e.html"], in: folder)
        #expect(engine.status == 1 && engine.stderr.contains("nope"))
    }
}
