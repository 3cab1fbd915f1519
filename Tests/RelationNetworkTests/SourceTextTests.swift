import Foundation
import Testing
@testable import RelationNetwork

@Suite("Source texts and evidence folding")
struct SourceTextTests {
    @Test("paragraphs skip lines that are blank after trimming Unicode whitespace, NBSP included")
    func paragraphs() throws {
        let text = try #require(SourceText(path: FixturePaths.fixture("sources/article.txt")))
        #expect(text.paragraphs.count == 4)
        #expect(text.paragraphs[1] == "By A. Writer")
        #expect(text.paragraphs[2].hasPrefix("Kazakhstan joined"))
    }

    @Test("folding ignores case, whitespace runs, typographic quotes and dashes")
    func folding() throws {
        let text = try #require(SourceText(path: FixturePaths.fixture("sources/article.txt")))
        #expect(text.paragraph(4, contains: "CHINA became the \"largest  investor\" in kazakhstan's oil sector - a quiet"))
        #expect(!text.paragraph(3, contains: "largest investor"))
        #expect(!text.paragraph(5, contains: "anything"))
        #expect(SourceText.fold(" A\u{00A0}\u{2014}\tB ") == "a - b")
    }

    @Test("the seed articles have the paragraph counts the design states", .enabled(if: FileManager.default.fileExists(atPath: FixturePaths.seeds)))
    func seedParagraphCounts() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: FixturePaths.seeds).filter { $0.hasSuffix(".txt") }.sorted()
        let counts = files.compactMap { SourceText(path: FixturePaths.seeds + "/" + $0)?.paragraphs.count }
        #expect(counts == [24, 14, 14, 13, 37])
    }
}
