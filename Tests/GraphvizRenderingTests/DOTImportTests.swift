import Foundation
import RelationNetwork
import Testing

@testable import GraphvizRendering

/// Paths of the shared interop fixtures, found from this source file.
private func interopFixture(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/interop").appendingPathComponent(name).path
}

@Suite("DOT import through agmemread")
struct DOTImportTests {
    @Test("a small DOT file gives its nodes, edges and attributes in file order")
    func smallGraph() throws {
        let graph = try DOTImport.read(path: interopFixture("small.dot"), displayPath: "small.dot")
        #expect(graph.isDirected)
        #expect(graph.nodes.map(\.id) == ["KAZ", "RUS", "CHN", "EU"])
        let kaz = try #require(graph.nodes.first)
        #expect(kaz.attributes[named: "label"]?.value == .string("Қазақстан"))
        #expect(kaz.attributes[named: "kind"]?.value == .string("state"))
        #expect(kaz.attributes[named: "capital"]?.value == .string("Astana"))
        #expect(kaz.attributes[named: "shape"]?.value == .string("box"))
        #expect(graph.nodes[2].attributes[named: "label"] == nil, "the \\N default label is not an attribute")
        #expect(graph.edges.map(\.id) == ["t1", "s1", "t2", "e1"])
        #expect(graph.edges.map(\.source) == ["KAZ", "KAZ", "CHN", "EU"])
        #expect(graph.edges.map(\.target) == ["RUS", "RUS", "KAZ", "KAZ"])
        #expect(graph.edges[0].attributes[named: "weight"]?.value == .string("0.8"))
        #expect(graph.edges[1].attributes[named: "color"]?.value == .string("red"))
        #expect(graph.attributes[named: "label"]?.value == .string("A small DOT graph"))
    }

    @Test("the DOT file becomes a network: names from labels, layers and strengths from attributes")
    func network() throws {
        let (document, warnings) = try DOTImport.network(path: interopFixture("small.dot"), displayPath: "small.dot")
        let network = document.network
        #expect(network.title == "A small DOT graph")
        #expect(network.entities.map(\.name) == ["Қазақстан", "Russia", "CHN", "European Union"])
        #expect(network.entities.map(\.kind) == ["state", "state", "node", "bloc"])
        #expect(network.relations.map(\.id) == ["t1", "s1", "t2", "e1"])
        #expect(network.relations.map(\.layer) == ["trade", "security", "trade", "edge"])
        #expect(network.relations.map(\.strength) == [0.8, 0.5, 0.25, 1])
        #expect(network.layers.map(\.id) == ["trade", "security", "edge"])
        #expect(network.layers.allSatisfy { $0.isDirected })
        #expect(warnings.contains { $0.message.contains("color") }, "\(warnings)")
    }

    @Test("a DOT syntax error is a Swift error naming the file and Graphviz's line")
    func syntaxError() throws {
        let error = try #require(throws: NetworkLoadError.self) {
            try DOTImport.read(path: interopFixture("malformed.dot"), displayPath: "malformed.dot")
        }
        let first = try #require(error.diagnostics.first)
        #expect(first.location.file == "malformed.dot")
        #expect(first.location.line == 3)
        #expect(first.message.contains("syntax error"))
        // Graphviz stays usable after the error.
        let again = try DOTImport.graph(fromDOT: "graph { a -- b }", file: "inline.dot")
        #expect(again.nodes.count == 2 && again.edges.count == 1 && !again.isDirected)
    }

    @Test("empty text is an error, not a crash")
    func empty() throws {
        #expect(throws: NetworkLoadError.self) { try DOTImport.graph(fromDOT: "", file: "empty.dot") }
    }

    @Test("concurrent imports are serialised by the Graphviz lock")
    func concurrent() async throws {
        try await withThrowingTaskGroup(of: Int.self) { group in
            for i in 0..<8 {
                group.addTask { try DOTImport.graph(fromDOT: "digraph { a\(i) -> b; b -> c }", file: "t\(i).dot").edges.count }
            }
            for try await count in group { #expect(count == 2) }
        }
    }
}
