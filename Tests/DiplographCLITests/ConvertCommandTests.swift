import Foundation
import Testing

@Suite("CLI: convert")
struct ConvertCommandTests {
    static let curated = CLIRunner.packageRoot.appendingPathComponent("Graphs/kazakhstan-multivector.yaml").path

    @Test("curated graph → GraphML → YAML gives the same YAML as converting it directly")
    func roundTrip() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (from, to) in [(Self.curated, "direct.yaml"), (Self.curated, "k.graphml"), ("k.graphml", "via-graphml.yaml"),
                           (Self.curated, "k.gexf"), ("k.gexf", "via-gexf.yaml"),
                           (Self.curated, "k.json"), ("k.json", "--to"), (Self.curated, "k.nodelink.json"),
                           ("k.nodelink.json", "via-nodelink.yaml")] where to != "--to" {
            let result = try CLIRunner.run(["convert", from, to], in: folder)
            #expect(result.status == 0, "\(from) → \(to): \(result.stderr)")
        }
        let direct = try String(contentsOf: folder.appendingPathComponent("direct.yaml"), encoding: .utf8)
        for name in ["via-graphml.yaml", "via-gexf.yaml", "via-nodelink.yaml"] {
            #expect(try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) == direct, "\(name)")
        }
    }

    @Test("--to nodelink with a plain .json name, and CSV writes two files")
    func explicitFormats() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let nodelink = try CLIRunner.run(["convert", Self.curated, "out.json", "--to", "nodelink"], in: folder)
        #expect(nodelink.status == 0, "\(nodelink.stderr)")
        let text = try String(contentsOf: folder.appendingPathComponent("out.json"), encoding: .utf8)
        #expect(text.contains("\"multigraph\": true") && text.contains("\"edges\": ["))
        let csv = try CLIRunner.run(["convert", Self.curated, "net.csv"], in: folder)
        #expect(csv.status == 0, "\(csv.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("net.nodes.csv").path))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("net.edges.csv").path))
        let back = try CLIRunner.run(["convert", "net.csv", "back.yaml"], in: folder)
        #expect(back.status == 0, "\(back.stderr)")
    }

    @Test("malformed GraphML, GEXF, node-link and DOT: exit 1, a located message, no output file", arguments: [
        "malformed.graphml", "bad-value.graphml", "bad-citations.graphml", "malformed.gexf", "bad-attvalue.gexf",
        "malformed.nodelink.json", "malformed.dot",
    ])
    func malformed(fixture: String) throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(["convert", CLIRunner.fixture("interop/" + fixture), "out.yaml"], in: folder)
        #expect(result.status == 1, "\(fixture): \(result.status) \(result.stderr)")
        // The same shape for every format: the line starts with file:line:col.
        let pattern = #/(?m)^[^\n]*interop/[^:]+:\d+:\d+: error: .+/#
        #expect(result.stderr.contains(pattern), "\(fixture): \(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "\(fixture): a file was left")
    }

    @Test("DOT imports; --rescale-weights makes heavy weights usable")
    func importsForeign() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dot = try CLIRunner.run(["convert", CLIRunner.fixture("interop/small.dot"), "small.graphml"], in: folder)
        #expect(dot.status == 0, "\(dot.stderr)")
        #expect(dot.stderr.contains("warning"), "dropped edge attributes are reported")
        let heavy = try CLIRunner.run(
            ["convert", CLIRunner.fixture("interop/networkx-heavy.gexf"), "heavy.yaml", "--rescale-weights"], in: folder)
        #expect(heavy.status == 0, "\(heavy.stderr)")
        let info = try CLIRunner.run(["info", "heavy.yaml", "--format", "json"], in: folder)
        #expect(info.status == 0, "\(info.stderr)")
        #expect(info.stdout.contains("\"relations\" : 2") || info.stdout.contains("\"relations\": 2"), "\(info.stdout)")
    }

    @Test("usage errors exit 64: unknown extension, DOT output")
    func usage() throws {
        let unknown = try CLIRunner.run(["convert", Self.curated, "out.txt"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("--to"))
        let dot = try CLIRunner.run(["convert", Self.curated, "out.dot"])
        #expect(dot.status == 64)
    }

    @Test("an unwritable output leaves nothing behind and exits 1")
    func unwritable() throws {
        let result = try CLIRunner.run(["convert", Self.curated, "/nonexistent-folder/out.graphml"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("cannot write"))
    }
}
