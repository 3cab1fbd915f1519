import Foundation
import RelationNetwork
import Testing
@testable import GraphvizRendering

/// DOT import of long strings (quadratic in cgraph's lexer, cut into chunks by `DOTText`) and
/// the locations of DOT errors.
@Suite("DOT import: long strings and error locations")
struct DOTLinearTests {
    @Test("a long quoted label is cut into continuation-joined chunks and read back whole")
    func longLabel() throws {
        let label = String(repeating: "abcdéfgh", count: 50_000)  // 450 KB, multi-byte characters
        let dot = "digraph {\n  a [label=\"\(label)\"]\n  a -> b\n}\n"
        let prepared = DOTText(dot)
        // Structural: one continuation per chunk, so the lexer never sees a token longer than a chunk.
        let inserted = (prepared.bytes.count - 1 - dot.utf8.count) / 2
        #expect(inserted == label.utf8.count / DOTText.chunk)
        let graph = try DOTImport.graph(fromDOT: dot, file: "long.dot")
        #expect(graph.nodes.first?.attributes[named: "label"]?.value == .string(label))
        #expect(graph.edges.count == 1)
    }

    @Test("strings with escapes and short strings are passed through unchanged")
    func unchanged() throws {
        let dot = "digraph { a [label=\"x\\\"y\\\\\" note=<<b>c</b>>] // \"\n b -> a }\n"
        #expect(Array(DOTText(dot).bytes.dropLast()) == Array(dot.utf8))
        let graph = try DOTImport.graph(fromDOT: dot, file: "t.dot")
        #expect(graph.nodes.first?.attributes[named: "label"]?.value == .string("x\"y\\\\"))  // cgraph reads \\" as a quote
    }

    @Test("DOT errors are located at the file's line, after multi-line and long strings, and the quoted token's column")
    func errorLines() throws {
        let long = String(repeating: "x", count: 20_000)
        let cases: [(String, Int, Int)] = [
            ("digraph {\n a -> \n}\n", 3, 1),
            ("digraph {\n a [label=\"one\ntwo\nthree\"]\n c -> \n}\n", 6, 1),
            ("digraph {\n a [label=\"\(long)\"]\n c -> \n  }\n", 4, 3),
            ("digraph {\n /* a\n b */ a -> b\n c -> ; d\n}\n", 4, 7),
        ]
        for (dot, line, column) in cases {
            let error = try #require(throws: NetworkLoadError.self) { try DOTImport.graph(fromDOT: dot, file: "e.dot") }
            let first = try #require(error.diagnostics.first)
            #expect(first.location.line == line && first.location.column == column, "\(first)")
            #expect(first.message.contains("line \(line)"), "\(first.message)")
        }
    }
}
