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
    /// Positions of whole items by file index (compact: large imports record one per item).
    private var itemPositions: [Collection: [CompactPosition]] = [:]

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

    /// A position in 8 bytes, `line == 0` for none.
    struct CompactPosition: Equatable {
        var line: Int32
        var column: Int32
    }

    /// Records the positions of the items of `collection`, by file index (the paths
    /// `collection[i]`), in a compact table rather than one path each.
    mutating func recordItems(_ collection: Collection, at positions: [CompactPosition]) {
        itemPositions[collection] = positions
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
            if let position = itemPosition(current) {
                return SourceLocation(file: file, line: Int(position.line), column: Int(position.column))
            }
            guard let cut = current.lastIndex(where: { $0 == "." || $0 == "[" }) else { break }
            current = current[..<cut]
        }
        return SourceLocation(file: file, line: 1, column: 1)
    }

    /// The location of `field` of model item `index` of `collection`, as ``location(of:)`` gives
    /// for its path, but without spelling the path out when the collection's positions are in the
    /// compact table (which holds items only: their fields are where they are).
    /// - Parameters:
    ///   - collection: the collection of the item.
    ///   - index: the item's position in the model (see ``path(_:_:field:)``).
    ///   - field: the field of the item, such as `citations`.
    public func location(of collection: Collection, _ index: Int, field: String) -> SourceLocation {
        guard let positions = itemPositions[collection] else { return location(of: path(collection, index, field: field)) }
        let indexes = itemIndexes[collection]
        let fileIndex = indexes.map { $0.indices.contains(index) ? $0[index] : index } ?? index
        guard positions.indices.contains(fileIndex), positions[fileIndex].line > 0 else {
            return location(of: path(collection, index, field: field))
        }
        return SourceLocation(file: file, line: Int(positions[fileIndex].line), column: Int(positions[fileIndex].column))
    }

    /// The compact position of an item path `collection[index]`, if recorded.
    private func itemPosition(_ path: Substring) -> CompactPosition? {
        guard !itemPositions.isEmpty, path.last == "]", let open = path.firstIndex(of: "["),
            let collection = Collection(rawValue: String(path[..<open])),
            let index = Int(path[path.index(after: open)..<path.index(before: path.endIndex)]),
            let positions = itemPositions[collection], positions.indices.contains(index), positions[index].line > 0
        else { return nil }
        return positions[index]
    }
}
