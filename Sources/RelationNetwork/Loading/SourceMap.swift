/// Where each item and field of a loaded network stands in its file, so validation can point at it.
public struct SourceMap: Sendable, Equatable {
    /// The collections of a network file.
    public enum Collection: String, Sendable {
        case sources, layers, entities, relations, assessments, routes
    }

    /// The file the network was read from (as given by the caller).
    public var file: String
    private var positions: [String: Position] = [:]
    private var itemIndexes: [Collection: [Int]] = [:]

    struct Position: Equatable {
        var line: Int
        var column: Int
    }

    public init(file: String) {
        self.file = file
    }

    /// Records the position of a field path such as `relations[3].strength`.
    mutating func record(_ path: String, line: Int, column: Int) {
        positions[path] = Position(line: line, column: column)
    }

    /// Records that the next model item of `collection` came from file item `fileIndex`.
    mutating func appendItem(_ collection: Collection, fileIndex: Int) {
        itemIndexes[collection, default: []].append(fileIndex)
    }

    /// The path of model item `index` of `collection`, optionally of one of its fields:
    /// `relations[7]` or `relations[7].strength` (file numbering, 0-based).
    public func path(_ collection: Collection, _ index: Int, field: String? = nil) -> String {
        let indexes = itemIndexes[collection] ?? []
        let fileIndex = indexes.indices.contains(index) ? indexes[index] : index
        let item = "\(collection.rawValue)[\(fileIndex)]"
        guard let field else { return item }
        return item + "." + field
    }

    /// The location of a path, falling back to its closest recorded ancestor, then to line 1.
    public func location(of path: String) -> SourceLocation {
        var current = Substring(path)
        while true {
            if let position = positions[String(current)] {
                return SourceLocation(file: file, line: position.line, column: position.column)
            }
            guard let cut = current.lastIndex(where: { $0 == "." || $0 == "[" }) else { break }
            current = current[..<cut]
        }
        return SourceLocation(file: file, line: 1, column: 1)
    }
}
