import Testing
@testable import RelationNetwork

@Suite("Partial dates and validity")
struct PartialDateTests {
    @Test("parses the three precisions and rejects malformed dates", arguments: [
        ("2014", "2014"), ("2014-05", "2014-05"), ("2024-02-29", "2024-02-29"),
    ])
    func parses(_ text: String, _ expected: String) throws {
        #expect(try #require(PartialDate(text)).description == expected)
    }

    @Test("rejects", arguments: ["14", "2014-5", "2014-13", "2023-02-29", "2014-04-31", "20x4", "", "2014-01-01-01", "２０１４"])
    func rejects(_ text: String) {
        #expect(PartialDate(text) == nil)
    }

    @Test("a partial date stands for its whole period")
    func periods() throws {
        let year = try #require(PartialDate("2014"))
        #expect(year.earliestDay == 2014_01_01)
        #expect(year.latestDay == 2014_12_31)
        #expect(try #require(PartialDate("2024-02")).latestDay == 2024_02_29)
        let interval = ValidityInterval(since: year, until: PartialDate("2016-06"))
        #expect(interval.contains(try #require(PartialDate("2014-01-01"))))
        #expect(interval.contains(try #require(PartialDate("2016-06-30"))))
        #expect(!interval.contains(try #require(PartialDate("2016-07-01"))))
        #expect(!interval.contains(try #require(PartialDate("2013-12-31"))))
        #expect(ValidityInterval(since: nil, until: nil).contains(year))
    }
}
