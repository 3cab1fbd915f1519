import Foundation
import Testing
@testable import RelationNetwork

@Suite("Multi-vector balance")
struct BalanceTests {
    func network() throws -> RelationNetwork {
        try NetworkDocument.load(path: FixturePaths.fixture("network/balance.yaml")).document.network
    }

    @Test("tie strengths, HHI and normalised entropy per domain match hand computation")
    func handComputed() throws {
        let report = try network().balance(of: "A", poles: ["P1", "P2", "P3"], domains: ["economic", "security", "energy"])
        let economic = report.domains[0]
        // P1: trade 0.6; P2: trade 0.2 + investment 0.2; P3: nothing. Shares .6 .4 0.
        #expect(economic.strengths == [0.6, 0.2 + 0.2, 0])
        #expect(abs((economic.herfindahl ?? 0) - 0.52) < 1e-12)
        // −(.6 ln .6 + .4 ln .4) / ln 3 = 0.673012 / 1.098612
        #expect(abs((economic.normalizedEntropy ?? 0) - 0.6730117 / 1.0986123) < 1e-6)
        #expect(economic.dominantPole == "P1")
        let security = report.domains[1]
        // P1: 0.8 (tension excluded); P3: 0.4 through the bloc it leads.
        #expect(security.strengths == [0.8, 0, 0.4])
        #expect(abs((security.herfindahl ?? 0) - 5.0 / 9.0) < 1e-12)
        #expect(abs((security.normalizedEntropy ?? 0) - 0.6365142 / 1.0986123) < 1e-6)
        let energy = report.domains[2]
        #expect(energy.total == 0)
        #expect(energy.herfindahl == nil && energy.normalizedEntropy == nil && energy.dominantPole == nil)
        #expect(report.overall.strengths == [0.6 + 0.8, 0.2 + 0.2, 0.4])
        #expect(report.overall.relationCounts == [2, 2, 1])
    }

    @Test("even ties give HHI 1/k and entropy 1; one pole gives 1 and 0")
    func extremes() throws {
        let network = try network()
        let one = try network.balance(of: "A", poles: ["P1", "C"], domains: ["security"])
        #expect(one.domains[0].herfindahl == 1)
        #expect(one.domains[0].normalizedEntropy == 0)
    }

    @Test("the timeline follows dated relations")
    func timeline() throws {
        let network = try network()
        let reports = try network.balanceTimeline(
            of: "A", poles: ["P1", "P2", "P3"], at: [PartialDate("2010"), PartialDate("2016"), PartialDate("2020")].compactMap { $0 },
            domains: ["economic", "security"])
        #expect(reports.map(\.asOf) == ["2010", "2016", "2020"])
        #expect(reports.map { $0.domains[0].strengths[1] } == [0.2, 0.4, 0.4])
        #expect(reports.map { $0.domains[1].strengths[2] } == [0, 0.4, 0])
        #expect(network.changeYears(of: "A") == [2012, 2015, 2018])
    }

    @Test("assessments are checked against the shares")
    func assessments() throws {
        let network = try network()
        let report = try network.balance(of: "A", poles: ["P1", "P2", "P3"], domains: ["economic", "security"])
        let checks = network.checkAssessments(against: report)
        #expect(checks.map(\.pole) == ["P1", "P3", "P2"])
        #expect(checks.map(\.agrees) == [true, true, false])
    }

    @Test("unknown poles are errors")
    func unknownPole() throws {
        #expect(throws: SelectionError.self) { try network().balance(of: "A", poles: ["P9"]) }
    }
}
