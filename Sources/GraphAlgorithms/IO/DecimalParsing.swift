/// Parsing of numbers straight from bytes.
enum DecimalParsing {
    /// Exact powers of ten up to 10²², the range where `Double` represents them exactly.
    private static let powersOfTen: [Double] = (0...22).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    /// The `Double` written in `bytes[range]`, or `nil` when it is not a number.
    ///
    /// Plain decimals (`-12.5`, `3e-4`) with at most 19 significant digits, a mantissa below 2⁵³ and
    /// a decimal exponent within ±22 are converted exactly by one multiplication or division of
    /// exact values (Clinger's fast path, correctly rounded). Anything else falls back to the
    /// standard library's correctly rounded parser (which also accepts `nan`, `inf` and hex).
    static func double(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Double? {
        fastDouble(in: bytes, range) ?? Double(String(decoding: bytes[range], as: UTF8.self))
    }

    private static func fastDouble(
        in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>
    ) -> Double? {
        var i = range.lowerBound
        let end = range.upperBound
        guard i < end else { return nil }
        var negative = false
        if bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
            negative = bytes[i] == UInt8(ascii: "-")
            i += 1
        }
        var mantissa: UInt64 = 0
        var significantDigits = 0
        var exponent = 0
        var sawDigit = false
        var inFraction = false
        while i < end {
            let byte = bytes[i]
            if byte == UInt8(ascii: "."), !inFraction {
                inFraction = true
                i += 1
                continue
            }
            let digit = byte &- UInt8(ascii: "0")
            guard digit < 10 else { break }
            sawDigit = true
            if mantissa == 0 && digit == 0 {
                if inFraction { exponent -= 1 }
            } else {
                guard significantDigits < 19 else { return nil }
                mantissa = mantissa * 10 + UInt64(digit)
                significantDigits += 1
                if inFraction { exponent -= 1 }
            }
            i += 1
        }
        guard sawDigit else { return nil }
        if i < end, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            var exponentNegative = false
            if i < end, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
                exponentNegative = bytes[i] == UInt8(ascii: "-")
                i += 1
            }
            var written = 0
            var exponentDigits = 0
            while i < end, bytes[i] &- UInt8(ascii: "0") < 10 {
                written = min(written * 10 + Int(bytes[i] &- UInt8(ascii: "0")), 100_000)
                exponentDigits += 1
                i += 1
            }
            guard exponentDigits > 0 else { return nil }
            exponent += exponentNegative ? -written : written
        }
        guard i == end else { return nil }
        if mantissa == 0 { return negative ? -0.0 : 0 }
        guard mantissa <= 1 << 53, exponent >= -22, exponent <= 22 else { return nil }
        let magnitude =
            exponent < 0
            ? Double(mantissa) / powersOfTen[-exponent] : Double(mantissa) * powersOfTen[exponent]
        return negative ? -magnitude : magnitude
    }

    /// The integer written canonically in `bytes[range]`: an optional `-` and 1 to 18 digits
    /// without leading zeros (`0` itself allowed, `-0` not). Such text and the integer determine
    /// each other, so integers can stand in for the names.
    static func canonicalInteger(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int64? {
        var i = range.lowerBound
        let end = range.upperBound
        guard i < end else { return nil }
        let negative = bytes[i] == UInt8(ascii: "-")
        if negative { i += 1 }
        let digitCount = end - i
        guard digitCount >= 1, digitCount <= 18 else { return nil }
        if bytes[i] == UInt8(ascii: "0") && (digitCount > 1 || negative) { return nil }
        var value: Int64 = 0
        while i < end {
            let digit = bytes[i] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int64(digit)
            i += 1
        }
        return negative ? -value : value
    }
}
