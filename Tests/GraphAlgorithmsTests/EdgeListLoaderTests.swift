import Foundation
import GraphAlgorithms
import Testing

@Suite("Edge-list and CSV loaders")
struct EdgeListLoaderTests {
    private func parse(_ text: String, _ options: EdgeListOptions = EdgeListOptions(),
                       path: String = "graph.edges") throws(EdgeListError) -> NamedGraph {
        try NamedGraph(parsing: Array(text.utf8), options: options, path: path)
    }

    /// The error `text` raises.
    private func failure(_ text: String, _ options: EdgeListOptions = EdgeListOptions(),
                         path: String = "graph.edges") -> EdgeListError? {
        do {
            _ = try parse(text, options, path: path)
            return nil
        } catch {
            return error
        }
    }

    private func weight(_ named: NamedGraph, _ u: String, _ v: String) -> Double? {
        guard let i = named.names.firstIndex(of: u), let j = named.names.firstIndex(of: v) else {
            return nil
        }
        return named.graph.weight(from: i, to: j)
    }

    @Test("whitespace file: names in order of appearance, comments, tabs, CRLF, default weight 1")
    func whitespaceFile() throws {
        let named = try NamedGraph(contentsOfFile: fixtureURL("edgelists/people.edges").path)
        #expect(named.names == ["alice", "bob", "carol", "dave"])
        #expect(!named.graph.isDirected && named.graph.edgeCount == 4)
        #expect(weight(named, "bob", "alice") == 2.5)
        #expect(weight(named, "bob", "carol") == 1)
        #expect(weight(named, "alice", "carol") == 0.1)
        #expect(weight(named, "dave", "alice") == 4)
    }

    @Test("CSV file: header, quoted fields with commas and doubled quotes, trimmed spaces")
    func csvFile() throws {
        let options = EdgeListOptions(format: .csv, directed: true)
        let named = try NamedGraph(
            contentsOfFile: fixtureURL("edgelists/quoted.csv").path, options: options)
        #expect(named.names == ["Smith, J", "O\"Brien", "A", "B"])
        #expect(named.graph.isDirected && named.graph.edgeCount == 3)
        #expect(weight(named, "Smith, J", "O\"Brien") == 2)
        #expect(weight(named, "A", "B") == 3)
        #expect(weight(named, "A", "Smith, J") == 1)
    }

    @Test("integer names map to dense ids in order of first appearance")
    func integerNames() throws {
        let named = try parse("10 20\n20 30 2\n# note\n10 30\n-4 10\n")
        #expect(named.names == ["10", "20", "30", "-4"])
        #expect(named.graph.weight(from: 1, to: 2) == 2)
        #expect(named.graph.weight(from: 3, to: 0) == 1)
        let sparse = try parse("5000000000000 7\n7 -123456789012345678\n")
        #expect(sparse.names == ["5000000000000", "7", "-123456789012345678"])
        #expect(sparse.graph.edgeCount == 2)
    }

    @Test("non-canonical integers and mixed names are distinct byte strings")
    func mixedNames() throws {
        let padded = try parse("007 7\n7 x\n")
        #expect(padded.names == ["007", "7", "x"])
        let late = try parse("1 2\n2 3\n3 node\n")
        #expect(late.names == ["1", "2", "3", "node"])
        #expect(late.graph.edgeCount == 3)
    }

    @Test("options pass to the graph builder")
    func options() throws {
        let text = "a b 1\nb a 2\na b 4\na a 3\n"
        let undirected = try parse(text, EdgeListOptions(parallelEdges: .max))
        #expect(undirected.graph.weight(from: 0, to: 1) == 4 && undirected.graph.edgeCount == 2)
        let directed = try parse(text, EdgeListOptions(directed: true, parallelEdges: .sum,
                                                       selfLoops: .drop))
        #expect(directed.graph.weight(from: 0, to: 1) == 5)
        #expect(directed.graph.weight(from: 1, to: 0) == 2)
        #expect(directed.graph.weight(from: 0, to: 0) == nil)
    }

