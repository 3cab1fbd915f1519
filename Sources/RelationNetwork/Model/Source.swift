/// A document that relations cite.
public struct Source: Hashable, Sendable, Identifiable {
    public var id: String
    public var title: String
    public var author: String?
    public var publisher: String?
    /// Publication date.
    public var date: PartialDate?
    /// `true` when the date is not printed in the source but inferred by the curator.
    public var dateInferred: Bool
    /// File name of the source text, looked up in a sources directory.
    public var file: String?
    public var url: String?

    public init(
        id: String, title: String, author: String? = nil, publisher: String? = nil,
        date: PartialDate? = nil, dateInferred: Bool = false, file: String? = nil, url: String? = nil
    ) {
        self.id = id
        self.title = title
        self.author = author
        self.publisher = publisher
        self.date = date
        self.dateInferred = dateInferred
        self.file = file
        self.url = url
    }
}
