import Foundation

/// Cairo (1.16, as in Debian 12) writes the time of rendering into every PDF as
/// `/CreationDate (D:YYYYMMDDHHMMSS…)` and ignores `SOURCE_DATE_EPOCH`; the digits are replaced
/// by a fixed date of the same length, so the cross-reference offsets stay right and two renders
/// are byte-identical.
enum FixedCreationDate {
    /// The date written instead: `SOURCE_DATE_EPOCH` when set (reproducible-builds convention),
    /// else 1970-01-01 00:00:00 UTC, as `YYYYMMDDHHMMSS`.
    static var digits: String {
        let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init) ?? 0
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMddHHmmss"
        return formatter.string(from: Date(timeIntervalSince1970: epoch))
    }

    /// `pdf` with the digits of its first `/CreationDate (D:` replaced (unchanged without one).
    /// - Complexity: O(n) in the PDF's size.
    static func applied(to pdf: Data) -> Data {
        let marker = Data("/CreationDate (D:".utf8)
        guard let found = pdf.range(of: marker) else { return pdf }
        let replacement = Array(digits.utf8)
        let start = found.upperBound
        var result = pdf
        for (offset, byte) in replacement.enumerated() {
            let index = start + offset
            guard index < result.endIndex, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(result[index]) else { break }
            result[index] = byte
        }
        return result
    }
}
