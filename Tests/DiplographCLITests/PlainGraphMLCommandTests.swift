import Foundation
import Testing

@Suite("CLI: centrality on plain GraphML (the fast path)")
struct PlainGraphMLCommandTests {
    @Test("the fast path prints what the full route prints")
    func sameOutput() throws {
        let folder = try CLIRunner.temporaryFolder()
        let path = folder.appendingPathComponent("plain.graphml").path
        // Weights at most 1: --rescale-weights (which takes the full route) leaves them as they are.
        try """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <key id="w" for="edge" attr.name="weight" attr.type="double"/>
          <key id="l" for="node" attr.name="label" attr.type="string"/>
          <graph edgedefault="undirected">
            <node id="a"><data key="l">Alpha</data></node><node id="b"/><node id="c"/><node id="d"/><node id="e"/>
            <edge source="a" target="b"><data key="w">0.5</data></edge>
            <edge source="b" target="c"><data key="w">0.25</data></edge>
            <edge source="a" target="c"/>
            <edge source="c" target="d"><data key="w">0.125</data></edge>
          </graph>
        </graphml>
        """.write(toFile: path, atomically: true, encoding: .utf8)
        let arguments = ["centrality", path, "--measure", "degree", "--measure", "betweenness", "--measure", "closeness",
            "--measure", "pagerank", "--format", "csv"]
        let fast = try CLIRunner.run(arguments)
        let full = try CLIRunner.run(arguments + ["--rescale-weights"])
        #expect(fast.status == 0, "\(fast.stderr)")
        #expect(full.status == 0, "\(full.stderr)")
        #expect(fast.stdout == full.stdout)
        #expect(fast.stdout.contains("Alpha"))
        #expect(full.stderr.contains("no citation") && !fast.stderr.contains("no citation"))
    }

    @Test("a zero weight is still a located error with exit 1 and no output")
    func zeroWeight() throws {
        let folder = try CLIRunner.temporaryFolder()
        let path = folder.appendingPathComponent("zero.graphml").path
        try """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <key id="w" for="edge" attr.name="weight" attr.type="double"/>
          <graph edgedefault="undirected">
            <node id="a"/><node id="b"/>
            <edge source="a" target="b"><data key="w">0</data></edge>
          </graph>
        </graphml>
        """.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["centrality", path, "--measure", "degree"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("zero.graphml:6:46: error: "))
        #expect(result.stderr.contains("weight 0 gives no tie"))
    }
}
