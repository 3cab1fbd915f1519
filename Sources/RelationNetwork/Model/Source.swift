/// A document that relations cite.
public struct Source: Hashable, Sendable, Identifiable {
    public var id: String
    public var title: String
    public var author: String?
    public var publisher: String?
    /// Publication date.
    public var date: PartialDate?
    /// When the source prints no date: the span it was certainly published in, as the curator
    /// infers it (`date: 2019..2023` in files; the reasoning belongs in the curation notes).
    public var dateRange: DateRange?
    /// `true` when the date is not printed in the source but inferred by the curator.
    public var dateInferred: Bool
    /// File name of the source text, looked up in a sources directory.
    public var file: String?
    public var url: String?

    public init(
        id: String, title: String, author: String? = nil, publisher: String? = nil,
        date: PartialDate? = nil, dateRange: DateRange? = nil, dateInferred: Bool = false, file: String? = nil,
        url: String? = nil
    ) {
        self.id = id
        self.title = title
        self.author = author
        self.publisher = publisher
        self.date = date
        self.dateRange = dateRange
        self.dateInferred = dateInferred
        self.file = file
        self.url = url
    }
}

extension Source {
    /// The earliest date the source can have been published: the start of its range, else its date.
    public var earliestPossibleDate: PartialDate? { dateRange?.earliest ?? date }

    /// The latest date the source can have been published: the end of its range, else its date.
    public var latestPossibleDate: PartialDate? { dateRange?.latest ?? date }

    /// Whether the source was published by `date`: certainly (its latest possible day is not after
    /// `date`'s last day) or, with `possibly`, perhaps (its earliest possible day is not after it).
    /// An undated source was not.
    public func isKnown(by date: PartialDate, possibly: Bool = false) -> Bool {
        guard let bound = possibly ? earliestPossibleDate?.earliestDay : latestPossibleDate?.latestDay else { return false }
        return bound <= date.latestDay
    }

    /// "2016", "2019..2023", or "undated", with "(inferred)" for inferred dates.
    public var dateText: String {
        let text = dateRange?.description ?? date?.description ?? "undated"
        return dateInferred ? text + " (inferred)" : text
    }
}

/// A span of possible dates, both bounds included: `2019..2023`.
public struct DateRange: Hashable, Sendable, CustomStringConvertible {
    public let earliest: PartialDate
    public let latest: PartialDate

    /// A range, or `nil` when `earliest` starts after `latest` ends.
    public init?(earliest: PartialDate, latest: PartialDate) {
        guard earliest.earliestDay <= latest.latestDay else { return nil }
        self.earliest = earliest
        self.latest = latest
    }

    public var description: String { "\(earliest)..\(latest)" }
}
