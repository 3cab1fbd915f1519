import Foundation
import RelationNetwork
import Testing
@testable import GraphvizRendering

@Suite("One drawn tie per pair and direction")
struct TieTests {
    /// The ties the rule gives, computed here from the relations: directed layers keep the
    /// direction, undirected relations join the pair in entity order, tension in the same tie.
    static func expectedTies(_ network: RelationNetwork) -> [String: [Int]] {
        let order = Dictionary(network.entities.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var ties: [String: [Int]] = [:]
        for (index, relation) in network.relations.enumerated() {
            guard let u = order[relation.from], let v = order[relation.to] else { continue }
            let directed = network.layer(withID: relation.layer)?.isDirected ?? false
            let (tail, head) = directed || u <= v ? (relation.from, relation.to) : (relation.to, relation.from)
            ties["\(tail) \(head)", default: []].append(index)
        }
        return ties
    }

    @Test("the default DOT has one edge per pair and direction, and the ties carry every relation once")
    func oneEdgePerPairAndDirection() throws {
        let network = try RenderingSupport.curated
        let diagram = try Diagram(network: network)
        let expected = Self.expectedTies(network)
        let edges = try DOTReader.edges(of: try diagram.dot(), attributes: ["id", "tooltip", "style", "color"])
        #expect(edges.count == expected.count)
        #expect(edges.count < network.relations.count)
        var seen: [String: Int] = [:]
        for edge in edges { seen["\(edge.tail) \(edge.head)", default: 0] += 1 }
        #expect(seen.values.allSatisfy { $0 == 1 })
        // Tension: a tie of tension only is red and dashed; a tie that also carries other relations
        // has a red strand beside its layers' strands.
        let styleByID = Dictionary(edges.map { ($0.attributes["id"] ?? "", $0.attributes) }, uniquingKeysWith: { a, _ in a })
        var mixed = 0
        for tie in diagram.ties {
            let tensions = tie.relations.filter { network.isTension(network.relations[$0]) }.count
            #expect(tie.isTension == (tensions > 0))
            #expect(tie.isOnlyTension == (tensions == tie.relations.count))
            let attributes = try #require(styleByID[tie.elementID])
            if tie.isOnlyTension {
                #expect(attributes["style"] == "dashed" && attributes["color"] == "#e31a1c")
            } else if tie.isTension {
                mixed += 1
                let strands = (attributes["color"] ?? "").split(separator: ":")
                #expect(strands.last == "#e31a1c" && strands.count >= 2)
            }
        }
        #expect(mixed > 0)
        // The pair Kazakhstan–Russia carries many relations but is drawn once each way.
        #expect(edges.filter { Set([$0.tail, $0.head]) == ["entity-KAZ", "entity-RUS"] }.count <= 2)
        let carried = diagram.ties.flatMap(\.relations)
        #expect(carried.sorted() == Array(network.relations.indices))
        #expect(Set(diagram.ties.map(\.elementID)).count == diagram.ties.count)
        for tie in diagram.ties {
            let key = "\(tie.from) \(tie.to)"
            #expect(expected[key] == tie.relations, "\(key)")
            let layers = Set(tie.relations.map { network.relations[$0].layer })
            #expect(Set(tie.layers) == layers)
            let strengths = tie.relations.map { network.relations[$0].effectiveStrength }
            #expect(abs(tie.strength - strengths.reduce(0, +)) < 1e-9)
        }
    }

    @Test("every relation and every citation is in the tooltip of its tie")
    func tooltipsListEverything() throws {
        let network = try RenderingSupport.curated
        let diagram = try Diagram(network: network)
        let edges = try DOTReader.edges(of: try diagram.dot(), attributes: ["id", "tooltip"])
        let tooltipByID = Dictionary(edges.map { ($0.attributes["id"] ?? "", $0.attributes["tooltip"] ?? "") }, uniquingKeysWith: { a, _ in a })
        var citations = 0
        for tie in diagram.ties {
            let tooltip = try #require(tooltipByID[tie.elementID])
            #expect(tooltip.contains("\(tie.relations.count) relation"))
            for index in tie.relations {
                let relation = network.relations[index]
                for citation in relation.citations {
                    citations += 1
                    #expect(tooltip.contains(AttributeText.tooltip(citation.evidence)), "\(relation.from)–\(relation.to)")
                    let title = network.source(withID: citation.source)?.title ?? citation.source
                    #expect(tooltip.contains(AttributeText.tooltip(title)))
                }
            }
        }
        #expect(citations == network.relations.reduce(0) { $0 + $1.citations.count })
    }

    @Test("ties are SVG elements with their ids; --edges each keeps one edge per relation")
    func elementIDs() throws {
        let network = try RenderingSupport.curated
        var options = DiagramOptions()
        options.focus = ["KAZ", "RUS", "CHN"]
        let svg = String(decoding: try Diagram(network: network, options: options).render(format: "svg"), as: UTF8.self)
        #expect(svg.contains("<g id=\"tie&#45;KAZ&#45;RUS\" class=\"edge\">"))
        options.edges = .each
        let each = try Diagram(network: network, options: options)
        let inside = network.relations.filter { options.focus?.contains($0.from) == true && options.focus?.contains($0.to) == true }
        #expect(each.edgeCount == inside.count)
        #expect(each.ties.allSatisfy { $0.relations.count == 1 && $0.elementID.hasPrefix("relation-") })
    }

    @Test("tie ids keep the parts apart: dashes in entity ids are percent-encoded")
    func identifierParts() {
        #expect(AttributeText.identifierPart("a-b") == "a%2Db")
        #expect(AttributeText.identifierPart("KAZ_1.x") == "KAZ_1.x")
    }
}

@Suite("Label wrapping")
struct LabelWrappingTests {
    @Test("long names break at spaces into lines of about the width; short ones and other characters stay")
    func wrapping() {
        #expect(DiagramBuilder.wrapped("Customs Union of Russia, Belarus and Kazakhstan", width: 16)
            == "Customs Union of\nRussia, Belarus\nand Kazakhstan")
        #expect(DiagramBuilder.wrapped("  Kazakhstan ", width: 16) == "  Kazakhstan ")
        #expect(DiagramBuilder.wrapped("Supercalifragilistic word", width: 8) == "Supercalifragilistic\nword")
        #expect(DiagramBuilder.wrapped("a\nb c", width: 1) == "a\nb\nc")
    }
}
