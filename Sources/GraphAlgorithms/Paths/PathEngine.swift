import HeapModule

/// The single-pair search workspace behind the path queries: BFS, Dijkstra and the widest-path
/// variant, with optional banned vertices and banned edges (for Yen's spur searches), predecessor
/// tracking and an early exit when the target is settled.
///
/// Tie-breaking (deterministic): vertices are settled in order of (label, vertex index); an edge
/// relaxes a vertex only when it strictly improves its label, so each vertex keeps as predecessor
/// the *first settled* vertex that gives it its final label. BFS scans neighbours in index order,
/// so a vertex's predecessor is the first discovered vertex adjacent to it.
struct PathEngine {
    let graph: Graph
    /// Distance per vertex (`.infinity` when unreached); reset lazily via `touched`.
    private(set) var label: [Double]
    /// Bottleneck width per vertex for the widest search (`0` when unreached).
    private(set) var width: [Double]
    private var touchedWide: [Vertex] = []
    private(set) var predecessor: [Vertex]
    private var touched: [Vertex] = []
    private(set) var vertexBanned: [Bool]
    private(set) var edgeBanned: [Bool]
    private var bannedVertices: [Vertex] = []
    private var bannedEdges: [Int] = []
    private var queue = Heap<DistanceEntry>()
    private var wideQueue = Heap<WidthEntry>()
    private var fifo: [Vertex] = []

    init(graph: Graph) {
        self.graph = graph
        label = [Double](repeating: .infinity, count: graph.vertexCount)
        width = [Double](repeating: 0, count: graph.vertexCount)
        predecessor = [Vertex](repeating: -1, count: graph.vertexCount)
        vertexBanned = [Bool](repeating: false, count: graph.vertexCount)
        edgeBanned = [Bool](repeating: false, count: graph.outNeighbors.count)
    }

    /// Bans vertex `v` until ``clearBans()``.
    mutating func ban(vertex v: Vertex) {
        if !vertexBanned[Int(v)] {
            vertexBanned[Int(v)] = true
            bannedVertices.append(v)
        }
    }

    /// Bans edge `u → v` (both directions of an undirected edge) until ``clearBans()``.
    mutating func ban(edgeFrom u: Vertex, to v: Vertex) {
        if let e = graph.edgeIndex(from: Int(u), to: Int(v)), !edgeBanned[e] {
            edgeBanned[e] = true
            bannedEdges.append(e)
        }
        if !graph.isDirected, let e = graph.edgeIndex(from: Int(v), to: Int(u)), !edgeBanned[e] {
            edgeBanned[e] = true
            bannedEdges.append(e)
        }
    }

    mutating func clearBans() {
        for v in bannedVertices { vertexBanned[Int(v)] = false }
        for e in bannedEdges { edgeBanned[e] = false }
        bannedVertices.removeAll(keepingCapacity: true)
        bannedEdges.removeAll(keepingCapacity: true)
    }

    private mutating func reset() {
        for v in touched {
            label[Int(v)] = .infinity
            predecessor[Int(v)] = -1
        }
        touched.removeAll(keepingCapacity: true)
        for v in touchedWide {
            width[Int(v)] = 0
            predecessor[Int(v)] = -1
        }
        touchedWide.removeAll(keepingCapacity: true)
    }

    /// Shortest paths from `source` (BFS when `unit`, else Dijkstra on the weights as lengths),
    /// stopping once `target` is settled. Lengths must have been validated (non-negative).
    mutating func shortest(from source: Int, to target: Int?, unit: Bool, minimumWeight: Double? = nil) {
        reset()
        guard !vertexBanned[source] else { return }
        label[source] = 0
        touched.append(Vertex(source))
        if unit { breadthFirst(from: source, to: target, minimumWeight: minimumWeight) } else { dijkstra(from: source, to: target) }
    }

    private mutating func breadthFirst(from source: Int, to target: Int?, minimumWeight: Double?) {
        fifo.removeAll(keepingCapacity: true)
        fifo.append(Vertex(source))
        var head = 0
        let checkEdges = !bannedEdges.isEmpty
        while head < fifo.count {
            let v = Int(fifo[head])
            head += 1
            if v == target { return }
            let next = label[v] + 1
            for e in graph.outOffsets[v]..<graph.outOffsets[v + 1] {
                let w = Int(graph.outNeighbors[e])
                if label[w] != .infinity || vertexBanned[w] || (checkEdges && edgeBanned[e]) { continue }
                if let minimumWeight, !(graph.outWeights[e] >= minimumWeight) { continue }
                label[w] = next
                predecessor[w] = Vertex(v)
                touched.append(Vertex(w))
                fifo.append(Vertex(w))
            }
        }
    }