    @Test("weights are parsed exactly like Double(String)")
    func numberParsing() throws {
        var generator = SplitMix64(seed: 5)
        var texts = ["0.1", "1e-5", "-2.5E+3", ".5", "5.", "+3", "0", "-0.0", "1e22", "1e23",
                     "9007199254740993", "123456789012345678901234", "0.000000000000000000001",
                     "4.9e-324", "1.7976931348623157e308", "0x1p-2", "2.2250738585072014e-308"]
        for _ in 0..<500 {
            let mantissa = generator.next() >> UInt64(generator.nextIndex(below: 60))
            let exponent = generator.nextIndex(below: 60) - 30
            let point = generator.nextIndex(below: 20)
            var digits = String(mantissa)
            if point < digits.count {
                digits.insert(".", at: digits.index(digits.startIndex, offsetBy: point))
            }
            texts.append(generator.nextIndex(below: 2) == 0 ? digits : "\(digits)e\(exponent)")
        }
        for text in texts {
            let named = try parse("a b \(text)\n", EdgeListOptions(directed: true))
            let expected = try #require(Double(text), "\(text)")
            #expect(named.graph.weight(from: 0, to: 1)?.bitPattern == expected.bitPattern,
                    "weight \(text)")
        }
    }

    @Test("a bad weight is reported with file and line")
    func badWeightFile() {
        let path = fixtureURL("edgelists/bad-weight.edges").path
        #expect(throws: EdgeListError(path: path, line: 3, column: 5, problem: .invalidWeight("x7"))) {
            _ = try NamedGraph(contentsOfFile: path)
        }
        let error = EdgeListError(path: "graph.edges", line: 17, column: 3, problem: .invalidWeight("abc"))
        #expect(error.description == "graph.edges:17:3: error: weight 'abc' is not a number")
    }

    @Test("whitespace-format errors name the line and the column of the field",
          arguments: [
            ("a b 1\n\n# c\nc d abc\n", 4, 5, EdgeListError.Problem.invalidWeight("abc")),
            ("a b\nc\n", 2, 2, .missingTarget),
            ("a b\nc # d\n", 2, 2, .missingTarget),
            ("a b nan\n", 1, 5, .nonFiniteWeight("nan")),
            ("a b 2\na c -inf\n", 2, 5, .nonFiniteWeight("-inf")),
            ("a b 1e999\n", 1, 5, .nonFiniteWeight("1e999")),
            ("a b 1 extra\n", 1, 7, .extraField("extra")),
            ("1 2 3\n2 3 4\n3 4 five\n", 3, 5, .invalidWeight("five")),
            ("1 2\n3\n", 2, 2, .missingTarget),
            ("Қ Қ\nҚ Қ ü\n", 2, 5, .invalidWeight("ü")),
          ])
    func whitespaceErrors(text: String, line: Int, column: Int, problem: EdgeListError.Problem) {
        #expect(failure(text) == EdgeListError(path: "graph.edges", line: line, column: column, problem: problem))
    }

    @Test("CSV errors name the line and the column of the field",
          arguments: [
            ("source,target\na,b\n\"c,d\n", 3, 1, EdgeListError.Problem.unterminatedQuote),
            ("source,target\n\"a\" x,b\n", 2, 5, .textAfterQuote),
            ("source,target,weight\na,b,1\na,b\n", 3, 1, .fieldCount(expected: 3, found: 2)),
            ("source,target\na,b,1\n", 2, 1, .fieldCount(expected: 2, found: 3)),
            ("source\na,b\n", 1, 1, .invalidHeader(fieldCount: 1)),
            ("s,t,w,x\n", 1, 7, .extraField("x")),
            ("source,target\n,b\n", 2, 1, .missingSource),
            ("source,target\na,\n", 2, 3, .missingTarget),
            ("source,target,weight\na,b,\n", 2, 5, .missingWeight),
            ("source,target,weight\na,b,1\n\na,b,one\n", 4, 5, .invalidWeight("one")),
            ("source,target,weight\n\"a\nb\",c,one\n", 3, 6, .invalidWeight("one")),
            ("source,target,weight\n\"a\nb\",c,1\nd,e,x\n", 4, 5, .invalidWeight("x")),
          ])
    func csvErrors(text: String, line: Int, column: Int, problem: EdgeListError.Problem) {
        let error = failure(text, EdgeListOptions(format: .csv), path: "edges.csv")
        #expect(error == EdgeListError(path: "edges.csv", line: line, column: column, problem: problem))
    }

    @Test("CSV fields are read per RFC 4180: quoted commas, doubled quotes, line breaks, CRLF")
    func csvQuotedFields() throws {
        for newline in ["\n", "\r\n"] {
            let text = ["source,target,weight", "\"a,1\",\"say \"\"hi\"\"\",0.5", "\"two\(newline)lines\",b,2", "b,\"a,1\",3", ""]
                .joined(separator: newline)
            let named = try parse(text, EdgeListOptions(format: .csv, directed: true), path: "q.csv")
            #expect(named.names == ["a,1", "say \"hi\"", "two\(newline)lines", "b"])
            #expect(weight(named, "two\(newline)lines", "b") == 2)
            #expect(weight(named, "b", "a,1") == 3)
        }
        // A bad field after a multi-line quoted field is located on its own line.
        let error = failure("source,target\n\"x\r\ny\",z\n\"open,z\n", EdgeListOptions(format: .csv), path: "e.csv")
        #expect(error?.description == "e.csv:4:1: error: unterminated quoted field")
    }

    @Test("a long offending token is cut to 80 characters in the message")
    func longToken() {
        let long = String(repeating: "w", count: 1_000_000)
        let error = failure("a b \(long)\n")
        #expect(error?.description == "graph.edges:1:5: error: weight '\(String(repeating: "w", count: 79))…' is not a number")
    }

    @Test("inputs without edges are rejected",
          arguments: [("", EdgeListFormat.whitespaceSeparated), ("# nothing\n\n  \n", .whitespaceSeparated),
                      ("source,target\n\n", .csv), ("", .csv)])
    func noEdges(text: String, format: EdgeListFormat) {
        let error = failure(text, EdgeListOptions(format: format))
        #expect(error == EdgeListError(path: "graph.edges", line: 1, column: 1, problem: .noEdges))
        #expect(error?.description == "graph.edges:1:1: error: no edges found")
    }

    @Test("an unreadable file is an EdgeListError")
    func unreadable() throws {
        let path = "/nonexistent/graph.edges"
        do {
            _ = try NamedGraph(contentsOfFile: path)
            Issue.record("loading a missing file succeeded")
        } catch {
            #expect(error.path == path && error.line == nil)
            guard case .unreadable = error.problem else {
                Issue.record("unexpected problem \(error.problem)")
                return
            }
        }
    }

    @Test("a byte order mark is skipped")
    func byteOrderMark() throws {
        let named = try NamedGraph(parsing: [0xEF, 0xBB, 0xBF] + Array("x y\n".utf8))
        #expect(named.names == ["x", "y"])
    }
}

