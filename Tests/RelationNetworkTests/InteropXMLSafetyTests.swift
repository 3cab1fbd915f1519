import Foundation
import Testing

@testable import RelationNetwork

/// Writes `contents` to a new temporary file named `name` and returns its path.
private func temporaryFile(_ name: String, _ contents: Data) throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xml-safety-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let url = folder.appendingPathComponent(name)
    try contents.write(to: url)
    return url.path
}

/// The one located error reading `contents` as GraphML gives.
private func graphMLError(_ contents: Data, name: String = "hostile.graphml") throws -> Diagnostic {
    let path = try temporaryFile(name, contents)
    defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
    let error = try #require(throws: NetworkLoadError.self) {
        try NetworkInterop.readGraph(path: path, format: .graphml, displayPath: name)
    }
    #expect(error.diagnostics.count == 1)
    return try #require(error.diagnostics.first)
}

/// A billion-laughs DTD: `&lol9;` stands for 10⁹ copies of "lol".
private let laughs =
    "<!DOCTYPE graphml [<!ENTITY lol0 \"lol\">"
    + (1...9).map { "<!ENTITY lol\($0) \"\(String(repeating: "&lol\($0 - 1);", count: 10))\">" }.joined() + "]>"

@Suite("Interop: hostile XML gives located errors, never a crash")
struct InteropXMLSafetyTests {
    @Test("a non-UTF-8 byte in an attribute name: libxml2's message, line and column")
    func nonUTF8AttributeName() throws {
        var bytes = Data("<?xml version=\"1.0\"?>\n<graphml><graph><node id=\"a\" b".utf8)
        bytes.append(0xFF)
        bytes.append(contentsOf: Data("c=\"1\"/></graph></graphml>\n".utf8))
        let error = try graphMLError(bytes)
        #expect(error.location.line == 2)
        #expect(error.location.column > 1)
        #expect(error.message.hasPrefix("malformed XML: Input is not proper UTF-8"), "\(error.message)")
        #expect(!error.message.contains("\n"))
        #expect(error.description.hasPrefix("hostile.graphml:2:\(error.location.column): error: "))
    }

    @Test("an empty processing instruction <?pi?> is well-formed and skipped; <??> is a located error")
    func processingInstructions() throws {
        let text = """
            <?xml version="1.0"?>
            <?pi?>
            <graphml><graph edgedefault="directed"><node id="a"/><?pi?><node id="b"/><edge source="a" target="b"/></graph></graphml>

            """
        let path = try temporaryFile("pi.graphml", Data(text.utf8))
        let graph = try NetworkInterop.readGraph(path: path, format: .graphml)
        #expect(graph.nodes.map(\.id) == ["a", "b"])
        #expect(graph.edges.count == 1)
        let error = try graphMLError(Data("<?xml version=\"1.0\"?>\n<graphml><graph><??></graph></graphml>\n".utf8))
        #expect(error.location.line == 2)
        #expect(error.message.hasPrefix("malformed XML: "))
    }

    @Test("40,000 nested elements: a located error at the 257th level")
    func deepNesting() throws {
        let depth = 40_000
        let text = "<?xml version=\"1.0\"?>\n<graphml><graph>" + String(repeating: "<a>", count: depth)
            + String(repeating: "</a>", count: depth) + "</graph></graphml>\n"
        let error = try graphMLError(Data(text.utf8))
        #expect(error.location.line == 2)
        #expect(error.message.contains("nested") || error.message.contains("depth"), "\(error.message)")
    }

    @Test("an internal entity is expanded in data and attributes (A&e;B → AeB), never dropped")
    func internalEntity() throws {
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE graphml [<!ENTITY e "e"><!ENTITY both "&e;&amp;&#x41;">]>
            <graphml>
              <key id="n" for="node" attr.name="name" attr.type="string"/>
              <graph edgedefault="directed">
                <node id="x&e;y"><data key="n">A&e;B</data></node>
                <node id="z"><data key="n">&both; &lt;&both;&gt;</data></node>
              </graph>
            </graphml>

            """
        let path = try temporaryFile("entity.graphml", Data(text.utf8))
        let graph = try NetworkInterop.readGraph(path: path, format: .graphml)
        #expect(graph.nodes.map(\.id) == ["xey", "z"])
        #expect(graph.nodes[0].attributes[named: "name"]?.value == .string("AeB"))
        #expect(graph.nodes[1].attributes[named: "name"]?.value == .string("e&A <e&A>"))
    }

    @Test("an external entity is refused with a located error (nothing is read from disk or network)")
    func externalEntity() throws {
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE graphml [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <graphml><key id="n" for="node" attr.name="name" attr.type="string"/>
            <graph><node id="a"><data key="n">&x;</data></node></graph></graphml>

            """
        let error = try graphMLError(Data(text.utf8))
        #expect(error.location.line == 4)
        #expect(error.message.contains("external"), "\(error.message)")
    }

    @Test("billion laughs in content and in an attribute: refused, located, quickly", arguments: ["data", "attribute"])
    func billionLaughs(place: String) throws {
        let body = place == "data" ? #"<node id="a"><data key="n">&lol9;</data></node>"# : #"<node id="&lol9;"/>"#
        let text = "<?xml version=\"1.0\"?>\n\(laughs)\n<graphml><graph>\(body)</graph></graphml>\n"
        let started = Date()
        let error = try graphMLError(Data(text.utf8))
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(error.location.line == 3)
        #expect(error.message.contains("entit"), "\(error.message)")
    }

