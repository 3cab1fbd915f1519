import Foundation
import GraphAlgorithms
import Testing
@testable import GraphvizRendering

@Suite("Rendering errors, concurrency and large graphs")
struct RenderingErrorTests {
    private func small() throws -> Diagram {
        try Diagram(network: try RenderingSupport.hostile)
    }

    @Test("an unknown engine names the available ones")
    func unknownEngine() throws {
        var options = DiagramOptions()
        options.engine = "nonsense"
        let error = #expect(throws: RenderingError.self) { try Diagram(network: try RenderingSupport.hostile, options: options) }
        let text = error?.description ?? ""
        #expect(text.contains("unknown layout engine 'nonsense'"))
        for engine in ["dot", "neato", "fdp", "sfdp", "circo", "twopi"] { #expect(text.contains(engine)) }
    }

    @Test("an unknown format names the available ones")
    func unknownFormat() throws {
        let error = #expect(throws: RenderingError.self) { try small().render(format: "docx") }
        let text = error?.description ?? ""
        #expect(text.contains("unknown output format 'docx'"))
        for format in ["svg", "png", "pdf", "plain", "json"] { #expect(text.contains(format)) }
        #expect(!text.contains("x11"))
    }

    @Test("highlighting an id that is not drawn is an error")
    func unknownVertex() throws {
        var options = DiagramOptions()
        options.highlightPath = ["Q1", "NOPE"]
        #expect(throws: RenderingError.unknownVertex("NOPE")) {
            try Diagram(network: try RenderingSupport.hostile, options: options)
        }
    }

    @Test("the library lists engines and formats")
    func lists() {
        #expect(GraphvizLibrary.availableEngines.contains("dot"))
        #expect(GraphvizLibrary.availableFormats.contains("svg"))
    }

    @Test("rendering from 8 tasks at once works and gives the same SVG")
    func concurrentRendering() async throws {
        let diagram = try small()
        let reference = try diagram.render(format: "svg")
        let results = try await withThrowingTaskGroup(of: [Data].self) { group in
            for task in 0..<8 {
                group.addTask {
                    var outputs: [Data] = []
                    for round in 0..<4 {
                        outputs.append(try diagram.render(format: (task + round) % 3 == 0 ? "png" : "svg"))
                        _ = try diagram.dot()
                    }
                    return outputs
                }
            }
            var all: [Data] = []
            for try await outputs in group { all += outputs }
            return all
        }
        #expect(results.count == 32)
        let svgs = results.filter { $0.starts(with: Array("<?xml".utf8)) }
        #expect(!svgs.isEmpty)
        #expect(svgs.allSatisfy { $0 == reference })
    }

    @Test("above the threshold: sfdp and hidden labels by default, with notices; explicit choices win")
    func largeGraphDefaults() throws {
        let n = 60
        let edges = (0..<n).map { WeightedEdge(Vertex($0), Vertex(($0 * 7 + 1) % n), weight: 1) }
        let graph = Graph(vertexCount: n, edges: edges, directed: false)
        let ids = (0..<n).map { "v\($0)" }
        var options = DiagramOptions()
        options.largeGraphThreshold = 50
        options.neatoLimit = 50
        let automatic = try Diagram(graph: graph, ids: ids, options: options)
        #expect(automatic.engine == "sfdp")
        #expect(!automatic.showsLabels)
        #expect(automatic.notices.count == 2)
        let svg = String(decoding: try automatic.render(format: "svg"), as: UTF8.self)
        #expect(RenderingSupport.count("node", in: svg) == n)
        options.engine = "neato"
        options.showLabels = true
        let chosen = try Diagram(graph: graph, ids: ids, options: options)
        #expect(chosen.engine == "neato" && chosen.showsLabels && chosen.notices.isEmpty)
    }

    @Test("focus keeps only the given entities and the relations among them")
    func focus() throws {
        var options = DiagramOptions()
        options.focus = ["Q1", "Q2"]
        let diagram = try Diagram(network: try RenderingSupport.hostile, options: options)
        #expect(diagram.vertexCount == 2)
        // Q1–Q2 trade and Q1–Q2 tension: one tie carrying both, tension as a strand.
        #expect(diagram.edgeCount == 1)
        #expect(diagram.ties.map(\.relations.count) == [2])
        #expect(diagram.ties.first.map { $0.isTension && !$0.isOnlyTension } == true)
    }
}
