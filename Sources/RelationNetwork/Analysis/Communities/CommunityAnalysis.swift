import GraphAlgorithms

/// The camps of a graph: communities with their members, most central member, inside and outside
/// strength and firmness over seeded runs, and how they line up with the declared blocs.
///
/// Numbering is the one every command, the report and the renderer share: communities are
/// numbered from 1, largest first, ties by the smallest member id.
public struct CommunityAnalysis: Sendable, Equatable, Encodable {
    /// A clustered vertex and its strength towards the other members of its community.
    public struct Member: Sendable, Hashable, Encodable {
        public let id: String
        public let label: String
        public let insideStrength: Double
    }

    /// One community.
    public struct Community: Sendable, Equatable, Encodable {
        /// 1-based number (largest first, ties by smallest member id).
        public let number: Int
        public let size: Int
        /// Members in vertex (file) order.
        public let members: [Member]
        /// The mean share of runs that keep each pair of its members together (1 for a single member).
        public let firmness: Double
        /// Total weight of the edges inside (each once).
        public let internalStrength: Double
        /// Total weight of the edges with one end inside (each once).
        public let externalStrength: Double
        /// The member with the highest inside strength (ties by id).
        public let mostCentral: EntityReference
    }

    public let algorithm: String
    public let resolution: Double
    public let seeds: [UInt64]
    /// The seed of the run kept.
    public let bestSeed: UInt64
    public let directed: Bool
    public let modularity: Double
    /// Mean NMI of every run with the kept one.
    public let agreement: Double
    public let communities: [Community]
    /// Vertices without edges in the selection, left out of the clustering (ids, vertex order).
    public let unclustered: [String]
    /// The declared blocs against the communities (relation networks only).
    public let blocAlignment: BlocAlignment?

    /// The number of `id`'s community, or `nil` when it was not clustered. O(C).
    public func community(of id: String) -> Int? {
        communities.first { $0.members.contains { $0.id == id } }?.number
    }

    /// Every clustered id with its community number.
    public var communityOf: [String: Int] {
        var result: [String: Int] = [:]
        for community in communities {
            for member in community.members { result[member.id] = community.number }
        }
        return result
    }

    /// The number of clustered vertices.
    public var clusteredCount: Int { communities.reduce(0) { $0 + $1.size } }
}

extension AnalysisGraph {
    /// Detects communities on the strength graph (directed modularity for directed projections).
    ///
    /// Vertices without edges are left out. Vertex order is randomised by a seeded order over
    /// stable keys of the ids, so results do not depend on file order. For relation networks the
    /// blocs come from the network before selection, with only its dates applied (blocs count
    /// whatever layers are clustered).
    /// - Throws: ``AnalysisError`` for an empty graph, tension ties in the projection (modularity
    ///   reads every weight as attraction), or an invalid option.
    /// - Complexity: `runs` community detections (about O(E log V) each) and O(runs · V) for the
    ///   firmness.
    public func communities(_ options: CommunityOptions = CommunityOptions()) throws(AnalysisError) -> CommunityAnalysis {
        guard !projection.includeTension else {
            throw .algorithm("tension ties cannot be clustered: modularity reads every weight as attraction")
        }
        guard vertexCount > 0 else { throw .emptySelection("no entities to cluster") }
        let full = strengths
        let keep = full.vertices.filter { full.outDegree(of: $0) + full.inDegree(of: $0) > 0 }
        guard !keep.isEmpty else {
            throw .algorithm("the selection has no relations between its \(vertexCount) vertices: nothing to cluster")
        }
        let unclustered = full.vertices.filter { full.outDegree(of: $0) + full.inDegree(of: $0) == 0 }.map { ids[$0] }
        let g = full.induced(on: keep)
        let keptIDs = keep.map { ids[$0] }

        let consensus: CommunityConsensus
        let firmness: [Double]
        do {
            consensus = try g.communityConsensus(
                using: options.algorithm, resolution: options.resolution, seeds: options.seeds,
                vertexKeys: keptIDs.map(stableVertexKey))
            firmness = try consensus.firmness(of: consensus.best.membership)
        } catch {
            throw .algorithm("\(error)")
        }
        let best = consensus.best
        let strength = CommunityStrengths(graph: g, membership: best.membership, count: best.communityCount)
        let groups = best.communities
        let order = groups.indices.sorted { a, b in
            if groups[a].count != groups[b].count { return groups[a].count > groups[b].count }
            return (groups[a].map { keptIDs[$0] }.min() ?? "") < (groups[b].map { keptIDs[$0] }.min() ?? "")
        }
        let communities = order.enumerated().map { number, c in
            let members = groups[c].map {
                CommunityAnalysis.Member(id: keptIDs[$0], label: labels[keep[$0]], insideStrength: strength.inside[$0])
            }
            // Every community has a member: the partition covers the kept vertices.
            let central = members.min { a, b in
                a.insideStrength != b.insideStrength ? a.insideStrength > b.insideStrength : a.id < b.id
            } ?? members[0]
            return CommunityAnalysis.Community(
                number: number + 1, size: members.count, members: members, firmness: firmness[c],
                internalStrength: strength.internal[c], externalStrength: strength.external[c],
                mostCentral: EntityReference(id: central.id, label: central.label))
        }
        var numberOf = [Int](repeating: 0, count: best.communityCount)
        for (number, c) in order.enumerated() { numberOf[c] = number + 1 }
        var alignment: BlocAlignment?
        if let unselected, let reference = try? unselected.select(selection.datesOnly) {
            alignment = BlocAlignment(reference: reference, entityIDs: keptIDs, membership: best.membership.map { numberOf[$0] })
        }
        return CommunityAnalysis(
            algorithm: options.algorithm.rawValue, resolution: options.resolution, seeds: options.seeds,
            bestSeed: consensus.seeds[consensus.bestRunIndex], directed: g.isDirected, modularity: best.modularity,
            agreement: consensus.agreement, communities: communities, unclustered: unclustered,
            blocAlignment: alignment)
    }
}

/// Inside strength per vertex and internal/external totals per community of a partition.
struct CommunityStrengths {
    var inside: [Double]
    var `internal`: [Double]
    var external: [Double]

    /// - Complexity: O(V + E).
    init(graph g: Graph, membership m: [Int], count: Int) {
        inside = [Double](repeating: 0, count: g.vertexCount)
        `internal` = [Double](repeating: 0, count: count)
        external = [Double](repeating: 0, count: count)
        for v in g.vertices {
            for e in g.outOffsets[v]..<g.outOffsets[v + 1] {
                let u = Int(g.outNeighbors[e])
                let w = g.outWeights[e]
                if m[u] == m[v] {
                    if u != v {
                        inside[v] += w
                        if g.isDirected { inside[u] += w }
                    }
                    // Undirected edges are met from both ends (a loop once).
                    `internal`[m[v]] += g.isDirected || u == v ? w : w / 2
                } else {
                    external[m[v]] += w
                    if g.isDirected { external[m[u]] += w }
                }
            }
        }
    }
}
