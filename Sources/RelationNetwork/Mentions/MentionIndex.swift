import Foundation
import GraphAlgorithms
import Yams

/// Every name the sources' article bodies mention, paragraph by paragraph, with the entity it maps
/// to or the reason it is left out: the curator's account of what the graph covers
/// (`Graphs/MENTIONS.yaml`, schema `diplograph-mentions/1`).
public struct MentionIndex: Sendable, Equatable {
    public static let schemaVersion = "diplograph-mentions/1"

    /// One name in one paragraph.
    public struct Mention: Sendable, Hashable {
        public let source: String
        public let paragraph: Int
        /// The name as the paragraph writes it.
        public let phrase: String
        /// The entity it maps to, or `nil` when it is left out.
        public let entity: String?
        /// Why it is left out, when it is.
        public let omitted: String?
        public let location: SourceLocation
    }

    /// A paragraph outside the article body (byline, footer, bio), with the reason.
    public struct Skipped: Sendable, Hashable {
        public let source: String
        public let paragraph: Int
        public let reason: String
        public let location: SourceLocation
    }

    /// The graph file the index describes.
    public let graph: String?
    public let mentions: [Mention]
    public let skipped: [Skipped]

    /// Parses an index, collecting every structural problem with its location.
    public static func parse(_ text: String, file: String) -> (index: MentionIndex?, diagnostics: [Diagnostic]) {
        MentionDecoder(file: file).decode(text)
    }

    /// Reads and parses the index at `path`.
    /// - Throws: `NetworkLoadError` with located diagnostics when it cannot be read or parsed.
    public static func load(path: String, displayPath: String? = nil) throws -> MentionIndex {
        let shown = displayPath ?? path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw NetworkLoadError(diagnostics: [
                Diagnostic(.error, at: SourceLocation(file: shown, line: 1, column: 1), field: nil, "cannot read the file")
            ])
        }
        let (index, diagnostics) = parse(String(decoding: data, as: UTF8.self), file: shown)
        guard let index, diagnostics.isEmpty else { throw NetworkLoadError(diagnostics: diagnostics) }
        return index
    }

    /// Checks the index against `network` and, with a sources directory, against the texts: every
    /// source and mapped entity exists, every paragraph is in range, and every phrase occurs in its
    /// paragraph (compared as evidence is, ``SourceText/fold(_:)``).
    /// - Complexity: O(M · P) for M mentions and paragraphs of length P.
    /// How many unknown entity ids get "did you mean" suggestions (each scans every entity id).
    public static let suggestionLimit = 20

    public func check(against network: RelationNetwork, sourcesDirectory: String?) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var texts: [String: SourceText] = [:]
        for source in network.sources {
            guard let sourcesDirectory, let file = source.file else { continue }
            texts[source.id] = SourceText(path: URL(fileURLWithPath: sourcesDirectory).appendingPathComponent(file).path)
        }
        var suggestionsGiven = 0
        func problem(_ location: SourceLocation, _ message: String) {
            diagnostics.append(Diagnostic(.error, at: location, field: nil, message))
        }
        for item in skipped {
            if network.source(withID: item.source) == nil { problem(item.location, "unknown source '\(MessageToken.shown(item.source))'") }
            if let text = texts[item.source], item.paragraph > text.paragraphs.count || item.paragraph < 1 {
                problem(item.location, "paragraph \(item.paragraph) is beyond the \(text.paragraphs.count) paragraphs of source '\(MessageToken.shown(item.source))'")
            }
        }
        for mention in mentions {
            guard network.source(withID: mention.source) != nil else {
                problem(mention.location, "unknown source '\(MessageToken.shown(mention.source))'")
                continue
            }
            if let entity = mention.entity, network.entity(withID: entity) == nil {
                // Suggestions scan every entity: only the first `suggestionLimit` unknown ids get them.
                var hint = ""
                if suggestionsGiven < Self.suggestionLimit {
                    suggestionsGiven += 1
                    let close = closestMatches(to: entity, in: network.entities.map(\.id), limit: 3)
                    if !close.isEmpty { hint = " (did you mean \(close.map { "'\(MessageToken.shown($0))'" }.joined(separator: ", "))?)" }
                }
                problem(mention.location, "unknown entity '\(MessageToken.shown(entity))'" + hint)
            }
            guard let text = texts[mention.source] else { continue }
            if mention.paragraph < 1 || mention.paragraph > text.paragraphs.count {
                problem(mention.location, "paragraph \(mention.paragraph) is beyond the \(text.paragraphs.count) paragraphs of source '\(MessageToken.shown(mention.source))'")
            } else if !text.paragraph(mention.paragraph, contains: mention.phrase) {
                problem(mention.location, "\"\(MessageToken.shown(mention.phrase))\" does not occur in paragraph \(mention.paragraph) of source '\(MessageToken.shown(mention.source))'")
            }
        }
        return diagnostics.sorted { $0.location < $1.location }
    }
}

