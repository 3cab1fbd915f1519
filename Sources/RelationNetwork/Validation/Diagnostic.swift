/// A position in an input file (1-based line and column).
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

/// One located problem found while loading or validating a network.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable {
        case error, warning
    }

    public var severity: Severity
    public var location: SourceLocation
    /// The field the problem is about, as a path: `relations[12].strength`.
    public var field: String?
    public var message: String

    public init(_ severity: Severity, at location: SourceLocation, field: String?, _ message: String) {
        self.severity = severity
        self.location = location
        self.field = field
        self.message = message
    }

    /// `file:line:col: error: field: message`, the format compilers use, so editors can jump to it.
    public var description: String {
        let prefix = "\(location): \(severity.rawValue): "
        guard let field else { return prefix + message }
        return prefix + "\(field): " + message
    }
}

/// Thrown when a network cannot be loaded: every problem found, in file order.
public struct NetworkLoadError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
