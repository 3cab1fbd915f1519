/// A field of a record: a byte range of the input. `hasEscapes` marks a quoted CSV field
/// containing `""`, whose text is the range with each `""` read as `"`.
struct Field {
    var range: Range<Int>
    var hasEscapes: Bool
}

/// One edge line: source and target fields and the parsed weight (1 when absent).
struct EdgeRecord {
    var source: Field
    var target: Field
    var weight: Double
}

/// Up to three fields of a line, without heap storage.
private struct LineFields {
    var first = Field(range: 0..<0, hasEscapes: false)
    var second = Field(range: 0..<0, hasEscapes: false)
    var third = Field(range: 0..<0, hasEscapes: false)
    var count = 0

    /// Appends `field`. - Precondition: `count < 3`.
    mutating func append(_ field: Field) {
        switch count {
        case 0: first = field
        case 1: second = field
        default: third = field
        }
        count += 1
    }
}

/// Splits an edge-list or CSV input into ``EdgeRecord``s, working on bytes.
///
/// Whitespace format: fields are separated by spaces or tabs, `#` starts a comment anywhere (as in
/// NetworkX `read_edgelist`), blank lines are skipped, a line holds 2 or 3 fields. CSV: the first
/// non-blank line is a header of 2 or 3 fields; each further non-blank line has as many
/// comma-separated fields; a field may be quoted with `"` as in RFC 4180, holding commas, `""` for
/// a quote and line breaks; spaces around fields are ignored. Both accept `\r\n` line ends and a
/// leading UTF-8 byte order mark. Errors name the line and column (in characters) of the
/// offending field.
struct EdgeListScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let format: EdgeListFormat
    private let path: String
    /// Whether `bytes` begin the input.
    private let startsInput: Bool
    private var position = 0
    /// The line the current record starts on.
    private var line = 0
    /// Line breaks inside quoted fields of the current record, added to `line` at the next one.
    private var quotedLineBreaks = 0
    /// The byte offset the current record starts at.
    private var recordStart = 0
    private var headerFieldCount: Int?
    /// The fields of the current line (at most three, stored inline).
    private var fields = LineFields()

    /// A scanner of `bytes`, which begin at a line start; `atInputStart` when they begin the input
    /// (where a byte order mark is skipped).
    init(bytes: UnsafeBufferPointer<UInt8>, format: EdgeListFormat, path: String, atInputStart: Bool) {
        self.bytes = bytes
        self.format = format
        self.path = path
        self.startsInput = atInputStart
        if atInputStart, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
    }

    /// The next record, or `nil` at the end of the input.
    mutating func next() throws(EdgeListError) -> EdgeRecord? {
        while position < bytes.count {
            line += 1 + quotedLineBreaks
            quotedLineBreaks = 0
            recordStart = position
            fields.count = 0
            switch format {
            case .whitespaceSeparated: try splitWhitespaceLine()
            case .csv: try splitCSVLine()
            }
            if fields.count == 0 { continue }
            if format == .csv {
                guard let expected = headerFieldCount else {
                    guard fields.count == 2 || fields.count == 3 else {
                        throw error(.invalidHeader(fieldCount: fields.count), at: recordStart)
                    }
                    headerFieldCount = fields.count
                    continue
                }
                guard fields.count == expected else {
                    throw error(.fieldCount(expected: expected, found: fields.count), at: recordStart)
                }
                if fields.first.range.isEmpty { throw error(.missingSource, at: fields.first.range.lowerBound) }
            }
            guard fields.count >= 2, !fields.second.range.isEmpty else {
                throw error(.missingTarget, at: fields.count >= 2 ? fields.second.range.lowerBound : fields.first.range.upperBound)
            }
            var weight = 1.0
            if fields.count == 3 { weight = try parseWeight(fields.third) }
            return EdgeRecord(source: fields.first, target: fields.second, weight: weight)
        }
        return nil
    }

    /// An error at the start of the current record.
    func error(_ problem: EdgeListError.Problem) -> EdgeListError {
        error(problem, at: recordStart)
    }

    /// An error at byte `offset` of the current record: its line (counting line breaks inside
    /// quoted fields) and column (characters, from 1). O(record length), on errors only.
    func error(_ problem: EdgeListError.Problem, at offset: Int) -> EdgeListError {
        let end = min(offset, bytes.count)
        var errorLine = line
        var lineStart = recordStart
        var index = recordStart
        while index < end {
            if bytes[index] == UInt8(ascii: "\n") {
                errorLine += 1
                lineStart = index + 1
            }
            index += 1
        }
        if lineStart == 0, startsInput, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { lineStart = 3 }
        var column = 1
        index = lineStart
        while index < end {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }  // not a UTF-8 continuation byte
            index += 1
        }
        return EdgeListError(path: path, line: errorLine, column: column, problem: problem)
    }

    private func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    private func parseWeight(_ field: Field) throws(EdgeListError) -> Double {
        if field.range.isEmpty { throw error(.missingWeight, at: field.range.lowerBound) }
        guard !field.hasEscapes, let value = DecimalParsing.double(in: bytes, field.range) else {
            throw error(.invalidWeight(text(field.range)), at: field.range.lowerBound)
        }
        guard value.isFinite else { throw error(.nonFiniteWeight(text(field.range)), at: field.range.lowerBound) }
        return value
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
            || byte == 0x0B || byte == 0x0C
    }

    /// Reads one whitespace-format line into `fields` and moves past its newline.
    private mutating func splitWhitespaceLine() throws(EdgeListError) {
        let newline = UInt8(ascii: "\n")
        let comment = UInt8(ascii: "#")
        while position < bytes.count {
            let byte = bytes[position]
            if byte == newline { break }
            if Self.isBlank(byte) {
                position += 1
                continue
            }
            if byte == comment {
                while position < bytes.count, bytes[position] != newline { position += 1 }
                break
            }
            let start = position
            while position < bytes.count {
                let b = bytes[position]
                if b == newline || b == comment || Self.isBlank(b) { break }
                position += 1
            }
            if fields.count == 3 { throw error(.extraField(text(start..<position)), at: start) }
            fields.append(Field(range: start..<position, hasEscapes: false))
        }
        position += 1  // the newline (or past the end)
    }

    /// Reads one CSV line into `fields` (none for a blank line) and moves past its newline.
    private mutating func splitCSVLine() throws(EdgeListError) {
        let newline = UInt8(ascii: "\n")
        let comma = UInt8(ascii: ",")
        let quote = UInt8(ascii: "\"")
        var sawContent = false
        while true {
            while position < bytes.count, Self.isBlank(bytes[position]) { position += 1 }
            var field: Field
            if position < bytes.count, bytes[position] == quote {
                sawContent = true
                let opening = position
                position += 1
                let start = position
                var hasEscapes = false
                while true {
                    guard position < bytes.count else { throw error(.unterminatedQuote, at: opening) }
                    let byte = bytes[position]
                    if byte == newline { quotedLineBreaks += 1 }
                    if byte == quote {
                        if position + 1 < bytes.count, bytes[position + 1] == quote {
                            hasEscapes = true
                            position += 2
                            continue
                        }
                        break
                    }
                    position += 1
                }
                field = Field(range: start..<position, hasEscapes: hasEscapes)
                position += 1  // closing quote
                while position < bytes.count, Self.isBlank(bytes[position]) { position += 1 }
                if position < bytes.count, bytes[position] != comma, bytes[position] != newline {
                    throw error(.textAfterQuote, at: position)
                }
            } else {
                let start = position
                while position < bytes.count, bytes[position] != comma, bytes[position] != newline {
                    position += 1
                }
                var end = position
                while end > start, Self.isBlank(bytes[end - 1]) { end -= 1 }
                if end > start { sawContent = true }
                field = Field(range: start..<end, hasEscapes: false)
            }
            let atComma = position < bytes.count && bytes[position] == comma
            if atComma { sawContent = true }
            if fields.count == 3 {
                throw error(.extraField(text(field.range)), at: field.range.lowerBound)
            }
            fields.append(field)
            position += 1  // the comma or newline (or past the end)
            if !atComma { break }
        }
        if !sawContent { fields.count = 0 }
    }
}
