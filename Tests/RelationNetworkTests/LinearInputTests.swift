import Foundation
import GraphAlgorithms
import Testing
@testable import RelationNetwork

/// Regression tests for input and output that used to be quadratic, and for messages and
/// locations of hostile input ("Bring your own network", items 5 and 6).
@Suite("Linear reading and writing, RFC 4180 CSV, bounded messages")
struct LinearInputTests {
    /// Strings a YAML writer must quote or escape to read back the same.
    static let hostile: [String] = [
        "", " ", "  leading", "trailing  ", "null", "Null", "~", "true", "no", "yes", "on", "0", "-1", "1.5", "1e3",
        ".inf", "-.nan", "0x1F", "0o17", "2014-01-01", "12:30", "- item", "? key", ": value", "key: value", "a #b",
        "#comment", "&anchor", "*alias", "!tag", "%directive", "@at", "`tick", "|", ">", "[a, b]", "{a: b}", "'single'",
        "\"double\"", "back\\slash", "tab\there", "line\nbreak", "crlf\r\nbreak", "trailing newline\n", "\n", "nul\u{0}byte",
        "bell\u{7}", "del\u{7F}", "nel\u{85}", "ls\u{2028}ps\u{2029}", "bom\u{FEFF}", "Қазақстан", "🇰🇿 flag", "e\u{301}",
        "---", "...", "--- x", "... y", "<<", "=", "a,b", String(repeating: "long ", count: 300),
    ]

    @Test("hostile strings in every text field survive a YAML and a JSON round trip")
    func hostileStringsRoundTrip() throws {
        for (i, text) in Self.hostile.enumerated() {
            let source = Source(id: "s\(i)", title: text.isEmpty ? "t" : text)
            let relation = Relation(
                from: "A", to: "B", layer: "l", strength: 0.5,
                citations: [Citation(source: source.id, paragraph: 1, evidence: text.isEmpty ? "e" : text, claim: text)],
                note: text)
            let network = RelationNetwork(
                description: text, sources: [source], layers: [Layer(id: "l", domain: "d")],
                entities: [
                    Entity(id: "A", kind: "state", name: text.isEmpty ? "n" : text, attributes: ["k": text]),
                    Entity(id: "B", kind: "state", name: "B"),
                ],
                relations: [relation])
            for format in NetworkFormat.allCases {
                let encoded = try network.encoded(as: format)
                let (document, diagnostics) = NetworkDocument.parse(encoded, file: "t")
                #expect(document?.network == network, "\(format) #\(i) \(text.debugDescription): \(diagnostics)\n\(encoded)")
            }
        }
    }

    @Test("the YAML writer writes each element of a long array once, in block style")
    func yamlWriterIsLinear() throws {
        // Structural: a 50,000-element array is 50,000 lines, each element written once.
        let values = (0..<50_000).map { ["id": "v\($0)"] }
        let text = try YAMLTreeEncoder.text(for: values)
        #expect(text.utf8.count(where: { $0 == UInt8(ascii: "\n") }) == values.count)
        #expect(text.hasPrefix("- id: v0\n- id: v1\n") && text.hasSuffix("- id: v49999\n"))
    }

    @Test("plain strings stay plain; anything YAML could read otherwise is double-quoted")
    func yamlQuoting() throws {
        for plain in ["Kazakhstan", "Қазақстан", "Eurasian Economic Union", "e.g. (a), b; c-d/e", "it's", "x1"] {
            #expect(YAMLTextWriter.isPlain(plain), "\(plain)")
        }
        for quoted in ["", "1500 km", "2014", "yes", "No", "NULL", "~", "a: b", "a #b", " x", "x ", "-x", "'x", "\"x", "x\ny", "🇰🇿"] {
            #expect(!YAMLTextWriter.isPlain(quoted), "\(quoted)")
        }
        var out = ""
        YAMLTextWriter.writeQuoted("a\"b\\c\n\t\u{7}\u{7F}\u{85}\u{2028}\u{FEFF}é", to: &out)
        #expect(out == #""a\"b\\c\n\t\x07\x7F\N\L\uFEFFé""#)
    }

