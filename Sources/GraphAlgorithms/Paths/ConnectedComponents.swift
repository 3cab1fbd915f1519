/// The connected components of a graph (weakly connected for a directed graph).
public struct ComponentLabeling: Sendable, Equatable {
    /// `component[v]` is the component of vertex `v`, numbered 0, 1, … in order of each
    /// component's smallest vertex.
    public let component: [Int]
    /// Number of components (isolated vertices count as components).
    public let count: Int

    /// The size of each component, indexed by component number.
    public var sizes: [Int] {
        var sizes = [Int](repeating: 0, count: count)
        for c in component { sizes[c] += 1 }
        return sizes
    }
}

extension Graph {
    /// Labels the connected components, ignoring edge direction.
    ///
    /// Breadth-first search from each unlabelled vertex in index order over out- and in-adjacency.
    /// - Complexity: O(V + E) time, O(V) extra memory.
    public func connectedComponents() -> ComponentLabeling {
        var component = [Int](repeating: -1, count: vertexCount)
        var queue = [Int32]()
        queue.reserveCapacity(vertexCount)
        var count = 0
        for start in 0..<vertexCount where component[start] < 0 {
            component[start] = count
            queue.removeAll(keepingCapacity: true)
            queue.append(Int32(start))
            var head = 0
            while head < queue.count {
                let u = Int(queue[head])
                head += 1
                for i in outOffsets[u]..<outOffsets[u + 1] {
                    let w = Int(outNeighbors[i])
                    if component[w] < 0 {
                        component[w] = count
                        queue.append(Int32(w))
                    }
                }
                guard isDirected else { continue }
                for i in inOffsets[u]..<inOffsets[u + 1] {
                    let w = Int(inNeighbors[i])
                    if component[w] < 0 {
                        component[w] = count
                        queue.append(Int32(w))
                    }
                }
            }
            count += 1
        }
        return ComponentLabeling(component: component, count: count)
    }
}
