/// The vertices and edges a path-finding search must avoid (Yen's spur searches). The flag arrays
/// are allocated on the first ban and stay empty for searches that never ban anything.
struct SearchBans: Sendable {
    /// Per vertex, whether it is banned; empty until the first vertex ban.
    private(set) var vertexBanned: [Bool] = []
    /// Per out-adjacency position, whether the edge is banned; empty until the first edge ban.
    private(set) var edgeBanned: [Bool] = []
    private var bannedVertices: [Vertex] = []
    private var bannedEdges: [Int] = []

    /// Whether vertex `v` is banned.
    func isBanned(_ v: Int) -> Bool { !vertexBanned.isEmpty && vertexBanned[v] }

    /// Bans vertex `v` of `graph` until ``clear()``.
    mutating func ban(vertex v: Vertex, in graph: Graph) {
        if vertexBanned.isEmpty { vertexBanned = [Bool](repeating: false, count: graph.vertexCount) }
        if !vertexBanned[Int(v)] {
            vertexBanned[Int(v)] = true
            bannedVertices.append(v)
        }
    }

    /// Bans edge `u → v` of `graph` (both directions of an undirected edge) until ``clear()``.
    mutating func ban(edgeFrom u: Vertex, to v: Vertex, in graph: Graph) {
        if edgeBanned.isEmpty { edgeBanned = [Bool](repeating: false, count: graph.outNeighbors.count) }
        if let e = graph.edgeIndex(from: Int(u), to: Int(v)), !edgeBanned[e] {
            edgeBanned[e] = true
            bannedEdges.append(e)
        }
        if !graph.isDirected, let e = graph.edgeIndex(from: Int(v), to: Int(u)), !edgeBanned[e] {
            edgeBanned[e] = true
            bannedEdges.append(e)
        }
    }

    /// Lifts every ban; the flag arrays keep their storage. O(number of bans).
    mutating func clear() {
        for v in bannedVertices { vertexBanned[Int(v)] = false }
        for e in bannedEdges { edgeBanned[e] = false }
        bannedVertices.removeAll(keepingCapacity: true)
        bannedEdges.removeAll(keepingCapacity: true)
    }
}
