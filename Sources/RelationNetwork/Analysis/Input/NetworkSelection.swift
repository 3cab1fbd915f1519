/// Which part of a network an analysis looks at: layers, domains, entity kinds and dates.
///
/// `nil` fields select everything. Apply it with ``RelationNetwork/select(_:)``.
public struct NetworkSelection: Sendable, Hashable {
    public var layers: Set<LayerID>?
    public var domains: Set<Domain>?
    public var kinds: Set<EntityKind>?
    /// Keep relations and entities valid on this date.
    public var asOf: PartialDate?
    /// Keep only what sources published by this date support.
    public var knownBy: PartialDate?
    /// With `asOf`: keep a relation only when every dated claim holds then (default: any claim).
    public var strictDating: Bool
    /// With `knownBy`: keep sources possibly published by then (their earliest possible date),
    /// not only those certainly published (their latest possible date, the default).
    public var knownByEarliest: Bool
    /// With `layers`, `domains` or `kinds`: keep the entities the selection leaves without ties
    /// (by default they are dropped, so rankings and diagrams show only what the selection ties).
    public var keepIsolated: Bool

    public init(
        layers: Set<LayerID>? = nil, domains: Set<Domain>? = nil, kinds: Set<EntityKind>? = nil,
        asOf: PartialDate? = nil, knownBy: PartialDate? = nil, strictDating: Bool = false, knownByEarliest: Bool = false,
        keepIsolated: Bool = false
    ) {
        self.keepIsolated = keepIsolated
        self.layers = layers
        self.domains = domains
        self.kinds = kinds
        self.asOf = asOf
        self.knownBy = knownBy
        self.strictDating = strictDating
        self.knownByEarliest = knownByEarliest
    }

    /// Whether anything is left out.
    public var isRestricting: Bool {
        layers != nil || domains != nil || kinds != nil || asOf != nil || knownBy != nil
    }

    /// Whether entities left without ties are dropped: layers, domains or kinds are chosen and
    /// ``keepIsolated`` is off.
    public var dropsIsolated: Bool {
        (layers != nil || domains != nil || kinds != nil) && !keepIsolated
    }

    /// The same selection without layers, domains and kinds: the dates alone (the reference for
    /// declared blocs, which count whatever layers are analysed).
    public var datesOnly: NetworkSelection {
        NetworkSelection(asOf: asOf, knownBy: knownBy, strictDating: strictDating, knownByEarliest: knownByEarliest)
    }

    /// "layers: a, b · kinds: state · as of 2014", or "all layers, all dates" when nothing is left out.
    public var summary: String {
        var parts: [String] = []
        if let layers { parts.append("layers: " + layers.sorted().map(\.rawValue).joined(separator: ", ")) }
        if let domains { parts.append("domains: " + domains.sorted().map(\.rawValue).joined(separator: ", ")) }
        if let kinds { parts.append("kinds: " + kinds.sorted().map(\.rawValue).joined(separator: ", ")) }
        if let asOf { parts.append("as of \(asOf)" + (strictDating ? " (all claims)" : "")) }
        if let knownBy { parts.append("known by \(knownBy)" + (knownByEarliest ? " (possibly)" : "")) }
        return parts.isEmpty ? "all layers, all dates" : parts.joined(separator: " · ")
    }
}

extension RelationNetwork {
    /// The sub-network `selection` describes. See ``select(layers:domains:kinds:asOf:knownBy:)``.
    public func select(_ selection: NetworkSelection) throws -> RelationNetwork {
        try selecting(selection).network
    }
}
