import Foundation
import GraphAlgorithms
import Testing
@testable import RelationNetwork

/// The one loader: format detection, edge lists as plain graphs or networks, generic defaults.
@Suite("Graph files: one loader for every format")
struct GraphFileTests {
    func write(_ text: String, named name: String, in folder: URL) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("the format comes from the extension, checked against the content, else from the content")
    func detection() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("graph-file-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let cases: [(name: String, text: String, format: GraphFileFormat)] = [
            ("a.yaml", "schema: diplograph/1\n", .yaml),
            ("a.json", "{\"schema\": \"diplograph/1\", \"entities\": []}", .json),
            ("links.json", "{\"directed\": false, \"nodes\": [{\"id\": 1}], \"links\": []}", .nodelink),
            ("a.xml", "<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">", .graphml),
            ("b.xml", "<?xml version=\"1.0\"?>\n<gexf version=\"1.2\">", .gexf),
            ("net.txt", "// comment\nstrict digraph g {\n a -> b\n}\n", .dot),
            ("plain.txt", "a b 1\nb c 2\n", .edgelist),
            ("native.txt", "# a network\nschema: diplograph/1\ntitle: t\n", .yaml),
            ("edges.csv", "Source,Target,Weight\na,b,1\n", .edgelist),
            ("table.csv", "source,target,layer,weight\na,b,trade,1\n", .csv),
            ("g.gv", "graph { a -- b }", .dot),
        ]
        for (name, text, format) in cases {
            let path = try write(text, named: name, in: folder)
            #expect(GraphFile.format(of: path) == format, "\(name)")
        }
        let plain = try write("a b\n", named: "override.txt", in: folder)
        #expect(GraphFile.format(of: plain, override: .csv) == .csv)
        _ = try write("id\na\n", named: "pair.nodes.csv", in: folder)
        let pair = try write("source,target\na,a\n", named: "pair.csv", in: folder)
        #expect(GraphFile.format(of: pair) == .csv, "companion tables make NAME.csv a table pair")
    }

    @Test("edge lists stay plain graphs (weights inverted with distance); a network on demand")
    func edgeLists() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("graph-file-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try write("a b 4\nb c 0.5\n", named: "g.edges", in: folder)
        guard case let .plain(named) = try GraphFile.load(path: path).graph else {
            Issue.record("an edge list is a plain graph")
            return
        }
        #expect(named.graph.weight(from: 0, to: 1) == 4)
        let lengths = try GraphFile.load(path: path, options: GraphLoadOptions(importOptions: GraphImportOptions(weights: .distance)))
        guard case let .plain(inverted) = lengths.graph else {
            Issue.record("an edge list is a plain graph")
            return
        }
        #expect(inverted.graph.weight(from: 0, to: 1) == 0.25)
        // Parallel lengths are inverted one by one, then summed as strengths: 1/4 + 1/2.
        let parallel = try write("a b 4\nb a 2\nb c 1\n", named: "parallel.edges", in: folder)
        let summed = try GraphFile.load(path: parallel, options: GraphLoadOptions(importOptions: GraphImportOptions(weights: .distance)))
        guard case let .network(parallelNetwork) = summed.graph else {
            Issue.record("parallel lengths are read as a network")
            return
        }
        #expect(parallelNetwork.relations.map(\.strength) == [0.25, 0.5, 1])
        let zero = try write("a b 1\n# note\nb c 0\n", named: "zero.edges", in: folder)
        let error = try #require(throws: NetworkLoadError.self) { try GraphFile.load(path: zero) }
        #expect(error.diagnostics.first?.location == SourceLocation(file: zero, line: 3, column: 5))
        let converted = try GraphFile.network(named, file: path)
        guard case let .network(network) = converted.graph else {
            Issue.record("converted to a network")
            return
        }
        #expect(network.entities.map(\.id) == ["a", "b", "c"])
        #expect(network.relations.map(\.strength) == [4, 0.5])
        #expect(network.layers.count == 1)
        #expect(converted.notes == ["2 relations have no citation (uncurated data)"])
        #expect(converted.warnings.isEmpty)
    }

    @Test("without states the focus is the most central entity; poles default to its strongest partners")
    func genericDefaults() throws {
        let graph = AttributedGraph(
            isDirected: false,
            nodes: ["hub", "x", "y", "z", "w"].map { AttributedGraph.Node(id: $0) },
            edges: [("hub", "x", 3.0), ("hub", "y", 1.0), ("hub", "z", 2.0), ("x", "y", 1.0), ("z", "w", 1.0)].map {
                AttributedGraph.Edge(source: $0.0, target: $0.1, attributes: [AttributedGraph.Attribute("weight", .double($0.2))])
            })
        let network = try NetworkDocument.importing(graph, file: "g").document.network
        #expect(network.defaultFocus()?.id == "hub")
        #expect(network.defaultPoles(for: "hub", count: 2) == ["x", "z"])
        #expect(network.defaultPoles(for: "hub", count: 4) == ["x", "z", "y", "w"], "completed by relation counts")
        let analysis = try network.balanceAnalysis()
        #expect(analysis.focus.id == "hub")
        #expect(analysis.balance.domains.isEmpty, "no layer has a balance domain: the overall row only")
    }

    @Test("--layers and --kinds drop entities left without ties unless keepIsolated")
    func isolated() throws {
        let network = try NetworkDocument.load(path: FixturePaths.fixture("network/balance.yaml")).document.network
        let layer = try #require(network.layers.first).id
        let dropped = try network.selecting(NetworkSelection(layers: [layer])).network
        let kept = try network.selecting(NetworkSelection(layers: [layer], keepIsolated: true)).network
        #expect(kept.entities.count == network.entities.count)
        let tied = Set(dropped.relations.flatMap { [$0.from, $0.to] })
        #expect(Set(dropped.entities.map(\.id)) == tied)
    }
}
