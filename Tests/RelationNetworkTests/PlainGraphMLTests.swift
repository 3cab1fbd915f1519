import Foundation
import GraphAlgorithms
import Testing
@testable import RelationNetwork

/// The plain-GraphML fast path gives what the full route (network, validation, projection) gives,
/// or declines.
@Suite("Plain GraphML: the fast path equals the full route")
struct PlainGraphMLTests {
    static let measures: [VertexMeasure] = [.degree, .strength, .betweenness, .closeness, .pagerank]

    static func graphML(directed: Bool = false, keys: String = weightKey, _ body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
        \(keys)
          <graph edgedefault="\(directed ? "directed" : "undirected")">
        \(body)
          </graph>
        </graphml>
        """
    }

    static let weightKey = """
          <key id="w" for="edge" attr.name="weight" attr.type="double"/>
          <key id="l" for="node" attr.name="label" attr.type="string"/>
          <key id="n" for="node" attr.name="name" attr.type="string"/>
        """

    static let nodes = """
        <node id="a"><data key="l">Alpha</data></node>
        <node id="b"><data key="l">Beta</data><data key="n">B-name</data></node>
        <node id="c"/>
        <node id="d"/>
        """

    func write(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("plain-\(UUID().uuidString).graphml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The full route: load as a network, then select nothing and project.
    func fullRoute(_ path: String, options: GraphLoadOptions, projection: ProjectionOptions) throws -> AnalysisGraph {
        guard case let .network(network) = try GraphFile.load(path: path, options: options).graph else {
            throw InteropError("not read as a network")
        }
        return try AnalysisGraph(network: network, projection: projection)
    }

    /// Expects the fast path to answer and to equal the full route; returns whether it answered.
    func expectSame(
        _ path: String, options: GraphLoadOptions = GraphLoadOptions(), projection: ProjectionOptions = ProjectionOptions(),
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let fast = try #require(
            GraphFile.plainAnalysisGraph(path: path, options: options, projection: projection), sourceLocation: sourceLocation)
        let full = try fullRoute(path, options: options, projection: projection)
        #expect(fast.ids == full.ids, sourceLocation: sourceLocation)
        #expect(fast.labels == full.labels, sourceLocation: sourceLocation)
        #expect(fast.strengths == full.strengths, sourceLocation: sourceLocation)
        #expect(fast.distances == full.distances, sourceLocation: sourceLocation)
        for measure in Self.measures {
            let a = try measure.values(on: fast)
            let b = try measure.values(on: full)
            #expect(a.count == b.count, sourceLocation: sourceLocation)
            for (x, y) in zip(a, b) {
                #expect(abs(x - y) <= 1e-12, "\(measure.rawValue)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test("Les Misérables (integer weights) and NetworkX-style plain graphs take the fast path")
    func lesMiserables() throws {
        let path = FixturePaths.fixture("foreign/lesmis.graphml")
        try expectSame(path)
        try expectSame(path, projection: ProjectionOptions(directed: true))
        try expectSame(path, projection: ProjectionOptions(distance: .unit))
        try expectSame(path, options: GraphLoadOptions(importOptions: GraphImportOptions(weights: .distance)))
    }

    @Test("Labels, names, missing weights, integer ids and directed files")
    func handWritten() throws {
        let labelled = try write(Self.graphML(Self.nodes + """
            <edge source="a" target="b"><data key="w">2.5</data></edge>
            <edge source="b" target="c"/>
            <edge source="c" target="d"><data key="w"> 0.25 </data></edge>
            <edge source="a" target="d"><data key="w">1e-3</data></edge>
            """))
        try expectSame(labelled)
        let fast = try #require(GraphFile.plainAnalysisGraph(path: labelled))
        #expect(fast.labels == ["Alpha", "B-name", "c", "d"])
        try expectSame(labelled, options: GraphLoadOptions(importOptions: GraphImportOptions(weights: .distance)))

        let numbered = try write(Self.graphML("""
            <node id="0"/><node id="1"/><node id="2"/><node id="10"/>
            <edge source="0" target="1"><data key="w">0.5</data></edge>
            <edge source="0" target="10"><data key="w">3</data></edge>
            <edge source="2" target="1"/>
            """))
        try expectSame(numbered)

        let directed = try write(Self.graphML(directed: true, Self.nodes + """
            <edge source="a" target="b"><data key="w">2</data></edge>
            <edge source="c" target="b"><data key="w">0.5</data></edge>
            <edge source="d" target="a"/>
            """))
        try expectSame(directed)
        try expectSame(directed, projection: ProjectionOptions(directed: true))
    }

    @Test("Files the fast path declines: the full route answers (or reports the error)")
    func declined() throws {
        let cases: [(String, String)] = [
            ("self-loop", Self.nodes + #"<edge source="a" target="a"/><edge source="a" target="b"/>"#),
            ("parallel edges", Self.nodes + #"<edge source="a" target="b"/><edge source="a" target="b"><data key="w">2</data></edge>"#),
            ("both directions", Self.nodes + #"<edge source="a" target="b"/><edge source="b" target="a"/>"#),
            ("negative weight", Self.nodes + #"<edge source="a" target="b"><data key="w">-2</data></edge><edge source="b" target="c"/>"#),
            ("zero weight", Self.nodes + #"<edge source="a" target="b"><data key="w">0</data></edge>"#),
            ("not a number", Self.nodes + #"<edge source="a" target="b"><data key="w">heavy</data></edge>"#),
            ("edge before its node", #"<edge source="a" target="b"/><node id="a"/><node id="b"/>"#),
            ("duplicate node", #"<node id="a"/><node id="a"/><node id="b"/><edge source="a" target="b"/>"#),
            ("malformed XML", Self.nodes + #"<edge source="a" target="b">"#),
        ]
        for (name, body) in cases {
            let path = try write(Self.graphML(body))
            #expect(GraphFile.plainAnalysisGraph(path: path) == nil, "\(name)")
        }
        let other = try write(Self.graphML(
            keys: Self.weightKey + #"<key id="k" for="node" attr.name="kind" attr.type="string"/>"#,
            #"<node id="a"><data key="k">state</data></node><node id="b"/><edge source="a" target="b"/>"#))
        #expect(GraphFile.plainAnalysisGraph(path: other) == nil)
        let defaulted = try write(Self.graphML(
            keys: #"<key id="w" for="edge" attr.name="weight" attr.type="double"><default>2</default></key>"#,
            #"<node id="a"/><node id="b"/><edge source="a" target="b"/>"#))
        #expect(GraphFile.plainAnalysisGraph(path: defaulted) == nil)
        let plain = try write(Self.graphML(Self.nodes + #"<edge source="a" target="b"/>"#))
        #expect(GraphFile.plainAnalysisGraph(path: plain, options: GraphLoadOptions(importOptions: GraphImportOptions(rescaleWeights: true))) == nil)
        #expect(GraphFile.plainAnalysisGraph(path: plain, projection: ProjectionOptions(distance: .neglog)) == nil)
        #expect(GraphFile.plainAnalysisGraph(path: FixturePaths.fixture("interop/networkx.graphml")) == nil)
    }
}
