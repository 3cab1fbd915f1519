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
    /// Afforest (see `Afforest`): union–find over a sample of each vertex's edges, then over the
    /// remaining edges of the vertices outside the most frequent component only; every tree is
    /// rooted at its smallest vertex, which gives the numbering by smallest vertex directly (a
    /// prefix sum over the roots). The passes run in parallel (compare-and-swap links); the result
    /// does not depend on the core count.
    /// Source: M. Sutton, T. Ben-Nun & A. Barak, "Optimizing Parallel Graph Connectivity
    /// Computation via Subgraph Sampling", IPDPS 2018.
    /// - Complexity: O(V + E · α(V)) time in the worst case, O(V) when the graph has one component
    ///   (edges inside the largest component are mostly skipped); O(V) extra memory.
    public func connectedComponents() -> ComponentLabeling {
        let (component, count) = Afforest.labels(of: self)
        return ComponentLabeling(component: component, count: count)
    }
}
