extension Graph {
    /// Labels the strongly connected components: maximal sets in which every vertex reaches every
    /// other along directed edges. For an undirected graph these are the connected components.
    ///
    /// Iterative form of Tarjan's algorithm (an explicit stack of (vertex, next edge) frames, so a
    /// path of a million vertices needs no recursion). Components are then numbered 0, 1, … in
    /// order of their smallest vertex, as in ``connectedComponents()``.
    ///
    /// Source: R. E. Tarjan, "Depth-first search and linear graph algorithms", *SIAM Journal on
    /// Computing* 1 (1972); NetworkX `strongly_connected_components`.
    /// - Complexity: O(V + E) time, O(V) extra memory.
    public func stronglyConnectedComponents() -> ComponentLabeling {
        let n = vertexCount
        var index = [Int32](repeating: -1, count: n)
        var low = [Int32](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var stack: [Vertex] = []
        var frames: [(vertex: Int, edge: Int)] = []
        var raw = [Int](repeating: -1, count: n)
        var rawCount = 0
        var counter: Int32 = 0
        for start in 0..<n where index[start] < 0 {
            index[start] = counter
            low[start] = counter
            counter += 1
            stack.append(Vertex(start))
            onStack[start] = true
            frames.append((start, outOffsets[start]))
            while let frame = frames.last {
                let v = frame.vertex
                if frame.edge < outOffsets[v + 1] {
                    frames[frames.count - 1].edge += 1
                    let w = Int(outNeighbors[frame.edge])
                    if index[w] < 0 {
                        index[w] = counter
                        low[w] = counter
                        counter += 1
                        stack.append(Vertex(w))
                        onStack[w] = true
                        frames.append((w, outOffsets[w]))
                    } else if onStack[w] {
                        low[v] = Swift.min(low[v], index[w])
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last { low[parent.vertex] = Swift.min(low[parent.vertex], low[v]) }
                if low[v] == index[v] {
                    while let w = stack.popLast() {
                        onStack[Int(w)] = false
                        raw[Int(w)] = rawCount
                        if Int(w) == v { break }
                    }
                    rawCount += 1
                }
            }
        }
        return ComponentLabeling.renumbered(raw, count: rawCount)
    }

    /// The articulation points (cut vertices): vertices whose removal increases the number of
    /// connected components. Edge direction is ignored. Sorted by index.
    ///
    /// Iterative depth-first search with discovery times and low points (Hopcroft–Tarjan).
    ///
    /// Source: J. Hopcroft & R. E. Tarjan, "Algorithm 447: efficient algorithms for graph
    /// manipulation", *Communications of the ACM* 16 (1973); NetworkX `articulation_points`.
    /// - Complexity: O(V + E) time, O(V) extra memory.
    public func articulationPoints() -> [Vertex] {
        let search = LowPointSearch(graph: self, roots: 0..<vertexCount)
        var isCut = [Bool](repeating: false, count: vertexCount)
        var rootChildren = [Int](repeating: 0, count: vertexCount)
        for c in 0..<vertexCount {
            let p = Int(search.parent[c])
            guard p >= 0 else { continue }
            if search.parent[p] < 0 {
                rootChildren[p] += 1
            } else if search.low[c] >= search.discovery[p] {
                isCut[p] = true
            }
        }
        for v in 0..<vertexCount where search.parent[v] < 0 && rootChildren[v] >= 2 { isCut[v] = true }
        return (0..<vertexCount).filter { isCut[$0] }.map { Vertex($0) }
    }

    /// The bridges: edges whose removal increases the number of connected components. Edge
    /// direction is ignored (a pair joined in both directions is one edge); self-loops are never
    /// bridges. Sorted.
    ///
    /// Iterative depth-first search: tree edge (p, c) is a bridge iff `low(c) > disc(p)`.
    ///
    /// Source: R. E. Tarjan, "A note on finding the bridges of a graph", *Information Processing
    /// Letters* 2 (1974); NetworkX `bridges`.
    /// - Complexity: O(V + E) time, O(V) extra memory.
    public func bridges() -> [VertexPair] {
        let search = LowPointSearch(graph: self, roots: 0..<vertexCount)
        var result: [VertexPair] = []
        for c in 0..<vertexCount {
            let p = Int(search.parent[c])
            if p >= 0 && search.low[c] > search.discovery[p] { result.append(VertexPair(Vertex(p), Vertex(c))) }
        }
        return result.sorted()
    }

    /// The vertices that lie on every path between `a` and `b` ignoring direction — the cut vertices
    /// on the path between them in the block–cut tree — ordered from `a` towards `b`; `nil` when
    /// `b` is not connected to `a`. Empty when `a == b` or no single vertex separates them.
    ///
    /// One depth-first search from `a`: walking from `b` up the DFS tree, the parent `p ≠ a` of a
    /// vertex `c` separates `c`'s subtree (which holds `b`) from `a` iff `low(c) ≥ disc(p)`.
    ///
    /// Source: the block–cut tree of F. Harary & G. Prins, "The block-cutpoint-tree of a graph"
    /// (1966), with Hopcroft–Tarjan low points.
    /// - Complexity: O(V + E) time, O(V) memory.
    public func separatingVertices(between a: Int, and b: Int) throws(PathError) -> [Vertex]? {
        try checkVertex(a)
        try checkVertex(b)
        if a == b { return [] }
        let search = LowPointSearch(graph: self, roots: a..<(a + 1))
        guard search.discovery[b] >= 0 else { return nil }
        var result: [Vertex] = []
        var c = b
        while true {
            let p = Int(search.parent[c])
            guard p >= 0, p != a else { break }
            if search.low[c] >= search.discovery[p] { result.append(Vertex(p)) }
            c = p
        }
        return result.reversed()
    }
}

extension ComponentLabeling {
    /// Labels renumbered 0, 1, … in order of each label's smallest vertex.
    static func renumbered(_ raw: [Int], count: Int) -> ComponentLabeling {
        var map = [Int](repeating: -1, count: count)
        var next = 0
        var component = raw
        for v in raw.indices {
            let r = raw[v]
            if map[r] < 0 {
                map[r] = next
                next += 1
            }
            component[v] = map[r]
        }
        return ComponentLabeling(component: component, count: next)
    }
}

/// Depth-first search over the direction-ignoring simple graph, recording discovery times, low
/// points and the DFS forest (iterative, explicit frames).
struct LowPointSearch {
    /// Discovery time per vertex (`-1` when not reached from the roots).
    var discovery: [Int32]
    /// Lowest discovery time reachable from the subtree by one back edge.
    var low: [Int32]
    /// DFS-tree parent (`-1` for roots and unreached vertices).
    var parent: [Vertex]

    init(graph: Graph, roots: Range<Int>) {
        let n = graph.vertexCount
        discovery = [Int32](repeating: -1, count: n)
        low = [Int32](repeating: 0, count: n)
        parent = [Vertex](repeating: -1, count: n)
        // Neighbour position p of v: out-neighbours first, then (directed graphs) in-neighbours.
        let outDegree = { (v: Int) in graph.outOffsets[v + 1] - graph.outOffsets[v] }
        let total = { (v: Int) in
            outDegree(v) + (graph.isDirected ? graph.inOffsets[v + 1] - graph.inOffsets[v] : 0)
        }
        let neighbor = { (v: Int, p: Int) -> Int in
            let d = outDegree(v)
            return p < d ? Int(graph.outNeighbors[graph.outOffsets[v] + p])
                : Int(graph.inNeighbors[graph.inOffsets[v] + p - d])
        }
        var frames: [(vertex: Int, position: Int)] = []
        var time: Int32 = 0
        for root in roots where discovery[root] < 0 {
            discovery[root] = time
            low[root] = time
            time += 1
            frames.append((root, 0))
            while let frame = frames.last {
                let v = frame.vertex
                if frame.position < total(v) {
                    frames[frames.count - 1].position += 1
                    let w = neighbor(v, frame.position)
                    if w == v || w == Int(parent[v]) { continue }
                    if discovery[w] < 0 {
                        discovery[w] = time
                        low[w] = time
                        time += 1
                        parent[w] = Vertex(v)
                        frames.append((w, 0))
                    } else {
                        low[v] = Swift.min(low[v], discovery[w])
                    }
                    continue
                }
                frames.removeLast()
                if let up = frames.last { low[up.vertex] = Swift.min(low[up.vertex], low[v]) }
            }
        }
    }
}
