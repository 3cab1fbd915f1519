import GraphAlgorithms
import RelationNetwork
import Testing

@Suite("Bloc alignment")
struct BlocAlignmentTests {
    /// Two camps: A1–A3 in bloc BA, B1–B2 in bloc BB; A3 is also in BB (weaker tie); the state S is
    /// the target of a member_of relation but not a bloc; ORG has no members.
    static func network() -> RelationNetwork {
        let states = ["A1", "A2", "A3", "B1", "B2", "S", "X"].map { Entity(id: $0, kind: "state", name: "State \($0)") }
        let blocs = [
            Entity(id: "BA", kind: "bloc", name: "Bloc A"), Entity(id: "BB", kind: "organization", name: "Org B"),
            Entity(id: "ORG", kind: "organization", name: "Lonely Org"),
        ]
        let member = { (from: String, to: String, strength: Double) in
            Relation(from: from, to: to, layer: "member_of", strength: strength)
        }
        let relations = [
            member("A1", "BA", 1), member("A2", "BA", 1), member("A3", "BB", 0.5), member("A3", "BA", 1),
            member("B1", "BB", 1), member("B2", "BB", 1), member("B2", "BB", 1), member("X", "S", 1),
            Relation(from: "X", to: "BA", layer: "member_of", strength: 1, sign: .tension),
            Relation(from: "A1", to: "A2", layer: "trade", strength: 1),
        ]
        return RelationNetwork(
            sources: [], layers: [Layer(id: "member_of", isDirected: true, domain: "institutional"), Layer(id: "trade", domain: "economic")],
            entities: states + blocs, relations: relations)
    }

    @Test("per bloc: members, the community holding most, its share, the bloc's own community")
    func perBloc() throws {
        let ids = ["A1", "A2", "A3", "B1", "B2", "BA", "BB"]
        let membership = [1, 1, 2, 2, 2, 1, 2]
        let alignment = BlocAlignment(reference: Self.network(), entityIDs: ids, membership: membership)
        #expect(alignment.blocs.map(\.id) == ["BA", "BB"])  // S is a state; ORG has no members
        let ba = try #require(alignment.blocs.first)
        #expect(ba.members == ["A1", "A2", "A3"])
        #expect(ba.community == 1 && ba.held == 2 && abs(ba.share - 2.0 / 3) < 1e-12)
        #expect(ba.ownCommunity == 1 && ba.kind == "bloc" && ba.name == "Bloc A")
        let bb = alignment.blocs[1]
        #expect(bb.members == ["A3", "B1", "B2"])  // duplicates once, first-relation order
        #expect(bb.community == 2 && bb.held == 3 && bb.share == 1)
        #expect(alignment.otherBlocs.map(\.id) == ["ORG"] && alignment.otherBlocs[0].community == nil)
    }

    @Test("primary bloc = strongest tie (file order on ties); NMI and co-member pairs")
    func overall() throws {
        let ids = ["A1", "A2", "A3", "B1", "B2"]
        // A3's strongest tie is BA (1.0 > 0.5).
        let split = BlocAlignment(reference: Self.network(), entityIDs: ids, membership: [0, 0, 0, 1, 1])
        #expect(split.primaryBlocs.map(\.bloc) == ["BA", "BA", "BA", "BB", "BB"])
        #expect(split.nmi == 1)
        // Co-member pairs: A1A2, A1A3, A2A3 (BA), A3B1, A3B2, B1B2 (BB) = 6; together: all but A3B1, A3B2.
        #expect(split.coMemberPairs == 6)
        #expect(abs((split.coMembersTogether ?? 0) - 4.0 / 6) < 1e-12)
        let merged = BlocAlignment(reference: Self.network(), entityIDs: ids, membership: [5, 5, 5, 5, 5])
        #expect(merged.nmi == 0 && merged.coMembersTogether == 1)
        // A member missing from the partition only shrinks the clustered lists.
        let partial = BlocAlignment(reference: Self.network(), entityIDs: ["A1", "B1"], membership: [0, 1])
        #expect(partial.blocs[0].clusteredMembers == ["A1"] && partial.blocs[0].members.count == 3)
        #expect(partial.nmi == 1 && partial.coMemberPairs == 0 && partial.coMembersTogether == nil)
        let lone = BlocAlignment(reference: Self.network(), entityIDs: ["A1"], membership: [0])
        #expect(lone.nmi == nil)
    }

    @Test("the reference ignores layer selection: blocs come from the network given")
    func referenceIsIndependentOfSelection() throws {
        let full = Self.network()
        let tradeOnly = try full.select(layers: ["trade"])
        #expect(BlocAlignment(reference: tradeOnly, entityIDs: ["A1", "A2"], membership: [0, 0]).blocs.isEmpty)
        let alignment = BlocAlignment(reference: full, entityIDs: ["A1", "A2"], membership: [0, 0])
        #expect(alignment.blocs.count == 2)
    }
}