    @Test("only the first 20 unknown references get 'did you mean' suggestions")
    func suggestionsAreBounded() throws {
        let entities = (0..<200).map { Entity(id: "E\($0)", kind: "state", name: "e\($0)") }
        let relations = (0..<20_000).map { i in
            Relation(
                from: "E\(i % 200)", to: "X\(i)", layer: "l", strength: 0.5,
                citations: [Citation(source: "s", paragraph: 1, evidence: "e")])
        }
        let network = RelationNetwork(
            sources: [Source(id: "s", title: "t")], layers: [Layer(id: "l", domain: "d")],
            entities: entities, relations: relations)
        let document = NetworkDocument(network: network, sourceMap: SourceMap(file: "t"))
        let diagnostics = NetworkValidator().validate(document)
        let unknown = diagnostics.filter { $0.message.hasPrefix("unknown entity") }
        #expect(unknown.count == 20_000)
        #expect(unknown.filter { $0.message.contains("did you mean") }.count == 20)
        #expect(diagnostics.contains { $0.severity == .warning && $0.message.hasPrefix("19980 more unknown ids") })
    }

    @Test("messages cut the tokens they quote to 80 characters with an ellipsis")
    func messageTokens() throws {
        #expect(MessageToken.shown("short") == "short")
        let exact = String(repeating: "x", count: 80)
        #expect(MessageToken.shown(exact) == exact)
        let long = String(repeating: "Қ", count: 1_000_000)
        let shown = MessageToken.shown(long)
        #expect(shown.count == 80 && shown.hasSuffix("…"))

        let network = RelationNetwork(
            sources: [Source(id: "s", title: "t")], layers: [Layer(id: "l", domain: "d")],
            entities: [Entity(id: "A", kind: "state", name: "A")],
            relations: [
                Relation(from: "A", to: long, layer: "l", strength: 0.5, citations: [Citation(source: "s", paragraph: 1, evidence: "e")])
            ])
        let diagnostics = NetworkValidator().validate(NetworkDocument(network: network, sourceMap: SourceMap(file: "t")))
        #expect(!diagnostics.isEmpty)
        #expect(diagnostics.allSatisfy { $0.message.count < 300 }, "\(diagnostics.map(\.message.count))")
    }

    @Test("a quoted CSV field may hold commas, quotes and line breaks (LF or CRLF)")
    func csvQuotedLineBreaks() throws {
        for newline in ["\n", "\r\n"] {
            let text = ["id,source,target,note", "e1,A,B,\"two\(newline)lines, a comma and \"\"quotes\"\"\"", "e2,B,C,plain", ""]
                .joined(separator: newline)
            let table = try CSVTable.parse(text, file: "e.csv")
            #expect(table.rows.count == 2)
            #expect(table.rows[0].fields[3] == "two\(newline)lines, a comma and \"quotes\"")
            #expect(table.rows.map(\.line) == [2, 4])
        }
    }

    @Test("each CSV field knows its line and column, also after a multi-line quoted field")
    func csvFieldPlaces() throws {
        let table = try CSVTable.parse("id,source,target,weight\ne1,A,\"B\nC\",0.5\ne2,Қ,D,x\n", file: "e.csv")
        #expect(table.rows[0].places.map { [$0.line, $0.column] } == [[2, 1], [2, 4], [2, 6], [3, 4]])
        #expect(table.rows[1].places.map { [$0.line, $0.column] } == [[4, 1], [4, 4], [4, 6], [4, 8]])
    }

    @Test("CSV errors are file:line:col: error: message at the offending field")
    func csvErrorShape() throws {
        func message(_ text: String) -> String {
            do {
                _ = try CSVTable.parse(text, file: "e.csv")
                return "no error"
            } catch {
                return "\(error)"
            }
        }
        #expect(message("a,b\n1,\"x\"y\n") == "e.csv:2:6: error: unexpected text after a closing quote")
        #expect(message("a,b\n1,2\n3,\"open\nstill open\n") == "e.csv:3:3: error: a quoted field is not closed")
        #expect(message("a,b\n1,2,3\n") == "e.csv:2:5: error: expected 2 fields as in the header, found 3")
        #expect(message("") == "e.csv:1:1: error: the file is empty: expected a header row")
    }
}