/// Files large enough to be scanned in parallel chunks give what a line-by-line reading gives.
@Suite("Edge-list loader: large files in parallel chunks")
struct ChunkedEdgeListTests {
    /// A seeded edge list of `lines` lines, names drawn from `0..<span`, weights 1 or not.
    static func text(lines: Int, span: Int, weighted: Bool, seed: UInt64) -> String {
        var rng = SplitMix64(seed: seed)
        var text = "# u v\n"
        for i in 0..<lines {
            let u = rng.nextIndex(below: span), v = rng.nextIndex(below: span)
            text += weighted && i % 7 == 3 ? "\(u)\t\(v) 2.5\n" : "\(u) \(v)\n"
        }
        return text
    }

    /// The graph read line by line with `split`, names numbered in order of first appearance.
    static func reference(_ text: String) -> NamedGraph {
        var ids: [Substring: Int] = [:]
        var names: [String] = []
        var edges: [WeightedEdge] = []
        func id(_ name: Substring) -> Vertex {
            if let id = ids[name] { return Vertex(id) }
            ids[name] = names.count
            names.append(String(name))
            return Vertex(names.count - 1)
        }
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            let weight = fields.count == 3 ? Double(fields[2])! : 1
            edges.append(WeightedEdge(id(fields[0]), id(fields[1]), weight: weight))
        }
        return NamedGraph(graph: Graph(vertexCount: names.count, edges: edges, directed: false), names: names)
    }

    static func write(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("chunked-\(UUID().uuidString).edges").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("integer names (direct and hashed), byte names, weights: same graph as line by line")
    func sameGraph() throws {
        // About 5 MiB each, above the parallel threshold; the last has a non-integer name late on.
        let dense = Self.text(lines: 450_000, span: 30_000, weighted: true, seed: 7)
        let sparse = Self.text(lines: 400_000, span: 1 << 30, weighted: false, seed: 8)
        let named = dense + "alpha 12\n12 beta 4\n"
        for text in [dense, sparse, named] {
            let path = try Self.write(text)
            defer { try? FileManager.default.removeItem(atPath: path) }
            let loaded = try NamedGraph(contentsOfFile: path)
            let expected = Self.reference(text)
            #expect(loaded.names == expected.names)
            #expect(loaded.graph == expected.graph)
        }
    }

    @Test("an error in a later chunk names its line in the whole file")
    func laterChunkError() throws {
        let good = Self.text(lines: 450_000, span: 30_000, weighted: false, seed: 9)
        let lineCount = good.split(separator: "\n").count
        let path = try Self.write(good + "5 6 heavy\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: EdgeListError(path: path, line: lineCount + 1, column: 5, problem: .invalidWeight("heavy"))) {
            try NamedGraph(contentsOfFile: path)
        }
    }
}