/// Decodes the `diplograph-mentions/1` schema with located diagnostics.
struct MentionDecoder {
    private let reader: NodeReader

    init(file: String) {
        reader = NodeReader(file: file)
    }

    func decode(_ text: String) -> (index: MentionIndex?, diagnostics: [Diagnostic]) {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            reader.error(NetworkDecoder.describe(error), at: NetworkDecoder.location(of: error, file: reader.file), field: nil)
            return (nil, reader.diagnostics)
        } catch {
            reader.error("cannot parse: \(error)", at: SourceLocation(file: reader.file, line: 1, column: 1), field: nil)
            return (nil, reader.diagnostics)
        }
        guard let root, let top = reader.mapping(root, path: "") else {
            reader.error(
                "the file is empty: expected a 'schema: \(MentionIndex.schemaVersion)' document",
                at: SourceLocation(file: reader.file, line: 1, column: 1), field: nil)
            return (nil, reader.diagnostics)
        }
        top.rejectUnknownKeys(["schema", "graph", "sources", "skipped"])
        if let schema = top.requiredString("schema"), schema != MentionIndex.schemaVersion, let node = top.value("schema") {
            reader.error("unsupported schema '\(MessageToken.shown(schema))' (expected '\(MentionIndex.schemaVersion)')", at: node, field: "schema")
        }
        var mentions: [MentionIndex.Mention] = []
        for (s, source) in items(top, "sources", path: "sources") {
            source.rejectUnknownKeys(["source", "paragraphs"])
            guard let id = source.requiredString("source") else { continue }
            for (p, paragraph) in items(source, "paragraphs", path: "sources[\(s)].paragraphs") {
                paragraph.rejectUnknownKeys(["paragraph", "mentions"])
                guard let number = paragraph.value("paragraph").flatMap({ reader.integer($0, path: paragraph.fieldPath("paragraph")) }) else {
                    paragraph.missing("paragraph")
                    continue
                }
                for (_, mention) in items(paragraph, "mentions", path: "sources[\(s)].paragraphs[\(p)].mentions") {
                    mention.rejectUnknownKeys(["phrase", "entity", "omitted"])
                    let (entity, omitted) = (mention.optionalString("entity"), mention.optionalString("omitted"))
                    if (entity == nil) == (omitted == nil) {
                        reader.error("give exactly one of 'entity' (the id it maps to) or 'omitted' (why it is left out)", at: mention.node, field: mention.path)
                    }
                    guard let phrase = mention.requiredString("phrase") else { continue }
                    mentions.append(MentionIndex.Mention(
                        source: id, paragraph: number, phrase: phrase, entity: entity, omitted: omitted,
                        location: reader.location(of: mention.node)))
                }
            }
        }
        var skipped: [MentionIndex.Skipped] = []
        for (_, item) in items(top, "skipped", path: "skipped") {
            item.rejectUnknownKeys(["source", "paragraph", "reason"])
            guard let source = item.requiredString("source"), let reason = item.requiredString("reason"),
                let number = item.value("paragraph").flatMap({ reader.integer($0, path: item.fieldPath("paragraph")) })
            else { continue }
            skipped.append(MentionIndex.Skipped(source: source, paragraph: number, reason: reason, location: reader.location(of: item.node)))
        }
        let index = MentionIndex(graph: top.optionalString("graph"), mentions: mentions, skipped: skipped)
        return (index, reader.diagnostics)
    }

    /// The mappings of the list under `key` (an absent list is empty).
    private func items(_ parent: MappingReader, _ key: String, path: String) -> [(Int, MappingReader)] {
        guard let node = parent.value(key), let nodes = reader.sequence(node, path: path) else { return [] }
        return nodes.enumerated().compactMap { i, item in reader.mapping(item, path: "\(path)[\(i)]").map { (i, $0) } }
    }
}
