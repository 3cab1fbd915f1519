/// A route a source states in one place: an ordered chain of legs asserted together, such as
/// "goods from Ukraine enter Belarus, then Russia, then Kazakhstan" in one paragraph.
///
/// Paths the algorithms compose from separately sourced ties are checked against the stated
/// routes: a path that no route (and no single relation) states is flagged as composed.
public struct Route: Hashable, Sendable, Identifiable {
    public var id: String
    /// The entity ids the route passes, in order (at least two).
    public var legs: [String]
    /// The layer its legs travel on (`nil`: any layer joins them).
    public var layer: LayerID?
    /// Where the route is stated.
    public var citation: Citation
    public var note: String?

    public init(id: String, legs: [String], layer: LayerID? = nil, citation: Citation, note: String? = nil) {
        self.id = id
        self.legs = legs
        self.layer = layer
        self.citation = citation
        self.note = note
    }

    /// Whether `chain` runs along the route: its entities are consecutive legs, in order (or in
    /// either order when `directed` is false).
    /// - Complexity: O(L · n) for L legs and a chain of n entities.
    public func states(_ chain: [String], directed: Bool) -> Bool {
        guard chain.count >= 2, chain.count <= legs.count else { return false }
        let orders = directed ? [chain] : [chain, chain.reversed()]
        return orders.contains { order in
            (0...(legs.count - order.count)).contains { start in Array(legs[start..<(start + order.count)]) == order }
        }
    }
}
