/// A problem found while loading an edge list, with the file and (when it concerns a place) the
/// 1-based line and column; its description reads like a compiler diagnostic,
/// `graph.edges:17:3: error: weight 'abc' is not a number` (tokens from the input are cut to
/// ``MessageToken/limit`` characters).
public struct EdgeListError: Error, CustomStringConvertible, Hashable {
    /// What went wrong.
    public enum Problem: Hashable, Sendable {
        /// The file could not be read.
        case unreadable(reason: String)
        /// The input holds no edge (it is empty or has only blank lines, comments or a header).
        case noEdges
        /// A line has a source but no target.
        case missingTarget
        /// A CSV row has an empty source field.
        case missingSource
        /// A CSV row has an empty weight field.
        case missingWeight
        /// The weight text is not a number.
        case invalidWeight(String)
        /// The weight is NaN or infinite.
        case nonFiniteWeight(String)
        /// A line has more than three fields; the first extra one is given.
        case extraField(String)
        /// A CSV row has a different number of fields than the header.
        case fieldCount(expected: Int, found: Int)
        /// The CSV header does not have two or three fields.
        case invalidHeader(fieldCount: Int)
        /// A quoted CSV field is not closed before the end of the input.
        case unterminatedQuote
        /// Text follows the closing quote of a CSV field.
        case textAfterQuote
        /// More distinct vertices than a `Vertex` can index.
        case tooManyVertices
    }

    /// The path of the file, or the name given to in-memory input.
    public let path: String
    /// The 1-based line of the problem, or `nil` for problems of the whole input.
    public let line: Int?
    /// The 1-based column (in characters) of the offending field, or `nil` with `line`.
    public let column: Int?
    /// The problem.
    public let problem: Problem

    public init(path: String, line: Int?, column: Int? = nil, problem: Problem) {
        self.path = path
        self.line = line
        self.column = line.map { _ in column ?? 1 }
        self.problem = problem
    }

    /// `path:line:column: error: message`, or `path: error: message` without a place.
    public var description: String {
        let location = line.map { "\(path):\($0):\(column ?? 1)" } ?? path
        return "\(location): error: \(message)"
    }

    /// The problem in words, without the location.
    public var message: String {
        switch problem {
        case let .unreadable(reason): return "cannot read file: \(reason)"
        case .noEdges: return "no edges found"
        case .missingTarget: return "missing target vertex"
        case .missingSource: return "missing source vertex"
        case .missingWeight: return "missing weight"
        case let .invalidWeight(text): return "weight '\(MessageToken.shown(text))' is not a number"
        case let .nonFiniteWeight(text): return "weight '\(MessageToken.shown(text))' is not finite"
        case let .extraField(text): return "unexpected extra field '\(MessageToken.shown(text))'"
        case let .fieldCount(expected, found):
            return "expected \(expected) fields as in the header, found \(found)"
        case let .invalidHeader(count):
            return "header must have 2 or 3 fields (source,target[,weight]), found \(count)"
        case .unterminatedQuote: return "unterminated quoted field"
        case .textAfterQuote: return "unexpected text after closing quote"
        case .tooManyVertices: return "more than \(Int32.max - 1) distinct vertices"
        }
    }
}
