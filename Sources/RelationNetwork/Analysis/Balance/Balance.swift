import Foundation

/// One actor's ties with a set of external poles, per domain, and how concentrated they are.
///
/// Tie strength of focus F with pole P in domain d: the sum of the strengths of F's cooperative
/// relations (sign +1, layer not signed) in layers of domain d whose other end is P or an entity in
/// P's *sphere* — an entity P is joined to, in either direction, by a relation in one of
/// `sphereLayers` (by default `leads`: the blocs and initiatives P leads). Direction is ignored.
///
/// Concentration over the poles' shares sᵢ = tᵢ / Σt: the Herfindahl–Hirschman index Σ sᵢ² (1/k
/// for perfectly even ties with k poles, 1 for a single pole) and the normalised Shannon entropy
/// −Σ sᵢ ln sᵢ / ln k (1 for even, 0 for a single pole). Both are `nil` when the focus has no tie
/// with any pole in the domain.
public struct BalanceReport: Sendable, Equatable, Encodable {
    /// The tie strength with each pole in one domain.
    public struct DomainBalance: Sendable, Equatable, Encodable {
        /// The domain, or ``BalanceReport/allDomains`` for the overall row.
        public var domain: Domain
        /// Tie strength per pole, in the order of `BalanceReport.poles`.
        public var strengths: [Double]
        /// Number of relations behind each pole's strength.
        public var relationCounts: [Int]
        /// Ids (or `from→to:layer` when a relation has no id) of the relations behind each strength.
        public var relations: [[String]]
        public var total: Double
        /// Herfindahl–Hirschman index of the shares, or `nil` without ties.
        public var herfindahl: Double?
        /// Normalised Shannon entropy of the shares, or `nil` without ties.
        public var normalizedEntropy: Double?
        /// The pole with the largest share (ties: the earlier pole), or `nil` without ties.
        public var dominantPole: String?

        /// Each pole's share of the total (zeros when there are no ties).
        public var shares: [Double] { strengths.map { total > 0 ? $0 / total : 0 } }

        enum CodingKeys: String, CodingKey {
            case domain, strengths, relationCounts = "relation_counts", relations, total, herfindahl
            case normalizedEntropy = "normalized_entropy", dominantPole = "dominant_pole"
        }
    }

    public var focus: String
    public var poles: [String]
    /// One entry per requested domain, in the requested order.
    public var domains: [DomainBalance]
    /// All domains together.
    public var overall: DomainBalance
    /// The date the network was selected at, when the caller gives one (informational).
    public var asOf: String?

    /// The domain name of the overall row.
    public static let allDomains: Domain = "all"
}

extension RelationNetwork {
    /// Computes the multi-vector balance of `focus` towards `poles`.
    ///
    /// - Parameters:
    ///   - focus: the entity id of the actor whose balance is measured.
    ///   - poles: entity ids of the external poles (at least two).
    ///   - domains: layer domains to report; `overall` covers every domain in the network.
    ///   - sphereLayers: layers that put an entity into a pole's sphere (see `BalanceReport`).
    /// - Throws: `SelectionError.unknownEntity` for an id not in the network.
    /// - Complexity: O(E + P·S) for E relations, P poles and S sphere members.
    public func balance(
        of focus: String, poles: [String], domains: [Domain] = Domain.balanceDefaults,
        sphereLayers: Set<LayerID> = [.leads]
    ) throws -> BalanceReport {
        for id in [focus] + poles where entity(withID: id) == nil {
            throw SelectionError.unknownEntity(id, suggestions: closestMatches(to: id, in: entities.map(\.id), limit: 3))
        }
        // Which pole each entity belongs to: the pole itself, or the first pole whose sphere holds it.
        var poleOf: [String: Int] = [:]
        for (index, pole) in poles.enumerated() where poleOf[pole] == nil { poleOf[pole] = index }
        for relation in relations where sphereLayers.contains(relation.layer) && !isTension(relation) && relation.isSupported {
            if let index = poleOf[relation.from], poles[index] == relation.from, poleOf[relation.to] == nil {
                poleOf[relation.to] = index
            } else if let index = poleOf[relation.to], poles[index] == relation.to, poleOf[relation.from] == nil {
                poleOf[relation.from] = index
            }
        }
        poleOf[focus] = nil

        var perDomain: [Domain: [[Relation]]] = [:]
        var all = [[Relation]](repeating: [], count: poles.count)
        for relation in relations {
            guard let layer = layer(withID: relation.layer), !isTension(relation), relation.isSupported,
                !sphereLayers.contains(relation.layer)
            else { continue }
            let other: String
            if relation.from == focus { other = relation.to } else if relation.to == focus { other = relation.from } else { continue }
            guard let index = poleOf[other] else { continue }
            perDomain[layer.domain, default: [[Relation]](repeating: [], count: poles.count)][index].append(relation)
            all[index].append(relation)
        }
        let empty = [[Relation]](repeating: [], count: poles.count)
        return BalanceReport(
            focus: focus, poles: poles,
            domains: domains.map { Self.domainBalance($0, perDomain[$0] ?? empty, poles: poles) },
            overall: Self.domainBalance(BalanceReport.allDomains, all, poles: poles), asOf: nil)
    }

    private static func domainBalance(_ domain: Domain, _ ties: [[Relation]], poles: [String]) -> BalanceReport.DomainBalance {
        let strengths = ties.map { $0.reduce(0) { $0 + $1.effectiveStrength } }
        let total = strengths.reduce(0, +)
        var herfindahl: Double?
        var entropy: Double?
        var dominant: String?
        if total > 0 {
            let shares = strengths.map { $0 / total }
            herfindahl = shares.reduce(0) { $0 + $1 * $1 }
            let h = shares.reduce(0) { $0 - ($1 > 0 ? $1 * Foundation.log($1) : 0) }
            entropy = poles.count > 1 ? h / Foundation.log(Double(poles.count)) : 0
            if let best = strengths.indices.max(by: { strengths[$0] < strengths[$1] || (strengths[$0] == strengths[$1] && $0 > $1) }) {
                dominant = poles[best]
            }
        }
        return .init(
            domain: domain, strengths: strengths, relationCounts: ties.map(\.count),
            relations: ties.map { $0.map { $0.id ?? "\($0.from)→\($0.to):\($0.layer)" } }, total: total,
            herfindahl: herfindahl, normalizedEntropy: entropy, dominantPole: dominant)
    }
}
