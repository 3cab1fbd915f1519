/// Everything `validate` finds in a network file: every diagnostic, located, and the counts.
public struct ValidationReport: Sendable, Equatable, Encodable {
    /// One located problem.
    public struct Problem: Sendable, Equatable, Encodable {
        public let file: String
        public let line: Int
        public let column: Int
        public let severity: String
        public let field: String?
        public let message: String
    }

    /// The name diagnostics use for the file.
    public let file: String
    /// Diagnostics sorted by location, then message.
    public let diagnostics: [Diagnostic]
    public let errors: Int
    public let warnings: Int
    /// Counts of the network when it could be read (0 otherwise).
    public let entities: Int
    public let relations: Int
    public let citations: Int
    /// Whether evidence and paragraphs were checked against the source texts.
    public let checkedAgainstSources: Bool
    /// Where the sources disagree (not errors: disagreement is kept as claims of one relation).
    public let disputes: [Dispute]
    /// Mentions checked in the mention index (0 without one).
    public let mentions: Int

    /// Whether the file has no errors (warnings allowed).
    public var isValid: Bool { errors == 0 }

    enum CodingKeys: String, CodingKey {
        case file, problems, errors, warnings, entities, relations, citations, checkedAgainstSources, valid, disputes
        case mentions
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(file, forKey: .file)
        try c.encode(
            diagnostics.map {
                Problem(
                    file: $0.location.file, line: $0.location.line, column: $0.location.column,
                    severity: $0.severity.rawValue, field: $0.field, message: $0.message)
            }, forKey: .problems)
        try c.encode(errors, forKey: .errors)
        try c.encode(warnings, forKey: .warnings)
        try c.encode(entities, forKey: .entities)
        try c.encode(relations, forKey: .relations)
        try c.encode(citations, forKey: .citations)
        try c.encode(checkedAgainstSources, forKey: .checkedAgainstSources)
        try c.encode(isValid, forKey: .valid)
        try c.encode(disputes, forKey: .disputes)
        try c.encode(mentions, forKey: .mentions)
    }
}

extension NetworkDocument {
    /// Reads, decodes and validates a native network file, collecting every problem.
    /// - Parameters:
    ///   - path: the network file (`.yaml`, `.yml` or `.json`).
    ///   - displayPath: the name used in diagnostics (defaults to `path`).
    ///   - sourcesDirectory: a folder with the cited source texts, to check paragraphs and evidence.
    ///   - mentionIndex: a mention index to check against the network (and, with a sources
    ///     directory, against the texts), with the path it was read from.
    public static func validationReport(
        path: String, displayPath: String? = nil, sourcesDirectory: String? = nil,
        mentionIndex: (index: MentionIndex, path: String)? = nil
    ) -> ValidationReport {
        let (document, structural) = read(path: path, displayPath: displayPath)
        var diagnostics = structural
        if let document {
            diagnostics += NetworkValidator(sourcesDirectory: sourcesDirectory).validate(document)
            if let mentionIndex {
                diagnostics += mentionIndex.index.check(against: document.network, sourcesDirectory: sourcesDirectory)
            }
        }
        diagnostics.sort { ($0.location, $0.message) < ($1.location, $1.message) }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let network = errors == 0 ? document?.network : nil
        return ValidationReport(
            file: displayPath ?? path, diagnostics: diagnostics, errors: errors, warnings: diagnostics.count - errors,
            entities: network?.entities.count ?? 0, relations: network?.relations.count ?? 0,
            citations: network?.relations.reduce(0) { $0 + $1.citations.count } ?? 0,
            checkedAgainstSources: sourcesDirectory != nil, disputes: network?.disputes ?? [],
            mentions: mentionIndex?.index.mentions.count ?? 0)
    }
}
