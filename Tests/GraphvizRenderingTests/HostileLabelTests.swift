import Foundation
import GraphAlgorithms
import Testing
@testable import GraphvizRendering

@Suite("Hostile labels")
struct HostileLabelTests {
    /// SVG text with Graphviz's XML escapes undone (Graphviz writes runs of spaces as `&#160;`).
    private func unescaped(_ svg: String) -> String {
        svg.replacingOccurrences(of: "&#160;", with: " ").replacingOccurrences(of: "&#45;", with: "-")
            .replacingOccurrences(of: "&#10;", with: "\n").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }

    @Test("no extra vertices or edges, in the DOT read back by cgraph and in the SVG")
    func structureIntact() throws {
        let network = try RenderingSupport.hostile
        var options = DiagramOptions()
        options.legend = false
        options.edges = .each
        let diagram = try Diagram(network: network, options: options)
        let summary = try DOTReader.summary(of: try diagram.dot(), attribute: "label")
        #expect(summary.nodeCount == network.entities.count)
        #expect(summary.edgeCount == network.relations.count)
        let svg = String(decoding: try diagram.render(format: "svg"), as: UTF8.self)
        #expect(RenderingSupport.count("node", in: svg) == network.entities.count)
        #expect(RenderingSupport.count("edge", in: svg) == network.relations.count)
        let dotSVG = try RenderingSupport.runDot(["-Tsvg"], input: try diagram.dot())
        #expect(dotSVG.stderr.isEmpty, "\(dotSVG.stderr)")
        #expect(String(decoding: dotSVG.stdout, as: UTF8.self) == svg)
        options.legend = true
        let withLegend = try Diagram(network: network, options: options)
        let legendSVG = try RenderingSupport.runDot(["-Tsvg"], input: try withLegend.dot())
        #expect(String(decoding: legendSVG.stdout, as: UTF8.self) == String(decoding: try withLegend.render(format: "svg"), as: UTF8.self))
        // The legend is the graph's label: no nodes or edges of its own.
        let legendSummary = try DOTReader.summary(of: try withLegend.dot(), attribute: "label")
        #expect(legendSummary.edgeCount == network.relations.count)
        #expect(legendSummary.nodeCount == network.entities.count)
    }

    @Test("labels, tooltips and the legend show the text as written")
    func textIntact() throws {
        let network = try RenderingSupport.hostile
        var options = DiagramOptions()
        options.labelWidth = .max  // no wrapping: the names as written
        let svg = String(decoding: try Diagram(network: network, options: options).render(format: "svg"), as: UTF8.self)
        #expect(!svg.contains("<b>"))
        #expect(!svg.contains("<script>"))
        let texts = svg.split(separator: "\n").filter { $0.hasPrefix("<text") }.map { line -> String in
            let start = line.range(of: ">").map(\.upperBound) ?? line.startIndex
            let end = line.range(of: "</text>")?.lowerBound ?? line.endIndex
            return unescaped(String(line[start..<end]))
        }
        for entity in network.entities where !entity.name.contains("\n") {
            #expect(texts.contains(entity.name), "label of \(entity.id): \(entity.name)")
        }
        #expect(texts.contains("Two") && texts.contains("lines"))
        #expect(texts.contains("odd \"kind\" <i> (box)"))  // the legend
        let plain = unescaped(svg)
        for relation in network.relations {
            for citation in relation.citations {
                #expect(plain.contains("“\(citation.evidence)”"), "evidence \(citation.evidence)")
                if let claim = citation.claim { #expect(plain.contains(claim), "claim \(claim)") }
            }
        }
        #expect(plain.contains("Source \"title\" <script>alert(1)</script> & \\G"))
        #expect(plain.contains("also: \"]; x -> y [, Қазақстан"))
    }

    @Test("seeded random texts survive the DOT round trip and keep one vertex each")
    func randomTexts() throws {
        let alphabet = Array("ab \\\"N G n l & amp ; < > [ ] { } -> -- \n Қ 😀 # % '")
        var random = SplitMix(seed: 42)
        var labels: [String] = []
        for _ in 0..<60 {
            let length = Int(random.next() % 24)
            labels.append(String((0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }))
        }
        labels += ["\\", "\\\\", "a\\", "\"", "\\\"", "\\\n", "&amp;", "\\N"]
        let n = labels.count
        let edges = (0..<n - 1).map { WeightedEdge(Vertex($0), Vertex($0 + 1), weight: 1) }
        let graph = Graph(vertexCount: n, edges: edges, directed: false)
        var options = DiagramOptions()
        options.legend = false
        options.labelWidth = .max
        let diagram = try Diagram(graph: graph, ids: labels, labels: labels, options: options)
        let summary = try DOTReader.summary(of: try diagram.dot(), attribute: "label")
        #expect(summary.nodeCount == n)
        #expect(summary.edgeCount == n - 1)
        for (v, label) in labels.enumerated() {
            let readBack = summary.attribute["n\(v)"] ?? "<missing>"
            #expect(
                readBack == AttributeText.label(label),
                "label \(v): \(label.debugDescription) read back as \(readBack.debugDescription), written \(AttributeText.label(label).debugDescription)")
        }
    }
}

/// A small seeded generator for property tests.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