    private mutating func dijkstra(from source: Int, to target: Int?) {
        queue = Heap()
        queue.insert(DistanceEntry(distance: 0, vertex: Vertex(source)))
        let checkEdges = !bannedEdges.isEmpty
        while let entry = queue.popMin() {
            let v = Int(entry.vertex)
            if entry.distance > label[v] { continue }  // stale entry
            if v == target { return }
            for e in graph.outOffsets[v]..<graph.outOffsets[v + 1] {
                let w = Int(graph.outNeighbors[e])
                if vertexBanned[w] || (checkEdges && edgeBanned[e]) { continue }
                let candidate = entry.distance + graph.outWeights[e]
                if candidate < label[w] {
                    if label[w] == .infinity { touched.append(Vertex(w)) }
                    label[w] = candidate
                    predecessor[w] = Vertex(v)
                    queue.insert(DistanceEntry(distance: candidate, vertex: Vertex(w)))
                }
            }
        }
    }

    /// Widest (maximum-bottleneck) paths from `source`: `width[v]` becomes the largest achievable
    /// minimum edge weight over paths to `v` (`+∞` at the source, `0` when unreached). Weights must
    /// have been validated (positive).
    mutating func widest(from source: Int, to target: Int?) {
        reset()
        guard !vertexBanned[source] else { return }
        width[source] = .infinity
        touchedWide.append(Vertex(source))
        wideQueue = Heap()
        wideQueue.insert(WidthEntry(width: .infinity, vertex: Vertex(source)))
        let checkEdges = !bannedEdges.isEmpty
        while let entry = wideQueue.popMax() {
            let v = Int(entry.vertex)
            if entry.width < width[v] { continue }  // stale entry
            if v == target { return }
            for e in graph.outOffsets[v]..<graph.outOffsets[v + 1] {
                let w = Int(graph.outNeighbors[e])
                if vertexBanned[w] || (checkEdges && edgeBanned[e]) { continue }
                let candidate = Swift.min(entry.width, graph.outWeights[e])
                if candidate > width[w] {
                    if width[w] == 0 { touchedWide.append(Vertex(w)) }
                    width[w] = candidate
                    predecessor[w] = Vertex(v)
                    wideQueue.insert(WidthEntry(width: candidate, vertex: Vertex(w)))
                }
            }
        }
    }

    /// The vertices from the last search's source to `target` along predecessors, or `nil` when
    /// `target` was not reached.
    func pathVertices(to target: Int, source: Int) -> [Vertex]? {
        if target == source { return vertexBanned[source] ? nil : [Vertex(source)] }
        guard predecessor[target] >= 0 else { return nil }
        var vertices = [Vertex(target)]
        var v = target
        while v != source {
            let p = Int(predecessor[v])
            guard p >= 0, vertices.count <= graph.vertexCount else { return nil }
            vertices.append(Vertex(p))
            v = p
        }
        return vertices.reversed()
    }

    /// The shortest path `source → target` under the current bans: its vertices and length.
    mutating func shortestPath(from source: Int, to target: Int, unit: Bool) -> GraphPath? {
        shortest(from: source, to: target, unit: unit)
        guard let vertices = pathVertices(to: target, source: source) else { return nil }
        return GraphPath(vertices: vertices, cost: label[target])
    }

    /// The widest path `source → target` under the current bans: its bottleneck is the largest
    /// achievable; among paths with that bottleneck, the one with fewest edges (BFS over the edges at
    /// least that strong, ties broken as in BFS). Cost: the bottleneck (`+∞` for `source == target`).
    mutating func widestPath(from source: Int, to target: Int) -> GraphPath? {
        if source == target { return vertexBanned[source] ? nil : GraphPath(vertices: [Vertex(source)], cost: .infinity) }
        widest(from: source, to: target)
        let bottleneck = width[target]
        guard bottleneck > 0 else { return nil }
        shortest(from: source, to: target, unit: true, minimumWeight: bottleneck)
        guard let vertices = pathVertices(to: target, source: source) else { return nil }
        return GraphPath(vertices: vertices, cost: bottleneck)
    }
}

/// A Dijkstra queue entry, ordered by distance then vertex.
struct DistanceEntry: Comparable, Sendable {
    var distance: Double
    var vertex: Vertex

    static func < (a: DistanceEntry, b: DistanceEntry) -> Bool {
        a.distance < b.distance || (a.distance == b.distance && a.vertex < b.vertex)
    }
}

/// A widest-path queue entry; the maximum is the widest, ties broken towards the smaller vertex.
struct WidthEntry: Comparable, Sendable {
    var width: Double
    var vertex: Vertex

    static func < (a: WidthEntry, b: WidthEntry) -> Bool {
        a.width < b.width || (a.width == b.width && a.vertex > b.vertex)
    }
}
