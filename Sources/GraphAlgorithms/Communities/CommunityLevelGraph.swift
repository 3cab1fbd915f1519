// Internal machinery shared by Louvain, Leiden and label propagation: a canonical, symmetric
// working graph (this file and `CanonicalCommunityGraph.swift`), local moving
// (`CommunityLocalMoving.swift`), refinement (`LeidenRefinement.swift`), aggregation
// (`CommunityAggregation.swift`), renumbering and grouping (`CommunityLabels.swift`) and the
// split of disconnected communities (`CommunitySplitting.swift`). Nothing here is public.

/// A working graph for modularity optimisation.
///
/// Rows are *combined* and symmetric: for an undirected graph the row of `v` lists its neighbours;
/// for a directed graph it lists every vertex joined to `v` by an arc in either direction, with the
/// weights of both arcs added. Self-loops are left out of the rows (they never change a move's
/// gain) but counted in the vertex weights. The gain of putting vertex `v` (weights `kᵒ`, `kⁱ`)
/// into community `C` (totals `Tᵒ`, `Tⁱ`) is `w(v, C) − (kᵒ Tⁱ + kⁱ Tᵒ) · scale`: with
/// `scale = γ / 2W` (W the sum of strengths) for undirected graphs, this is the usual
/// `w(v, C) − γ k T / 2m`; with `scale = γ / M` (M the total arc weight) for directed ones, it is
/// the Leicht–Newman gain `w(v→C) + w(C→v) − γ (kᵒ Tⁱ + kⁱ Tᵒ) / M`, both up to a positive factor.
final class CommunityLevelGraph {
    let vertexCount: Int
    let offsets: CommunityBuffer<Int>
    let targets: CommunityBuffer<Int32>
    let weights: CommunityBuffer<Double>
    /// Out-strength of each vertex (the strength, self-loops twice, when undirected).
    let outWeight: CommunityBuffer<Double>
    /// In-strength of each vertex (equal to `outWeight` when undirected).
    let inWeight: CommunityBuffer<Double>
    /// The factor of the expected-weight term (γ included).
    let scale: Double
    /// The mean weight of a row entry, the unit of the Leiden randomness.
    let meanWeight: Double
    /// Whether the graph is undirected: then `inWeight` equals `outWeight` (and community
    /// in-totals equal out-totals), so gains read one total.
    let symmetric: Bool

    init(
        vertexCount: Int, offsets: CommunityBuffer<Int>, targets: CommunityBuffer<Int32>,
        weights: CommunityBuffer<Double>, outWeight: CommunityBuffer<Double>,
        inWeight: CommunityBuffer<Double>, scale: Double, meanWeight: Double, symmetric: Bool
    ) {
        self.vertexCount = vertexCount
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.outWeight = outWeight
        self.inWeight = inWeight
        self.scale = scale
        self.meanWeight = meanWeight
        self.symmetric = symmetric
    }
}
