import Foundation
import Testing

@Suite("diplograph render")
struct RenderCommandTests {
    @Test("renders the bundled graph to SVG, PNG, PDF and DOT files by extension")
    func formatsByExtension() throws {
        let folder = try CLIRunner.temporaryFolder()
        for (name, magic) in [("g.svg", "<?xml"), ("g.png", "\u{89}PNG"), ("g.pdf", "%PDF"), ("g.dot", "digraph")] {
            let result = try CLIRunner.run(["render", "--output", name], in: folder)
            #expect(result.status == 0, "\(name): \(result.stderr)")
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            let prefix = String(decoding: data.prefix(8), as: UTF8.self)
            if magic.hasPrefix("\u{89}") {
                #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]))
            } else {
                #expect(prefix.hasPrefix(magic), "\(name) starts with \(prefix)")
            }
        }
    }

    @Test("--output - writes to stdout; --format overrides; selection, size, path and focus options work")
    func stdoutAndOptions() throws {
        let result = try CLIRunner.run([
            "render", "--output", "-", "--format", "svg", "--layers", "trade,security,member_of",
            "--size-by", "pagerank", "--highlight-path", "astana,RUSSIA", "--engine", "dot",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("<?xml"))
        #expect(result.stdout.contains("path Kazakhstan") || result.stdout.contains("path astana"))
        #expect(result.stdout.contains("size: pagerank"))
        let ego = try CLIRunner.run(["render", "--focus", "Astana", "--radius", "1", "--format", "dot"])
        #expect(ego.status == 0, "\(ego.stderr)")
        #expect(ego.stdout.contains("peripheries=2"))
        let clusters = try CLIRunner.run(["render", "--clusters", "--no-legend", "--format", "dot"])
        #expect(clusters.status == 0)
        #expect(clusters.stdout.contains("subgraph cluster_0"))
        #expect(!clusters.stdout.contains("legend"))
    }

    @Test("defaults: neato, no persons or events (with a note), one edge per pair and direction; --edges each and --kinds")
    func defaults() throws {
        let result = try CLIRunner.run(["render", "--format", "dot"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("layout=neato"))
        #expect(result.stderr.contains("event and person left out"))
        #expect(!result.stdout.contains("id=\"entity-TOKAYEV\""))
        #expect(result.stdout.contains("id=\"tie-KAZ-RUS\""))
        let ties = result.stdout.components(separatedBy: " -> ").count
        let each = try CLIRunner.run(["render", "--format", "dot", "--edges", "each"])
        #expect(each.status == 0)
        #expect(each.stdout.components(separatedBy: " -> ").count > ties)
        let people = try CLIRunner.run(["render", "--format", "dot", "--kinds", "state,person"])
        #expect(people.stdout.contains("id=\"entity-TOKAYEV\""))
        let focus = try CLIRunner.run(["render", "--format", "dot", "--focus", "Kazakhstan"])
        #expect(focus.stdout.contains("layout=twopi"))
        #expect(focus.stdout.contains("root=n"))
        #expect(focus.stdout.contains("id=\"entity-TOKAYEV\""))
    }

    @Test("the hostile fixture renders with one node per entity")
    func hostile() throws {
        let result = try CLIRunner.run(["render", CLIRunner.fixture("render/hostile.yaml"), "--no-legend"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.components(separatedBy: "class=\"node\"").count - 1 == 8)
        // Seven relations, six lines: Q1–Q2's trade and tension relations share one tie; Q3–Q4
        // trade (undirected) and Q4 → Q3 membership (directed) run opposite ways and stay two.
        #expect(result.stdout.components(separatedBy: "class=\"edge\"").count - 1 == 6)
    }

    @Test("unknown names for --highlight-path and --focus: clear error with suggestions, exit 1")
    func unknownNames() throws {
        let path = try CLIRunner.run(["render", "--highlight-path", "Kazakstan,Atlantis"])
        #expect(path.status == 1)
        #expect(path.stderr.contains("error: no entity 'Atlantis'") || path.stderr.contains("error: no entity 'Kazakstan'"))
        let focus = try CLIRunner.run(["render", "--focus", "Rusia"])
        #expect(focus.status == 1)
        #expect(focus.stderr.contains("no entity 'Rusia'"))
        #expect(focus.stderr.contains("did you mean"))
    }

    @Test("unknown engine or format: the available ones are listed, exit 1")
    func unknownEngineAndFormat() throws {
        let engine = try CLIRunner.run(["render", "--engine", "magic"])
        #expect(engine.status == 1)
        #expect(engine.stderr.contains("unknown layout engine 'magic'; available engines:"))
        #expect(engine.stderr.contains("neato"))
        let format = try CLIRunner.run(["render", "--format", "docx"])
        #expect(format.status == 1)
        #expect(format.stderr.contains("unknown output format 'docx'; available formats:"))
        #expect(format.stderr.contains("svg"))
        let folder = try CLIRunner.temporaryFolder()
        let byExtension = try CLIRunner.run(["render", "--output", "diagram.xyz"], in: folder)
        #expect(byExtension.status == 1)
        #expect(byExtension.stderr.contains("unknown output format 'xyz'"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("diagram.xyz").path))
    }

    @Test("writing into a missing folder: clear error, exit 1, nothing written")
    func missingFolder() throws {
        let folder = try CLIRunner.temporaryFolder()
        let result = try CLIRunner.run(["render", "--output", "no/such/folder/g.svg"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("no/such/folder/g.svg: cannot write"))
    }

    @Test("--color-by community fills by Leiden community; usage errors exit 64")
    func communityAndUsage() throws {
        let small = CLIRunner.fixture("network/small.yaml")
        let byCommunity = try CLIRunner.run(["render", small, "--color-by", "community", "--format", "dot"])
        #expect(byCommunity.status == 0, "\(byCommunity.stderr)")
        let byKind = try CLIRunner.run(["render", small, "--color-by", "kind", "--format", "dot"])
        #expect(byKind.status == 0)
        #expect(byCommunity.stdout != byKind.stdout)
        let again = try CLIRunner.run(["render", small, "--color-by", "community", "--format", "dot"])
        #expect(again.stdout == byCommunity.stdout, "seeded: same input, same output")
        let radius = try CLIRunner.run(["render", "--radius", "2"])
        #expect(radius.status == 64)
        let path = try CLIRunner.run(["render", "--highlight-path", "KAZ"])
        #expect(path.status == 64)
    }
}
