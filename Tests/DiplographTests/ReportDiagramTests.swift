import Foundation
import Testing
@testable import Diplograph

@Suite("The report's relation diagram")
struct ReportDiagramTests {
    /// Two camps of three states each, joined by one weak tie; two layers, one directed.
    static let network = RelationNetwork(
        title: "Two camps",
        sources: [Source(id: "s", title: "Source")],
        layers: [
            Layer(id: "trade", isDirected: false, domain: .economic),
            Layer(id: "aid", isDirected: true, domain: .economic),
        ],
        entities: ["A", "B", "C", "D", "E", "F"].map { Entity(id: $0, kind: .state, name: "State \($0)") }
            + [Entity(id: "X", kind: .bloc, name: "Bloc X")],
        relations: [("A", "B"), ("B", "C"), ("A", "C"), ("D", "E"), ("E", "F"), ("D", "F"), ("C", "D"), ("A", "X")]
            .enumerated().map { index, pair in
                Relation(
                    id: "r\(index)", from: pair.0, to: pair.1, layer: index == 6 ? "aid" : "trade",
                    strength: index == 6 ? 0.1 : 0.9,
                    citations: [Citation(source: "s", paragraph: 1, evidence: "tie \(index)")])
            })

    @Test("coloured by community, the legend names the kinds' shapes in words and draws only the layers' lines")
    func legendWithCommunities() throws {
        let report = try NetworkReport(network: Self.network, options: ReportOptions(focus: "A"))
        let section = try #require(report.document.sections.first { $0.id == "diagram" })
        let legends = section.blocks.compactMap { block -> [ReportLegendItem]? in
            if case let .legend(items) = block { return items }
            return nil
        }
        #expect(!legends.isEmpty)
        for items in legends {
            // Every entry is a layer's line (no empty kind swatches), one per layer drawn.
            #expect(items.allSatisfy { $0.line != nil })
            #expect(Set(items.map(\.label)).isSubset(of: ["trade", "aid →"]))
        }
        let notes = section.blocks.compactMap { block -> String? in
            if case let .note(text) = block { return text }
            return nil
        }
        #expect(notes.contains { $0.contains("shapes show kinds") && $0.contains("state ellipse") && $0.contains("bloc") })
    }
}
