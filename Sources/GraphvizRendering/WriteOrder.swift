/// The vertex creation order that cgraph's `agwrite` reproduces, so that the DOT we write, read
/// back by `dot`, creates nodes and edges in the same order as the graph we lay out ourselves —
/// and so gives the same layout and the same SVG.
///
/// `agwrite` (Graphviz 2.4x `write_body`) writes subgraph (cluster) nodes first; then, visiting
/// nodes in creation order, it writes a node either at its own turn or, earlier, just before the
/// first edge from its lowest-numbered predecessor. Reading the DOT creates nodes in that written
/// order. Starting from the wanted order, this simulation is repeated until the order is stable.
enum WriteOrder {
    /// - Parameters:
    ///   - initial: vertices in the wanted creation order, cluster members first.
    ///   - clustered: how many leading vertices of `initial` sit in clusters (written first, as is).
    ///   - edges: `(from, to)` per edge, in the network's order.
    /// - Returns: a creation order that `agwrite` writes back unchanged (or the last one tried).
    /// - Complexity: O(k (V + E log E)) for k rounds (usually 2–3).
    static func stable(initial: [Int], clustered: Int, edges: [(from: Int, to: Int)]) -> [Int] {
        var order = initial
        for _ in 0..<20 {
            let next = written(order: order, clustered: clustered, edges: edges)
            if next == order { return order }
            order = next
        }
        return order
    }

    /// The order in which `agwrite` writes the nodes of a graph created in `order`, with edges
    /// created grouped by tail (in `order`), network order within a tail.
    static func written(order: [Int], clustered: Int, edges: [(from: Int, to: Int)]) -> [Int] {
        let n = order.count
        var seq = [Int](repeating: 0, count: (order.max() ?? -1) + 1)
        for (position, v) in order.enumerated() { seq[v] = position }
        var outgoing = [[Int]](repeating: [], count: seq.count)
        var lowest = seq  // min(seq(v), seq of v's predecessors)
        for edge in edges {
            outgoing[edge.from].append(edge.to)
            lowest[edge.to] = min(lowest[edge.to], seq[edge.from])
        }
        var emitted = [Bool](repeating: false, count: seq.count)
        var result: [Int] = []
        result.reserveCapacity(n)
        for v in order.prefix(clustered) {
            emitted[v] = true
            result.append(v)
        }
        for v in order {
            if !emitted[v], lowest[v] == seq[v] {
                emitted[v] = true
                result.append(v)
            }
            var previous = v
            for head in outgoing[v] where head != previous && !emitted[head] {
                if lowest[head] == seq[v], seq[head] >= seq[v] {
                    emitted[head] = true
                    result.append(head)
                    previous = head
                }
            }
        }
        // Defensive: a vertex the simulation missed keeps its place at the end.
        for v in order where !emitted[v] { result.append(v) }
        return result
    }
}