    @Test("entities within libxml2's limits but past ours (1 MB, 10× the file): refused, located")
    func expansionBudget() throws {
        let chunk = String(repeating: "x", count: 2_000)
        let references = String(repeating: "&big;", count: 200)  // 400 kB from a 3 kB file
        let text = "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [<!ENTITY big \"\(chunk)\">]>\n"
            + "<graphml><key id=\"n\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>"
            + "<graph><node id=\"a\"><data key=\"n\">\(references)</data></node></graph></graphml>\n"
        let error = try graphMLError(Data(text.utf8))
        #expect(error.location.line == 3)
        #expect(error.message.contains("entit"), "\(error.message)")
    }

    @Test("a well-formed GraphML over 10 MB (150,000 edges) loads")
    func largeGraphML() throws {
        let nodes = 20_000
        let edges = 150_000
        var text = """
            <?xml version="1.0" encoding="utf-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="w" for="edge" attr.name="weight" attr.type="double"/>
              <graph edgedefault="undirected">

            """
        text.reserveCapacity(edges * 80)
        for node in 0..<nodes { text += "    <node id=\"n\(node)\"/>\n" }
        var state: UInt64 = 42
        for _ in 0..<edges {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let source = Int(state >> 33) % nodes
            let target = Int(state >> 13) % nodes
            text += "    <edge source=\"n\(source)\" target=\"n\(target)\"><data key=\"w\">0.\(state % 1000)</data></edge>\n"
        }
        text += "  </graph>\n</graphml>\n"
        let data = Data(text.utf8)
        #expect(data.count > 10_000_000)
        let path = try temporaryFile("large.graphml", data)
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let graph = try NetworkInterop.readGraph(path: path, format: .graphml)
        #expect(!graph.isDirected)
        #expect(graph.nodes.count == nodes)
        #expect(graph.edges.count == edges)
        #expect(graph.edges.allSatisfy { if case .double = $0.attributes[named: "weight"]?.value { true } else { false } })
        #expect(graph.edges.last?.location?.line == 5 + nodes + edges - 1)
    }

    @Test("element locations: the line of the element, also past line 65,535")
    func locations() throws {
        let text = "<?xml version=\"1.0\"?>\n<graphml>\n<graph>\n" + String(repeating: "\n", count: 70_000)
            + "<node id=\"a\"/>\n</graph>\n</graphml>\n"
        let path = try temporaryFile("lines.graphml", Data(text.utf8))
        let graph = try NetworkInterop.readGraph(path: path, format: .graphml)
        #expect(graph.nodes.first?.location?.line == 70_004)
    }

    @Test("exports: edgedefault/defaultedgetype undirected when every layer is, directed otherwise; round trip equal")
    func exportDirection() throws {
        let curated = try NetworkDocument.load(path: FixturePaths.curatedGraph).document.network
        var layers = curated.layers
        for index in layers.indices { layers[index].isDirected = false }
        let undirected = RelationNetwork(
            title: curated.title, description: curated.description, isCurated: curated.isCurated,
            declaredKinds: curated.declaredKinds, sources: curated.sources, layers: layers, entities: curated.entities,
            relations: curated.relations, assessments: curated.assessments, routes: curated.routes)
        let graphML = try #require(try NetworkInterop.export(undirected, as: .graphml, to: "u.graphml").first).contents
        #expect(graphML.contains(#"<graph id="G" edgedefault="undirected">"#))
        let gexf = try #require(try NetworkInterop.export(undirected, as: .gexf, to: "u.gexf").first).contents
        #expect(gexf.contains(#"defaultedgetype="undirected""#))
        let mixed = try #require(try NetworkInterop.export(curated, as: .graphml, to: "k.graphml").first).contents
        #expect(mixed.contains(#"<graph id="G" edgedefault="directed">"#))
        #expect(!mixed.contains(#"directed="false""#), "NetworkX refuses per-edge directed=false in a directed graph")
        for format in [InteropFormat.graphml, .gexf] {
            let back = try roundTrip(undirected, through: format)
            #expect(back == undirected, "\(format): \(firstDifference(back, undirected))")
        }
    }

    @Test("typed keys: strength double, sign long, curated boolean, text string")
    func typedKeys() throws {
        let curated = try NetworkDocument.load(path: FixturePaths.curatedGraph).document.network
        let graphML = try #require(try NetworkInterop.export(curated, as: .graphml, to: "k.graphml").first).contents
        #expect(graphML.contains(#"attr.name="strength" attr.type="double""#))
        #expect(graphML.contains(#"attr.name="sign" attr.type="long""#))
        #expect(graphML.contains(#"attr.name="curated" attr.type="boolean""#))
        #expect(graphML.contains(#"attr.name="layer" attr.type="string""#))
        let gexf = try #require(try NetworkInterop.export(curated, as: .gexf, to: "k.gexf").first).contents
        #expect(gexf.contains(#"title="strength" type="double""#))
        #expect(gexf.contains(#"title="sign" type="long""#))
    }
}
