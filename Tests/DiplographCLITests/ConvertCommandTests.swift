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

    /// Hostile XML that crashed the Foundation XMLParser reader (exit 132/139) or expanded without bound.
    static let hostileXML: [(name: String, bytes: [UInt8])] = {
        let head = Array("<?xml version=\"1.0\"?>\n".utf8)
        let nonUTF8 = head + Array("<graphml><graph><node id=\"a\" b".utf8) + [0xFF] + Array("c=\"1\"/></graph></graphml>\n".utf8)
        let deep = head + Array(("<graphml><graph>" + String(repeating: "<a>", count: 40_000)
            + String(repeating: "</a>", count: 40_000) + "</graph></graphml>\n").utf8)
        let laughs = "<!DOCTYPE graphml [<!ENTITY lol0 \"lol\">"
            + (1...9).map { "<!ENTITY lol\($0) \"\(String(repeating: "&lol\($0 - 1);", count: 10))\">" }.joined() + "]>\n"
        let billion = head + Array((laughs + #"<graphml><graph><node id="&lol9;"/></graph></graphml>"# + "\n").utf8)
        let emptyPI = head + Array("<graphml><graph><??></graph></graphml>\n".utf8)
        return [("non-utf8.graphml", nonUTF8), ("deep.graphml", deep), ("laughs.graphml", billion), ("pi.gexf", emptyPI)]
    }()

    @Test("hostile XML (non-UTF-8 attribute name, 40,000 nested elements, billion laughs, <??>): exit 1, located error, no output, no crash",
          arguments: 0..<4)
    func hostileXML(index: Int) throws {
        let (name, bytes) = Self.hostileXML[index]
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(bytes).write(to: folder.appendingPathComponent(name))
        let result = try CLIRunner.run(["convert", name, "out.yaml"], in: folder)
        #expect(result.status == 1, "\(name): \(result.status) \(result.stderr)")
        let pattern = #/(?m)^[^\n]*\.(graphml|gexf):\d+:\d+: error: .+/#
        #expect(result.stderr.contains(pattern), "\(name): \(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [name], "\(name): a file was left")
    }

    @Test("an empty processing instruction <?pi?> and an internal entity: converted, the entity expanded")
    func processingInstructionAndEntity() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE graphml [<!ENTITY e "e">]>
            <?pi?>
            <graphml><key id="n" for="node" attr.name="name" attr.type="string"/>
            <graph edgedefault="directed"><node id="a"><data key="n">A&e;B</data></node><?pi?><node id="b"/>
            <edge source="a" target="b"/></graph></graphml>

            """
        try text.write(to: folder.appendingPathComponent("in.graphml"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["convert", "in.graphml", "out.yaml"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let yaml = try String(contentsOf: folder.appendingPathComponent("out.yaml"), encoding: .utf8)
        #expect(yaml.contains("name: AeB"), "\(yaml)")
    }

    @Test("GEXF export: dynamic with Gephi's start/end from relation and entity dates")
    func dynamicGEXF() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(["convert", Self.curated, "k.gexf"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOf: folder.appendingPathComponent("k.gexf"), encoding: .utf8)
        #expect(text.contains(#"<graph mode="dynamic" timeformat="date" defaultedgetype="directed">"#))
        #expect(text.contains(#/<edge id="[^"]+" [^>]* start="\d{4}-\d{2}-\d{2}"/#))
        #expect(text.contains(#/<node id="[^"]+" [^>]* start="\d{4}-\d{2}-\d{2}"/#))
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
