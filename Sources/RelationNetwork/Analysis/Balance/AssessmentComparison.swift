/// What a source claims about one of the focus's ties in one domain, set against the data.
///
/// The rule, per claimed level, with k poles and the pole's share s of the focus's ties in the
/// domain: `none` agrees when the data has no tie (s = 0); `light` when s is below an even split
/// (s < 1/k); `moderate` when there is some tie (s > 0); `heavy` when s is at least an even split
/// (s ≥ 1/k).
public struct AssessmentCheck: Sendable, Equatable, Encodable {
    public var pole: String
    public var domain: Domain
    public var level: Assessment.Level
    public var citation: Citation
    /// The pole's share of the focus's ties in the domain.
    public var share: Double
    public var agrees: Bool

    enum CodingKeys: String, CodingKey {
        case pole, domain, level, source, paragraph, evidence, share, agrees
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(pole, forKey: .pole)
        try c.encode(domain, forKey: .domain)
        try c.encode(level.rawValue, forKey: .level)
        try c.encode(citation.source, forKey: .source)
        try c.encode(citation.paragraph, forKey: .paragraph)
        try c.encode(citation.evidence, forKey: .evidence)
        try c.encode(share, forKey: .share)
        try c.encode(agrees, forKey: .agrees)
    }
}

extension RelationNetwork {
    /// Every assessment of a tie between the report's focus and one of its poles, in a domain the
    /// report covers, checked against the report's shares (see `AssessmentCheck`).
    /// - Complexity: O(A) for A assessments.
    public func checkAssessments(against report: BalanceReport) -> [AssessmentCheck] {
        let k = Double(max(report.poles.count, 1))
        return assessments.compactMap { assessment in
            let pole: String
            if assessment.from == report.focus { pole = assessment.to } else if assessment.to == report.focus {
                pole = assessment.from
            } else { return nil }
            guard let p = report.poles.firstIndex(of: pole),
                let domain = report.domains.first(where: { $0.domain == assessment.domain })
            else { return nil }
            let share = domain.shares[p]
            let agrees: Bool
            switch assessment.level {
            case .none: agrees = share == 0
            case .light: agrees = share < 1 / k
            case .moderate: agrees = share > 0
            case .heavy: agrees = share >= 1 / k
            }
            return AssessmentCheck(
                pole: pole, domain: assessment.domain, level: assessment.level, citation: assessment.citation,
                share: share, agrees: agrees)
        }
    }
}
