/// One declared membership: `member` belongs to the bloc `bloc` by `relation`.
public struct BlocMembership: Sendable, Hashable {
    public let member: String
    public let bloc: String
    /// The `member_of` relation that declares it.
    public let relation: Relation
}

extension RelationNetwork {
    /// The declared bloc memberships, in file order: cooperative `member_of` relations whose target
    /// is an entity of a bloc-like kind (``EntityKind/blocLike``: `bloc` or `organization`) and
    /// whose source is another entity of the network.
    ///
    /// This is the one definition of a bloc: an entity that at least one membership points to. Bloc
    /// alignment, the renderer's bloc clusters and the report all use it.
    /// - Complexity: O(R) for R relations.
    public var blocMemberships: [BlocMembership] {
        relations.compactMap { relation in
            guard relation.layer == .memberOf, !isTension(relation), relation.isSupported, relation.from != relation.to,
                let bloc = entity(withID: relation.to), EntityKind.blocLike.contains(bloc.kind),
                entity(withID: relation.from) != nil
            else { return nil }
            return BlocMembership(member: relation.from, bloc: relation.to, relation: relation)
        }
    }

    /// The declared blocs: entity ids with at least one membership, in order of first membership.
    /// - Complexity: O(R).
    public var blocIDs: [String] {
        var seen: Set<String> = []
        return blocMemberships.map(\.bloc).filter { seen.insert($0).inserted }
    }
}
