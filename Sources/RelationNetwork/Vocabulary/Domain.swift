/// The domain a layer belongs to — economic, security, political, … — or one a file declares.
public struct Domain: OpenVocabulary {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let economic: Domain = "economic"
    public static let security: Domain = "security"
    public static let political: Domain = "political"
    public static let energy: Domain = "energy"
    public static let transit: Domain = "transit"

    /// The domains a balance reports by default, in display order.
    public static let balanceDefaults: [Domain] = [.economic, .security, .political, .energy, .transit]
}
