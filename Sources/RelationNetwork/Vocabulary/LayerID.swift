/// The id of a relation type (a layer): `member_of`, `trade`, `tension`, … — or one a file declares.
///
/// The constants are the layers of the design's vocabulary; a file may declare any other.
public struct LayerID: OpenVocabulary {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Membership of a bloc or organisation: the ties that define formal blocs.
    public static let memberOf: LayerID = "member_of"
    /// A pole leads a bloc or initiative: it counts towards the pole's sphere in a balance.
    public static let leads: LayerID = "leads"
    public static let partyTo: LayerID = "party_to"
    public static let participatesIn: LayerID = "participates_in"
    public static let office: LayerID = "office"
    public static let trade: LayerID = "trade"
    public static let investment: LayerID = "investment"
    public static let aid: LayerID = "aid"
    public static let energy: LayerID = "energy"
    public static let transit: LayerID = "transit"
    public static let security: LayerID = "security"
    public static let diplomatic: LayerID = "diplomatic"
    public static let dependency: LayerID = "dependency"
    public static let border: LayerID = "border"
    /// Conflict or rivalry (a signed layer in the curated graph).
    public static let tension: LayerID = "tension"
}
