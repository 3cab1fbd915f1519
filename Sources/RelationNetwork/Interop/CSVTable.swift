/// Writing RFC 4180 CSV: the one escaper of the project (tables, exports, command output).
public enum CSVText {
    /// One field, quoted when it holds a comma, a quote, a line break or edge spaces.
    public static func field(_ text: String) -> String {
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || text.first?.isWhitespace == true || text.last?.isWhitespace == true
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One record: the fields escaped and joined by commas (no line end).
    public static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",")
    }
}

/// RFC 4180 CSV: a header row and records, each record with the line it starts on and the line
/// and column (in characters) where each of its fields starts.
struct CSVTable {
    typealias Place = (line: Int, column: Int)
    var header: [String]
    var rows: [(line: Int, fields: [String], places: [Place])]

    /// The table as CSV text with LF line ends.
    var text: String {
        ([header] + rows.map(\.fields)).map(CSVText.record).joined(separator: "\n") + "\n"
    }

    /// Parses CSV text (RFC 4180: a quoted field may hold commas, `""` for a quote, and line
    /// breaks; `\r\n` or `\n` line ends); blank lines are skipped and every record must have as many
    /// fields as the header.
    /// - Throws: `NetworkLoadError` located at the offending line and column.
    static func parse(_ text: String, file: String) throws -> CSVTable {
        var records: [(line: Int, fields: [String], places: [Place])] = []
        var fields: [String] = []
        var places: [Place] = []
        var field = ""
        var inQuotes = false
        var afterQuote = false
        var line = 1
        var column = 0  // of the current scalar
        var recordLine = 1
        var quote = (line: 1, column: 1)
        var fieldStart: Place = (1, 1)
        func fail(_ message: String, at line: Int, column: Int = 1) -> NetworkLoadError {
            NetworkLoadError(diagnostics: [
                Diagnostic(.error, at: SourceLocation(file: file, line: line, column: column), field: nil, message)
            ])
        }
        func endRecord() {
            fields.append(field)
            places.append(fieldStart)
            if !(fields.count == 1 && fields[0].isEmpty) { records.append((recordLine, fields, places)) }
            fields = []
            places = []
            field = ""
        }
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            column += 1
            if inQuotes {
                if scalar == "\"" {
                    if pending == "\"" {
                        field.unicodeScalars.append("\"")
                        pending = scalars.next()
                        column += 1
                    } else {
                        inQuotes = false
                        afterQuote = true
                    }
                } else {
                    if scalar == "\n" {
                        line += 1
                        column = 0
                    }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case ",":
                fields.append(field)
                places.append(fieldStart)
                fieldStart = (line, column + 1)
                field = ""
                afterQuote = false
            case "\r" where pending == "\n":
                continue
            case "\n", "\r":
                endRecord()
                afterQuote = false
                line += 1
                column = 0
                recordLine = line
                fieldStart = (line, 1)
            case "\"" where field.isEmpty && !afterQuote:
                inQuotes = true
                quote = (line, column)
            default:
                if afterQuote { throw fail("unexpected text after a closing quote", at: line, column: column) }
                field.unicodeScalars.append(scalar)
            }
        }
        if inQuotes { throw fail("a quoted field is not closed", at: quote.line, column: quote.column) }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        guard let first = records.first else { throw fail("the file is empty: expected a header row", at: 1) }
        let rows = Array(records.dropFirst())
        for row in rows where row.fields.count != first.fields.count {
            // At the first extra field, or at the start of a short record.
            let place: Place = row.fields.count > first.fields.count ? row.places[first.fields.count] : (row.line, 1)
            throw fail(
                "expected \(first.fields.count) fields as in the header, found \(row.fields.count)",
                at: place.line, column: place.column)
        }
        return CSVTable(header: first.fields, rows: rows)
    }
}
