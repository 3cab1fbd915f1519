import Foundation

/// The on-disk spellings of the native schema.
public enum NetworkFormat: String, Sendable, CaseIterable {
    case yaml, json

    /// The format a path's extension names, or `nil` for other files.
    public init?(path: String) {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "yaml", "yml": self = .yaml
        case "json": self = .json
        default: return nil
        }
    }
}

/// A network as read from a file, with the positions of its items for located diagnostics.
public struct NetworkDocument: Sendable {
    public var network: RelationNetwork
    public var sourceMap: SourceMap

    public init(network: RelationNetwork, sourceMap: SourceMap) {
        self.network = network
        self.sourceMap = sourceMap
    }
}

extension NetworkDocument {
    /// Reads and decodes a native network file without semantic validation.
    ///
    /// Returns the document (when the file could be parsed at all) and every structural problem.
    /// - Parameters:
    ///   - path: the file to read.
    ///   - displayPath: the name used in diagnostics (defaults to `path`).
    public static func read(path: String, displayPath: String? = nil) -> (document: NetworkDocument?, diagnostics: [Diagnostic]) {
        let shown = displayPath ?? path
        let start = SourceLocation(file: shown, line: 1, column: 1)
        guard let data = FileManager.default.contents(atPath: path) else {
            return (nil, [Diagnostic(.error, at: start, field: nil, "cannot read the file (missing or unreadable)")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return (nil, [Diagnostic(.error, at: start, field: nil, "the file is not UTF-8 text")])
        }
        return parse(text, file: shown)
    }

    /// Decodes native network text (YAML or JSON, which YAML's parser also reads) without
    /// semantic validation.
    public static func parse(_ text: String, file: String) -> (document: NetworkDocument?, diagnostics: [Diagnostic]) {
        let decoded = NetworkDecoder(file: file).decode(text)
        let document = decoded.network.map { NetworkDocument(network: $0, sourceMap: decoded.sourceMap) }
        return (document, decoded.diagnostics)
    }

    /// Reads, decodes and validates a native network file.
    ///
    /// - Parameters:
    ///   - path: the file to read.
    ///   - displayPath: the name used in diagnostics (defaults to `path`).
    ///   - sourcesDirectory: where cited source files are looked up to check paragraphs and
    ///     evidence phrases; `nil` skips those checks.
    /// - Returns: the document and its warnings.
    /// - Throws: `NetworkLoadError` with every error found (structural and semantic).
    public static func load(
        path: String, displayPath: String? = nil, sourcesDirectory: String? = nil
    ) throws -> (document: NetworkDocument, warnings: [Diagnostic]) {
        let (document, structural) = read(path: path, displayPath: displayPath)
        var diagnostics = structural
        if let document {
            diagnostics += NetworkValidator(sourcesDirectory: sourcesDirectory).validate(document)
        }
        let errors = diagnostics.filter { $0.severity == .error }
        guard let document, errors.isEmpty else {
            throw NetworkLoadError(diagnostics: errors.sorted { $0.location < $1.location })
        }
        return (document, diagnostics.filter { $0.severity == .warning })
    }
}
