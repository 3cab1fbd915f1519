import RelationNetwork

/// A report as structure, independent of its output format: sections of paragraphs, tables,
/// lists and inline SVG, with cells that point at numbered citations.
public struct ReportDocument: Sendable {
    public var title: String
    public var subtitle: String
    public var sections: [ReportSection] = []
    /// The citations referred to from the report, numbered from 1 in order of first use.
    public private(set) var citations: [Citation] = []
    private var citationNumbers: [Citation: Int] = [:]

    public init(title: String, subtitle: String) {
        self.title = title
        self.subtitle = subtitle
    }

    /// The number of `citation` in the report's list, adding it on first use.
    public mutating func number(of citation: Citation) -> Int {
        if let number = citationNumbers[citation] { return number }
        citations.append(citation)
        citationNumbers[citation] = citations.count
        return citations.count
    }

    /// Numbers for all citations of `relations`, sorted and without repeats.
    public mutating func numbers(of relations: [Relation]) -> [Int] {
        Array(Set(relations.flatMap(\.citations).map { number(of: $0) })).sorted()
    }
}

/// One section: an anchor id, a title and its blocks.
public struct ReportSection: Sendable {
    public var id: String
    public var title: String
    public var blocks: [ReportBlock]

    public init(id: String, title: String, blocks: [ReportBlock]) {
        self.id = id
        self.title = title
        self.blocks = blocks
    }
}

/// One block of a section.
public enum ReportBlock: Sendable {
    case paragraph(String)
    case note(String)
    case table(ReportTable)
    case list([ReportCell])
    case subheading(String)
    /// An SVG document to inline (HTML) or a file reference (Markdown).
    case svg(String)
    /// A sentence that links to another file (a relative URL, e.g. the explorer page beside the report).
    case link(text: String, url: String)
    /// A further SVG diagram, inlined in HTML and left to the HTML report in Markdown.
    case panel(String)
    /// A diagram's legend: swatches of kinds and lines of layers.
    case legend([ReportLegendItem])
}

/// One entry of a diagram's legend: a fill swatch (an entity kind) or a line (a relation layer).
public struct ReportLegendItem: Sendable, Equatable {
    /// What the entry stands for ("state (ellipse)", "trade →").
    public var label: String
    /// The fill or line colour (`#rrggbb`).
    public var color: String
    /// The line style (`solid`, `dashed`, `dotted`) of a layer; `nil` for a fill swatch.
    public var line: String?

    /// A legend entry.
    public init(label: String, color: String, line: String?) {
        self.label = label
        self.color = color
        self.line = line
    }
}

/// One piece of text with the citations that support it.
public struct ReportCell: Sendable, ExpressibleByStringLiteral {
    public var text: String
    /// Numbers in the document's citation list.
    public var citations: [Int]

    public init(_ text: String, citations: [Int] = []) {
        self.text = text
        self.citations = citations
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }
}

/// A table whose cells carry citations.
public struct ReportTable: Sendable {
    public var headers: [String]
    /// Columns to right-align (numbers).
    public var numeric: Set<Int> = []
    public var rows: [[ReportCell]] = []
    public var caption: String?

    public init(headers: [String], numeric: Set<Int> = [], rows: [[ReportCell]] = [], caption: String? = nil) {
        self.headers = headers
        self.numeric = numeric
        self.rows = rows
        self.caption = caption
    }
}
