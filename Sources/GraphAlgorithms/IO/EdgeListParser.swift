/// The parsing strategies behind ``NamedGraph/init(parsing:options:path:)``.
///
/// Integer names first: the input is cut at line starts into one chunk per worker (whitespace
/// format, inputs of 4 MiB or more; one chunk otherwise), the chunks are scanned in parallel into
/// raw integer values, and one sequential pass renumbers the values in order of first appearance,
/// in place. As soon as a chunk meets a name that is not a canonical integer in
/// `0..<Int32.max`, the input is parsed again with names as byte strings. Weights are stored only
/// from the first weight that differs from 1.
enum EdgeListParser {
    /// Endpoint ids and weights in chunks, and one name per id.
    struct Parsed {
        var batches: [EdgeBatch]
        var names: [String]
        var edgeCount: Int { batches.reduce(0) { $0 + $1.count } }
    }

    /// The largest number of vertices a ``Graph`` can hold.
    static let vertexLimit = Int(Int32.max) - 1
    /// Inputs from this size are scanned in parallel chunks.
    private static let parallelThreshold = 1 << 22

    /// One scanned chunk.
    private enum ChunkScan {
        /// Raw integer values (two per edge) and weights (`nil` while all are 1).
        case values(ids: [Int32], weights: [Double]?)
        /// A name that is not a small canonical integer was met.
        case notIntegers
        /// A syntax error, with its line counted from the chunk's first line.
        case failed(EdgeListError)
    }

    /// Parses `bytes`; `release` is called with stretches of the input that are no longer needed.
    static func parse(
        _ bytes: UnsafeBufferPointer<UInt8>, options: EdgeListOptions, path: String,
        release: (Range<Int>) -> Void
    ) throws(EdgeListError) -> Parsed {
        if let parsed = try integerNamed(bytes, options: options, path: path, release: release) {
            return parsed
        }
        return try byteNamed(bytes, options: options, path: path)
    }

    /// Parses treating every name as an integer in `0..<Int32.max`; `nil` when one is not.
    private static func integerNamed(
        _ bytes: UnsafeBufferPointer<UInt8>, options: EdgeListOptions, path: String,
        release: (Range<Int>) -> Void
    ) throws(EdgeListError) -> Parsed? {
        let chunks = chunkRanges(bytes, format: options.format)
        var scans = [ChunkScan](repeating: .notIntegers, count: chunks.count)
        scans.withUnsafeMutableBufferPointer { scans in
            Parallel.forEach(chunks.count) { part in
                scans[part] = scanIntegers(
                    bytes, chunks[part], isFirst: part == 0, format: options.format, path: path,
                    release: release)
            }
        }
        var batches: [EdgeBatch] = []
        for (part, scan) in scans.enumerated() {
            switch scan {
            case .notIntegers: return nil
            // Every earlier chunk parsed: this is the input's first problem.
            case let .failed(error): throw shifted(error, byLinesBefore: chunks[part].lowerBound, in: bytes)
            case let .values(ids, weights): batches.append(EdgeBatch(ids: ids, weights: weights))
            }
        }
        scans = []
        guard let values = IntegerRenumbering.renumber(&batches, limit: vertexLimit) else {
            throw EdgeListError(path: path, line: nil, problem: .tooManyVertices)
        }
        return Parsed(batches: batches, names: values.map { String($0) })
    }

    /// The chunks of `bytes`: each starts at a line start.
    private static func chunkRanges(_ bytes: UnsafeBufferPointer<UInt8>, format: EdgeListFormat) -> [Range<Int>] {
        let parts = format == .whitespaceSeparated && bytes.count >= parallelThreshold
            ? Parallel.workerCount(forTasks: 64) : 1
        var starts = [0]
        for part in 1..<max(parts, 1) {
            var cut = bytes.count * part / parts
            while cut < bytes.count, bytes[cut - 1] != UInt8(ascii: "\n") { cut += 1 }
            if cut > starts[starts.count - 1], cut < bytes.count { starts.append(cut) }
        }
        return starts.indices.map { i in starts[i]..<(i + 1 < starts.count ? starts[i + 1] : bytes.count) }
    }

    /// Scans one chunk into raw integer values.
    private static func scanIntegers(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, isFirst: Bool,
        format: EdgeListFormat, path: String, release: (Range<Int>) -> Void
    ) -> ChunkScan {
        let chunk = UnsafeBufferPointer(rebasing: bytes[range])
        var scanner = EdgeListScanner(bytes: chunk, format: format, path: path, atInputStart: isFirst)
        var ids: [Int32] = []
        ids.reserveCapacity(chunk.count / 6)
        var weights: [Double]?
        var released = 0
        do {
            while let record = try scanner.next() {
                guard !record.source.hasEscapes, !record.target.hasEscapes,
                    let source = DecimalParsing.canonicalInteger(in: chunk, record.source.range),
                    let target = DecimalParsing.canonicalInteger(in: chunk, record.target.range),
                    source >= 0, source < Int64(Int32.max), target >= 0, target < Int64(Int32.max)
                else { return .notIntegers }
                if record.weight != 1, weights == nil {
                    weights = [Double](repeating: 1, count: ids.count / 2)
                    weights?.reserveCapacity(ids.capacity / 2)
                }
                ids.append(Int32(source))
                ids.append(Int32(target))
                weights?.append(record.weight)
                let position = record.source.range.lowerBound
                if position - released >= 1 << 20 {
                    release((range.lowerBound + released)..<(range.lowerBound + position))
                    released = position
                }
            }
        } catch {
            return .failed(error)
        }
        return .values(ids: ids, weights: weights)
    }

    /// `error` with its line counted from the start of the input instead of from `offset`.
    private static func shifted(
        _ error: EdgeListError, byLinesBefore offset: Int, in bytes: UnsafeBufferPointer<UInt8>
    ) -> EdgeListError {
        guard let line = error.line, offset > 0 else { return error }
        var lines = 0
        for i in 0..<offset where bytes[i] == UInt8(ascii: "\n") { lines += 1 }
        return EdgeListError(path: error.path, line: line + lines, column: error.column, problem: error.problem)
    }

    /// Parses with names as arbitrary byte strings.
    private static func byteNamed(
        _ bytes: UnsafeBufferPointer<UInt8>, options: EdgeListOptions, path: String
    ) throws(EdgeListError) -> Parsed {
        var scanner = EdgeListScanner(bytes: bytes, format: options.format, path: path, atInputStart: true)
        var table = ByteNameTable()
        var ids: [Int32] = []
        var weights: [Double]?
        var unescaped: [UInt8] = []
        func id(of field: Field) throws(EdgeListError) -> Int32 {
            let id: Int32
            if field.hasEscapes {
                unescaped.removeAll(keepingCapacity: true)
                var i = field.range.lowerBound
                while i < field.range.upperBound {
                    unescaped.append(bytes[i])
                    i += bytes[i] == UInt8(ascii: "\"") ? 2 : 1
                }
                id = unescaped.withUnsafeBufferPointer { table.id(for: $0) }
            } else {
                id = table.id(for: UnsafeBufferPointer(rebasing: bytes[field.range]))
            }
            guard table.count <= vertexLimit else { throw scanner.error(.tooManyVertices) }
            return id
        }
        while let record = try scanner.next() {
            if record.weight != 1, weights == nil { weights = [Double](repeating: 1, count: ids.count / 2) }
            ids.append(try id(of: record.source))
            ids.append(try id(of: record.target))
            weights?.append(record.weight)
        }
        return Parsed(batches: [EdgeBatch(ids: ids, weights: weights)], names: table.names())
    }
}
