import GraphAlgorithms

/// DOT text prepared for cgraph's lexer, with the map from the lexer's line numbers back to the
/// lines of the file.
///
/// cgraph's flex scanner reads a quoted string as one token, and flex rescans the whole token
/// each time it refills its 8 KB buffer, so a long quoted string costs O(n²) (a 5 MB label took
/// 12 s). A backslash-newline inside a quoted string is a line continuation (the lexer drops it),
/// so inserting one every `chunk` bytes cuts the token without changing the string, and reading
/// becomes linear. The lexer counts those continuations as lines but not the plain line breaks
/// inside quoted strings, so its line numbers are mapped back through `realLines`.
struct DOTText {
    /// The bytes to hand to `agmemread`, NUL-terminated.
    private(set) var bytes: [UInt8]
    /// `realLines[k]` is the line of the file that the lexer calls line `k + 1`.
    private(set) var realLines: [Int] = [1]
    /// The lines of the original text, as byte ranges (for columns).
    private let original: [UInt8]
    private var lineStarts: [Int] = [0]

    /// Bytes of a quoted string between two inserted continuations.
    static let chunk = 4096

    init(_ text: String, chunk: Int = DOTText.chunk) {
        original = Array(text.utf8)
        bytes = []
        bytes.reserveCapacity(original.count + original.count / chunk * 2 + 1)
        prepare(chunk: chunk)
        bytes.append(0)
    }

    private enum State { case normal, quoted, html(depth: Int), lineComment, blockComment }

    private mutating func prepare(chunk: Int) {
        let newline = UInt8(ascii: "\n")
        var state = State.normal
        var realLine = 1
        var run = 0  // bytes of the current quoted token since the last cut
        var atLineStart = true
        var index = 0
        func countedNewline(_ real: Bool) {
            if real { realLine += 1 }
            realLines.append(realLine)
        }
        while index < original.count {
            let byte = original[index]
            if byte == newline { lineStarts.append(index + 1) }
            switch state {
            case .normal:
                if byte == UInt8(ascii: "\"") {
                    state = .quoted
                    run = 0
                } else if byte == UInt8(ascii: "<") {
                    state = .html(depth: 1)
                } else if byte == UInt8(ascii: "/"), index + 1 < original.count, original[index + 1] == UInt8(ascii: "/") {
                    state = .lineComment
                } else if byte == UInt8(ascii: "/"), index + 1 < original.count, original[index + 1] == UInt8(ascii: "*") {
                    state = .blockComment
                    bytes.append(byte)
                    bytes.append(original[index + 1])
                    index += 2
                    atLineStart = false
                    continue
                } else if byte == UInt8(ascii: "#"), atLineStart {
                    state = .lineComment
                } else if byte == newline {
                    countedNewline(true)
                }
            case .quoted:
                if byte == UInt8(ascii: "\\"), index + 1 < original.count {
                    let next = original[index + 1]
                    bytes.append(byte)
                    bytes.append(next)
                    if next == newline {
                        lineStarts.append(index + 2)
                        countedNewline(true)
                        run = 0
                    } else {
                        run += 2
                    }
                    index += 2
                    atLineStart = false
                    continue
                }
                if byte == UInt8(ascii: "\"") {
                    state = .normal
                } else {
                    if run >= chunk, byte & 0xC0 != 0x80 {  // not inside a UTF-8 sequence
                        bytes.append(UInt8(ascii: "\\"))
                        bytes.append(newline)
                        countedNewline(false)
                        run = 0
                    }
                    run += 1
                    if byte == newline { realLine += 1 }  // not counted by the lexer
                }
            case let .html(depth):
                if byte == UInt8(ascii: "<") {
                    state = .html(depth: depth + 1)
                } else if byte == UInt8(ascii: ">") {
                    state = depth == 1 ? .normal : .html(depth: depth - 1)
                } else if byte == newline {
                    countedNewline(true)
                }
            case .lineComment:
                if byte == newline {
                    state = .normal
                    countedNewline(true)
                }
            case .blockComment:
                if byte == UInt8(ascii: "*"), index + 1 < original.count, original[index + 1] == UInt8(ascii: "/") {
                    state = .normal
                    bytes.append(byte)
                    bytes.append(original[index + 1])
                    index += 2
                    atLineStart = false
                    continue
                } else if byte == newline {
                    countedNewline(true)
                }
            }
            atLineStart = byte == newline || (atLineStart && (byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")))
            bytes.append(byte)
            index += 1
        }
    }

    /// The file's line for the lexer's line `line` (1 when out of range).
    func realLine(_ line: Int) -> Int {
        guard line >= 1 else { return 1 }
        return realLines[min(line, realLines.count) - 1]
    }

    /// The column (in characters, from 1) of the first `token` on the file's line `line`, or 1.
    func column(of token: String, onLine line: Int) -> Int {
        guard !token.isEmpty, line >= 1, line <= lineStarts.count else { return 1 }
        let start = lineStarts[line - 1]
        let end = line < lineStarts.count ? lineStarts[line] : original.count
        let needle = Array(token.utf8.prefix(MessageToken.limit))
        guard needle.count <= end - start else { return 1 }
        var offset = start
        while offset + needle.count <= end {
            if original[offset..<offset + needle.count].elementsEqual(needle) {
                return original[start..<offset].reduce(1) { $1 & 0xC0 != 0x80 ? $0 + 1 : $0 }
            }
            offset += 1
        }
        return 1
    }
}
