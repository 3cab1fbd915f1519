import Foundation
import Testing
@testable import GraphvizRendering

@Suite("Deterministic layouts and files")
struct DeterminismTests {
    static let engines = ["dot", "neato", "fdp", "sfdp", "twopi", "circo"]

    /// A small part of the curated graph (quick to lay out), with parallel relations and tension.
    static func diagram(engine: String) throws -> Diagram {
        var options = DiagramOptions()
        options.engine = engine
        options.focus = ["KAZ", "RUS", "CHN", "USA", "EU", "UKR", "BLR", "EEU", "CSTO", "SCO"]
        options.title = "Determinism"
        return try Diagram(network: try RenderingSupport.curated, options: options)
    }

    @Test("two renders give the same bytes", arguments: engines, ["svg", "png", "pdf", "dot"])
    func sameBytes(engine: String, format: String) throws {
        let first = try Self.diagram(engine: engine).render(format: format)
        let second = try Self.diagram(engine: engine).render(format: format)
        #expect(!first.isEmpty)
        let same = first == second  // compared here: a byte diff of two PNGs is no help
        #expect(same, "\(engine) \(format): \(first.count) and \(second.count) bytes")
    }

    @Test("the written DOT is the same twice", arguments: engines)
    func sameDOT(engine: String) throws {
        #expect(try Self.diagram(engine: engine).dot() == Self.diagram(engine: engine).dot())
    }

    @Test("the dot program lays the written DOT out the same in two processes", arguments: engines)
    func sameAcrossProcesses(engine: String) throws {
        let dot = try Self.diagram(engine: engine).dot()
        let first = try RenderingSupport.runDot(["-Tsvg"], input: dot)
        let second = try RenderingSupport.runDot(["-Tsvg"], input: dot)
        #expect(first.status == 0 && second.status == 0)
        let same = first.stdout == second.stdout
        #expect(same)
    }

    @Test("PDF carries a fixed creation date")
    func pdfDate() throws {
        let pdf = String(decoding: try Self.diagram(engine: "neato").render(format: "pdf"), as: UTF8.self)
        #expect(pdf.contains("/CreationDate (D:\(FixedCreationDate.digits)"))
        #expect(FixedCreationDate.applied(to: Data("x /CreationDate (D:20261206114759Z)".utf8))
            == Data("x /CreationDate (D:\(FixedCreationDate.digits)Z)".utf8))
    }
}
