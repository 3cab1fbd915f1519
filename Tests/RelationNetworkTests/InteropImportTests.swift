import Foundation
import Testing

@testable import RelationNetwork

@Suite("Interop: importing files from other tools")
struct InteropImportTests {
    @Test("a NetworkX GraphML multigraph becomes entities and relations with defaults")
    func networkXGraphML() throws {
        let (document, warnings) = try NetworkInterop.read(path: FixturePaths.fixture("interop/networkx.graphml"), format: .graphml)
        let network = document.network
        #expect(network.isCurated == false)
        #expect(network.entities.map(\.id) == ["Astana", "Moscow", "Beijing"])
        #expect(network.entities.map(\.name) == ["Kazakhstan", "Russia", "China"])
        #expect(network.entities.map(\.kind) == ["state", "node", "node"])
        #expect(network.declaredKinds == ["node"])
        #expect(network.entities[0].attributes == ["population": "19.6"])
        #expect(network.entities[1].attributes == ["population": "146"])
        #expect(network.relations.map(\.layer) == ["trade", "security", "edge"])
        #expect(network.relations.map(\.strength) == [0.8, 0.5, 0.25])
        #expect(network.relations.allSatisfy { $0.id == nil }, "NetworkX keys repeat per pair, so they are not ids")
        #expect(network.layers.map(\.id) == ["trade", "security", "edge"])
        #expect(network.layers.allSatisfy { !$0.isDirected && $0.domain == "unspecified" })
        #expect(warnings.contains { $0.message.contains("color") })
    }

    @Test("NetworkX node-link JSON with the older 'links' key reads the same as its GraphML")
    func networkXLinks() throws {
        let fromLinks = try NetworkInterop.read(path: FixturePaths.fixture("interop/networkx-links.json"), format: .nodelink).document.network
        let fromGraphML = try NetworkInterop.read(path: FixturePaths.fixture("interop/networkx.graphml"), format: .graphml).document.network
        #expect(fromLinks.entities.map(\.id) == fromGraphML.entities.map(\.id))
        #expect(fromLinks.relations.map(\.strength) == fromGraphML.relations.map(\.strength))
        #expect(fromLinks.relations.map(\.layer) == fromGraphML.relations.map(\.layer))
    }

    @Test("GEXF attributes declared after the nodes and edges that use them are read, defaults included")
    func lateGEXFDeclarations() throws {
        let network = try NetworkInterop.read(path: FixturePaths.fixture("interop/late-attributes.gexf"), format: .gexf).document.network
        #expect(network.entities.map(\.kind.rawValue) == ["state", "bloc"])
        #expect(network.entities.map(\.name) == ["A", "B"])
        #expect(network.relations.map(\.layer.rawValue) == ["trade"])
        #expect(network.relations.map(\.strength) == [2])
    }

    @Test("weights above 1 are strengths of an uncurated graph; a curated one must rescale them, located at the weight")
    func heavyWeights() throws {
        let path = FixturePaths.fixture("interop/networkx-heavy.gexf")
        let uncurated = try NetworkInterop.read(path: path, format: .gexf).document.network
        #expect(uncurated.relations.map(\.strength) == [3.5, 7.0])
        let distances = try NetworkInterop.read(path: path, format: .gexf, options: GraphImportOptions(weights: .distance))
        #expect(distances.document.network.relations.map(\.strength) == [1 / 3.5, 1 / 7.0])

        var graph = try NetworkInterop.readGraph(path: path, format: .gexf)
        graph.attributes.append(AttributedGraph.Attribute("curated", .bool(true)))
        let error = try #require(throws: NetworkLoadError.self) { try NetworkDocument.importing(graph, file: path) }
        let first = try #require(error.diagnostics.first)
        #expect(first.location.line == 13)
        #expect(first.field == "relations[0].strength")
        #expect(first.message.contains("weight 3.5") && first.message.contains("rescaleWeights"))
    }

    @Test("negative weights are tensions of their magnitude; zero weights are located errors")
    func signedWeights() throws {
        let graph = AttributedGraph(
            isDirected: false, attributes: [],
            nodes: [AttributedGraph.Node(id: "a"), AttributedGraph.Node(id: "b"), AttributedGraph.Node(id: "c")],
            edges: [
                AttributedGraph.Edge(id: nil, source: "a", target: "b", attributes: [AttributedGraph.Attribute("weight", .double(-2))]),
                AttributedGraph.Edge(
                    id: nil, source: "b", target: "c",
                    attributes: [AttributedGraph.Attribute("weight", .double(0), at: SourceLocation(file: "g", line: 4, column: 9))]),
            ],
            location: SourceLocation(file: "g", line: 1, column: 1))
        let error = try #require(throws: NetworkLoadError.self) { try NetworkDocument.importing(graph, file: "g") }
        #expect(error.diagnostics.map(\.description) == [
            "g:4:9: error: relations[1].strength: weight 0 gives no tie: weights must be non-zero and finite (remove the edge, or fix its weight)"
        ])
        var signed = graph
        signed.edges.removeLast()
        let network = try NetworkDocument.importing(signed, file: "g").document.network
        #expect(network.relations.map(\.strength) == [2])
        #expect(network.relations.map(\.sign) == [.tension])
    }

    @Test("--rescale-weights divides weights by the largest")
    func rescaled() throws {
        let path = FixturePaths.fixture("interop/networkx-heavy.gexf")
        let network = try NetworkInterop.read(path: path, format: .gexf, options: GraphImportOptions(rescaleWeights: true)).document.network
        #expect(network.relations.map(\.strength) == [0.5, 1.0])
        #expect(network.relations.map(\.id) == ["0", "1"], "GEXF edge ids are unique, so they become relation ids")
        #expect(network.entities.map(\.name) == ["Kazakhstan", "Russia", "3"])
        #expect(network.layers.map(\.isDirected) == [true])
    }

    @Test("a plain edges CSV (source,target,weight) imports with nodes taken from the edges")
    func plainCSV() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("interop-csv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("ties.csv").path
        try "Source,Target,Weight,Label\nKAZ,RUS,0.5,\"trade, mostly\"\nRUS,CHN,1,\n".write(toFile: path, atomically: true, encoding: .utf8)
        let (document, warnings) = try NetworkInterop.read(path: path, format: .csv)
        #expect(document.network.entities.map(\.id) == ["KAZ", "RUS", "CHN"])
        #expect(document.network.relations.map(\.strength) == [0.5, 1])
        #expect(warnings.contains { $0.message.contains("label") })
    }

    @Test("format detection from extensions, .nodelink.json before .json")
    func formats() {
        #expect(InteropFormat(path: "a/b.nodelink.json") == .nodelink)
        #expect(InteropFormat(path: "b.JSON") == .json)
        #expect(InteropFormat(path: "b.yml") == .yaml)
        #expect(InteropFormat(path: "b.gv") == .dot)
        #expect(InteropFormat(path: "b.graphml") == .graphml)
        #expect(InteropFormat(path: "b.gexf") == .gexf)
        #expect(InteropFormat(path: "b.csv") == .csv)
        #expect(InteropFormat(path: "b.txt") == nil)
        #expect(NetworkInterop.csvPaths(for: "out/x.csv") == ("out/x.nodes.csv", "out/x.edges.csv"))
        #expect(NetworkInterop.csvPaths(for: "x.edges.csv") == ("x.nodes.csv", "x.edges.csv"))
    }
}
