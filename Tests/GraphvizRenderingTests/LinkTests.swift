import Testing
@testable import GraphvizRendering

@Suite("Graphviz linkage")
struct LinkTests {
    @Test("the Graphviz C library is linked and reports its version")
    func version() {
        let version = GraphvizLibrary.version
        #expect(version.split(separator: ".").count >= 2, "\(version)")
        #expect(version.first?.isNumber == true)
    }
}
