/// The one rule that derives a relation's effective dates and strength from its claims.
///
/// - A citation is a *claim*. Claims that `assert` or `imply` the tie *support* it; `proposes` and
///   `denies` do not.
/// - A claim's dating is its own `dating` when it gives a bound, else the relation's `validity`
///   (bound by bound). A claim with neither is undated: it says nothing about time.
/// - The relation holds at a date when at least one dated supporting claim holds then (when every
///   supporting claim is undated, it holds at every date); the strict reading asks every dated
///   supporting claim to hold.
/// - Its effective strength is the strongest supporting claim's strength (a claim without its own
///   strength has the relation's). A relation without citations (uncurated data) stands as stated.
/// - A relation with citations but no supporting claim (only proposed or denied) does not exist as
///   a tie: selections leave it out.
extension Relation {
    /// The claims that support the tie.
    public var supportingClaims: [Citation] { citations.filter(\.stance.supportsTie) }

    /// Whether the tie exists: some claim supports it, or it has no citation at all.
    public var isSupported: Bool { citations.isEmpty || citations.contains(where: \.stance.supportsTie) }

    /// The dating `claim` gives the tie: its own bounds, else the relation's.
    public func dating(of claim: Citation) -> ValidityInterval {
        ValidityInterval(since: claim.dating.since ?? validity.since, until: claim.dating.until ?? validity.until)
    }

    /// The strength `claim` gives the tie: its own, else the relation's.
    public func strength(of claim: Citation) -> Double { claim.strength ?? strength }

    /// The datings of the supporting claims that are dated (the relation's own dating when there
    /// are no citations).
    public var claimedDatings: [ValidityInterval] {
        guard !citations.isEmpty else { return validity.isUndated ? [] : [validity] }
        return supportingClaims.map(dating(of:)).filter { !$0.isUndated }
    }

    /// Whether the tie holds at `date`: some dated supporting claim holds then (`strict`: every
    /// one), or no supporting claim is dated.
    public func holds(at date: PartialDate, strict: Bool = false) -> Bool {
        let datings = claimedDatings
        guard !datings.isEmpty else { return true }
        return strict ? datings.allSatisfy { $0.contains(date) } : datings.contains { $0.contains(date) }
    }

    /// The span the supporting claims give: from the earliest start to the latest end (an open
    /// bound when any dated claim leaves it open); undated when no claim is dated.
    public var effectiveValidity: ValidityInterval {
        let datings = claimedDatings
        guard !datings.isEmpty else { return ValidityInterval(since: nil, until: nil) }
        let since = datings.contains { $0.since == nil } ? nil : datings.compactMap(\.since).min()
        let until = datings.contains { $0.until == nil } ? nil : datings.compactMap(\.until).max()
        return ValidityInterval(since: since, until: until)
    }

    /// The strongest supporting claim's strength (the relation's own without citations).
    public var effectiveStrength: Double {
        guard !citations.isEmpty else { return strength }
        return supportingClaims.map(strength(of:)).max() ?? strength
    }
}
