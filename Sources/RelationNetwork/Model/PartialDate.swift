/// A calendar date given to year, month or day precision (`2014`, `2014-05`, `2014-05-29`).
///
/// A partial date names a period. As the start of a validity interval it stands for the period's
/// first day (`earliestDay`); as the end, for its last day (`latestDay`).
public struct PartialDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int?
    public let day: Int?

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `nil` when malformed or not a real calendar date.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4,
            parts.dropFirst().allSatisfy({ $0.count == 2 }),
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let year = Int(parts[0])
        else { return nil }
        let month = parts.count > 1 ? Int(parts[1]) : nil
        let day = parts.count > 2 ? Int(parts[2]) : nil
        self.init(year: year, month: month, day: day)
    }

    /// Creates a date; `nil` when the month or day is out of range (or a day is given without a month).
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        if let month, !(1...12).contains(month) { return nil }
        if let day {
            guard let month, (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The first day of the period as a sortable ordinal `yyyymmdd`.
    public var earliestDay: Int { year * 10_000 + (month ?? 1) * 100 + (day ?? 1) }

    /// The last day of the period as a sortable ordinal `yyyymmdd`.
    public var latestDay: Int {
        let lastMonth = month ?? 12
        return year * 10_000 + lastMonth * 100 + (day ?? Self.daysIn(month: lastMonth, year: year))
    }

    public var description: String {
        var text = zeroPadded(year, width: 4)
        if let month { text += "-" + zeroPadded(month, width: 2) }
        if let day { text += "-" + zeroPadded(day, width: 2) }
        return text
    }

    /// Orders by the first day, then by precision (a year sorts before its first month).
    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        (lhs.earliestDay, lhs.latestDay) < (rhs.earliestDay, rhs.latestDay)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// `value` as decimal digits, left-padded with zeros to `width`.
private func zeroPadded(_ value: Int, width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: Swift.max(0, width - digits.count)) + digits
}

/// A closed validity interval built from optional partial-date bounds; a missing bound is open.
public struct ValidityInterval: Hashable, Sendable {
    public var since: PartialDate?
    public var until: PartialDate?

    public init(since: PartialDate?, until: PartialDate?) {
        self.since = since
        self.until = until
    }

    /// Whether `date` lies in the interval: `since.earliestDay ≤ date ≤ until.latestDay`.
    ///
    /// A partial `date` counts as contained when any of its days is (its period overlaps).
    public func contains(_ date: PartialDate) -> Bool {
        if let since, date.latestDay < since.earliestDay { return false }
        if let until, date.earliestDay > until.latestDay { return false }
        return true
    }

    /// Whether neither bound is given.
    public var isUndated: Bool { since == nil && until == nil }
}

extension ValidityInterval {
    /// "since 2014", "2014 – 2016", "until 2016" or "undated".
    public var text: String {
        switch (since, until) {
        case (nil, nil): "undated"
        case let (since?, nil): "since \(since)"
        case let (nil, until?): "until \(until)"
        case let (since?, until?): "\(since) – \(until)"
        }
    }
}
