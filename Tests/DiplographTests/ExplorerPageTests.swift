import Foundation
import Testing
@testable import Diplograph

@Suite("Explorer page")
struct ExplorerPageTests {
    /// Three entities, one with hostile text, and three relations: one dated by two disagreeing
    /// claims (2014 and 2015-01-01, until 2016-06), one undated, one only proposed (not a tie).
    static let hostileName = "Bad </script><script>alert(1)</script> & \"Co\" <!--"
    static let network = RelationNetwork(
        title: "Test </title> network",
        sources: [Source(id: "s1", title: "Source </script> one"), Source(id: "s2", title: "Source two")],
        layers: [
            Layer(id: "trade", isDirected: false, domain: .economic),
            Layer(id: "member_of", isDirected: true, domain: "institutional"),
        ],
        entities: [
            Entity(id: "A", kind: .state, name: "Alpha", aliases: ["Al"]),
            Entity(id: "B\"&<x>", kind: .bloc, name: hostileName),
            Entity(id: "C", kind: .state, name: "Gamma"),
        ],
        relations: [
            Relation(
                id: "r1", from: "A", to: "B\"&<x>", layer: "member_of", strength: 1,
                validity: ValidityInterval(since: nil, until: PartialDate("2016-06")),
                citations: [
                    Citation(source: "s1", paragraph: 2, evidence: "joined </script> in 2014",
                             dating: ValidityInterval(since: PartialDate("2014"), until: nil)),
                    Citation(source: "s2", paragraph: 5, evidence: "joined on 1 January 2015",
                             dating: ValidityInterval(since: PartialDate("2015-01-01"), until: nil)),
                ]),
            Relation(id: "r2", from: "A", to: "C", layer: "trade", strength: 0.5,
                     citations: [Citation(source: "s2", paragraph: 1, evidence: "trade")]),
            Relation(id: "r3", from: "C", to: "A", layer: "trade", strength: 0.5,
                     citations: [Citation(source: "s2", paragraph: 3, evidence: "should trade", stance: .proposes)]),
        ])

    private static func page() throws -> String {
        try ExplorerPage(network: network.selecting(NetworkSelection()).network).html
    }

    /// The values of `attribute` on every element that has it, HTML entities decoded.
    private static func values(of attribute: String, in html: String) -> [String] {
        html.components(separatedBy: " \(attribute)=\"").dropFirst().map { part in
            ExplorerSVG.xmlUnescaped(part.prefix { $0 != "\"" })
        }
    }

    /// The opening tag of the element whose `attribute` has `value` (escaped as in the page).
    private static func tag(with attribute: String, _ value: String, in html: String) -> String? {
        guard let range = html.range(of: " \(attribute)=\"\(escaped(value))\"") else { return nil }
        let start = html[..<range.lowerBound].lastIndex(of: "<") ?? range.lowerBound
        let end = html[range.upperBound...].firstIndex(of: ">") ?? html.endIndex
        return String(html[start...end])
    }

    @Test("every entity is one element with data-entity, focusable")
    func entitiesOnce() throws {
        let html = try Self.page()
        #expect(Self.values(of: "data-entity", in: html).sorted() == ["A", "B\"&<x>", "C"])
        for id in ["A", "B\"&<x>", "C"] {
            let tag = try #require(Self.tag(with: "data-entity", id, in: html))
            #expect(tag.contains("class=\"node\"") && tag.contains("tabindex=\"0\""))
        }
    }

    @Test("each drawn tie carries its layer and the span its claims give; proposed relations are not drawn")
    func tieAttributes() throws {
        let html = try Self.page()
        #expect(Self.values(of: "data-relations", in: html) == ["r1", "r2"])
        let dated = try #require(Self.tag(with: "data-relations", "r1", in: html))
        #expect(dated.contains("data-layer=\"member_of\""))
        // The earliest claim starts in 2014 (its first day); the relation's own end, June 2016, bounds both claims.
        #expect(dated.contains("data-since=\"2014-01-01\""))
        #expect(dated.contains("data-until=\"2016-06-30\""))
        let undated = try #require(Self.tag(with: "data-relations", "r2", in: html))
        #expect(undated.contains("data-layer=\"trade\""))
        #expect(!undated.contains("data-since") && !undated.contains("data-until"))
        #expect(Self.values(of: "data-layer", in: html).filter { $0 == "trade" || $0 == "member_of" }.count == 4)
    }

    @Test("text from the network cannot close the script or break out of attributes")
    func escaping() throws {
        let html = try Self.page()
        #expect(html.components(separatedBy: "</script>").count - 1 == 2)
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("</title> network"))
        let start = try #require(html.range(of: "<script type=\"application/json\" id=\"explorer-data\">"))
        let end = try #require(html[start.upperBound...].range(of: "</script>"))
        let json = try JSONSerialization.jsonObject(with: Data(html[start.upperBound..<end.lowerBound].utf8)) as? [String: Any]
        let entities = try #require(json?["entities"] as? [[String: Any]])
        #expect(entities.compactMap { $0["name"] as? String }.contains(Self.hostileName))
        let relations = try #require(json?["relations"] as? [[String: Any]])
        let citations = relations.flatMap { ($0["citations"] as? [[String: Any]]) ?? [] }
        #expect(citations.compactMap { $0["evidence"] as? String }.contains("joined </script> in 2014"))
    }

    @Test("the relation dated differently by two sources carries a dating dispute in the data")
    func disputesEmbedded() throws {
        let html = try Self.page()
        let start = try #require(html.range(of: "id=\"explorer-data\">"))
        let end = try #require(html[start.upperBound...].range(of: "</script>"))
        let json = try JSONSerialization.jsonObject(with: Data(html[start.upperBound..<end.lowerBound].utf8)) as? [String: Any]
        let relations = try #require(json?["relations"] as? [[String: Any]])
        let kinds = relations.map { (($0["disputes"] as? [[String: Any]]) ?? []).compactMap { $0["kind"] as? String } }
        #expect(kinds == [["dating"], []])
    }

    @Test("one checkbox per drawn layer, the controls the page promises, and no external reference")
    func controls() throws {
        let html = try Self.page()
        #expect(html.components(separatedBy: "<input type=\"checkbox\" checked data-layer=").count - 1 == 2)
        for control in ["id=\"search\"", "id=\"as-of\"", "id=\"details\"", "type=\"date\""] {
            #expect(html.contains(control))
        }
        for attribute in ["src", "href", "xlink:href"] {
            #expect(!Self.values(of: attribute, in: html).contains { $0.hasPrefix("http") || $0.hasPrefix("//") })
        }
    }

    @Test("XML character references and named entities decode; unknown ones stay")
    func xmlUnescaping() {
        #expect(ExplorerSVG.xmlUnescaped("entity&#45;A&#x2F;&amp;&lt;&quot;") == "entity-A/&<\"")
        #expect(ExplorerSVG.xmlUnescaped("a &unknown; b & c") == "a &unknown; b & c")
    }
}
