import GraphAlgorithms

/// How a partition of entities into communities lines up with the blocs the network declares.
///
/// A *bloc* is what ``RelationNetwork/blocMemberships`` declares: an entity of kind `bloc` or
/// `organization` that cooperative `member_of` relations point to; its members are their sources. The
/// blocs are a reference, not part of the clustering: build the alignment from the network before
/// any layer or kind selection (a date selection is fine), so that `member_of` relations count even
/// when the communities were computed on other layers.
///
/// Memberships overlap (Kazakhstan belongs to the EEU, the CSTO, the SCO, …), so two views are
/// given:
/// - per bloc: the community that holds most of its clustered members and the share it holds
///   (overlap needs no choice here);
/// - one number for the whole partition: the NMI between the communities and each member's
///   *primary bloc* — the bloc of its strongest `member_of` relation, the first in file order on
///   ties — over the clustered bloc members; and, free of that choice, the share of co-member pairs
///   (two clustered entities sharing at least one bloc) that share a community.
public struct BlocAlignment: Sendable, Equatable, Encodable {
    /// One declared bloc and where its members landed.
    public struct Bloc: Sendable, Equatable, Encodable {
        public let id: String
        public let name: String
        public let kind: EntityKind
        /// All members (entity ids, in the order of their first `member_of` relation).
        public let members: [String]
        /// The members present in the partition.
        public let clusteredMembers: [String]
        /// The community holding most clustered members (the lowest label on ties); `nil` when no
        /// member was clustered.
        public let community: Int?
        /// How many clustered members that community holds.
        public let held: Int
        /// `held / clusteredMembers.count` (0 when no member was clustered).
        public let share: Double
        /// The community of the bloc entity itself, when it was clustered.
        public let ownCommunity: Int?
    }

    /// A clustered bloc member and its primary bloc.
    public struct PrimaryBloc: Sendable, Hashable, Encodable {
        public let member: String
        public let bloc: String
    }

    /// An entity of a bloc kind that no `member_of` relation points to, and its community.
    public struct OtherBloc: Sendable, Hashable, Encodable {
        public let id: String
        public let name: String
        public let kind: EntityKind
        /// Its community, when it was clustered.
        public let community: Int?
    }

    /// The blocs, most members first (ties by id).
    public let blocs: [Bloc]
    /// Entities of kind `bloc` or `organization` without declared members (e.g. a bloc the sources
    /// only name as a partner), in file order, with their community.
    public let otherBlocs: [OtherBloc]
    /// Each clustered bloc member's primary bloc, in partition order.
    public let primaryBlocs: [PrimaryBloc]
    /// NMI (arithmetic normalisation) between communities and primary blocs over the clustered
    /// bloc members; `nil` with fewer than two of them.
    public let nmi: Double?
    /// Number of clustered co-member pairs (pairs sharing at least one bloc).
    public let coMemberPairs: Int
    /// The share of those pairs that share a community; `nil` when there are none.
    public let coMembersTogether: Double?

    /// Aligns a partition with the blocs of `reference`.
    ///
    /// - Parameters:
    ///   - reference: the network whose `member_of` relations declare the blocs (normally the whole
    ///     network, possibly restricted to a date).
    ///   - entityIDs: the clustered entities.
    ///   - membership: the community of each clustered entity, parallel to `entityIDs`.
    /// - Complexity: O(R + V + P²) for R relations and P clustered bloc members.
    public init(reference: RelationNetwork, entityIDs: [String], membership: [Int]) {
        precondition(entityIDs.count == membership.count, "one community per entity")
        var communityOf: [String: Int] = [:]
        for (id, c) in zip(entityIDs, membership) where communityOf[id] == nil { communityOf[id] = c }

        // Members per bloc, and each member's strongest tie, from member_of relations.
        var membersOf: [String: [String]] = [:]
        var blocOrder: [String] = []
        var primary: [String: (bloc: String, strength: Double)] = [:]
        var blocsOfMember: [String: Set<String>] = [:]
        for membership in reference.blocMemberships {
            let (member, bloc, strength) = (membership.member, membership.bloc, membership.relation.effectiveStrength)
            if membersOf[bloc] == nil { blocOrder.append(bloc) }
            if !(membersOf[bloc]?.contains(member) ?? false) { membersOf[bloc, default: []].append(member) }
            blocsOfMember[member, default: []].insert(bloc)
            if let current = primary[member], current.strength >= strength { continue }
            primary[member] = (bloc, strength)
        }

        var blocs: [Bloc] = []
        for id in blocOrder {
            guard let entity = reference.entity(withID: id) else { continue }
            let members = membersOf[id] ?? []
            let clustered = members.filter { communityOf[$0] != nil }
            var counts: [Int: Int] = [:]
            for member in clustered { if let c = communityOf[member] { counts[c, default: 0] += 1 } }
            let top = counts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }
            blocs.append(
                Bloc(
                    id: id, name: entity.name, kind: entity.kind, members: members, clusteredMembers: clustered,
                    community: top?.key, held: top?.value ?? 0,
                    share: clustered.isEmpty ? 0 : Double(top?.value ?? 0) / Double(clustered.count),
                    ownCommunity: communityOf[id]))
        }
        blocs.sort { $0.members.count != $1.members.count ? $0.members.count > $1.members.count : $0.id < $1.id }
        self.blocs = blocs
        otherBlocs = reference.entities.filter { EntityKind.blocLike.contains($0.kind) && membersOf[$0.id] == nil }.map {
            OtherBloc(id: $0.id, name: $0.name, kind: $0.kind, community: communityOf[$0.id])
        }

        var labelled: [PrimaryBloc] = []
        var seen: Set<String> = []
        for id in entityIDs where seen.insert(id).inserted {
            if let choice = primary[id] { labelled.append(PrimaryBloc(member: id, bloc: choice.bloc)) }
        }
        primaryBlocs = labelled
        if labelled.count >= 2 {
            let blocIndex = Dictionary(blocOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
            let communities = labelled.map { communityOf[$0.member] ?? -1 }
            let blocLabels = labelled.map { blocIndex[$0.bloc] ?? -1 }
            nmi = try? normalizedMutualInformation(communities, blocLabels)
        } else {
            nmi = nil
        }

        var pairs = 0
        var together = 0
        let members = labelled.map(\.member)
        for i in members.indices {
            for j in members.indices where i < j {
                guard let a = blocsOfMember[members[i]], let b = blocsOfMember[members[j]], !a.isDisjoint(with: b)
                else { continue }
                pairs += 1
                if communityOf[members[i]] == communityOf[members[j]] { together += 1 }
            }
        }
        coMemberPairs = pairs
        coMembersTogether = pairs > 0 ? Double(together) / Double(pairs) : nil
    }
}
