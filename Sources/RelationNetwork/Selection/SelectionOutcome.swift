/// A selected network and what each filter of the selection removed.
public struct SelectionOutcome: Sendable {
    public let network: RelationNetwork
    /// One note per filter that removes relations for a reason worth saying (dates, knowledge,
    /// kinds, unsupported claims), in the order the filters apply.
    public let notes: [SelectionNote]
}

/// How many relations one filter removed, and why.
public struct SelectionNote: Sendable, Hashable, CustomStringConvertible {
    /// The filter: "as of 2014-06-01", "known by 2023-12-31", "kinds", "claims".
    public let filter: String
    public let removed: Int
    public let reason: String

    /// "as of 2014-06-01: 57 relations left out (no claim dates them to then; …)".
    public var description: String {
        "\(filter): \(removed) relation\(removed == 1 ? "" : "s") left out (\(reason))"
    }
}
