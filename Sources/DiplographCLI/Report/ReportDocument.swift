import RelationNetwork

/// A report as structure, independent of its output format: sections of paragraphs, tables,
/// lists and inline SVG, with cells that point at numbered citations.
struct ReportDocument {
    var title: String
    var subtitle: String
    var sections: [ReportSection] = []
    /// The citations referred to from the report, numbered from 1 in order of first use.
    private(set) var citations: [Citation] = []
    private var citationNumbers: [Citation: Int] = [:]

    init(title: String, subtitle: String) {
        self.title = title
        self.subtitle = subtitle
    }

    /// The number of `citation` in the report's list, adding it on first use.
    mutating func number(of citation: Citation) -> Int {
        if let number = citationNumbers[citation] { return number }
        citations.append(citation)
        citationNumbers[citation] = citations.count
        return citations.count
    }

    /// Numbers for all citations of `relations`, sorted and without repeats.
    mutating func numbers(of relations: [Relation]) -> [Int] {
        Array(Set(relations.flatMap(\.citations).map { number(of: $0) })).sorted()
    }
}

struct ReportSection {
    var id: String
    var title: String
    var blocks: [ReportBlock]
}

enum ReportBlock {
    case paragraph(String)
    case note(String)
    case table(ReportTable)
    case list([ReportCell])
    case subheading(String)
    /// An SVG document to inline (HTML) or a file reference (Markdown).
    case svg(String)
}

/// One piece of text with the citations that support it.
struct ReportCell: ExpressibleByStringLiteral {
    var text: String
    var citations: [Int]

    init(_ text: String, citations: [Int] = []) {
        self.text = text
        self.citations = citations
    }

    init(stringLiteral value: String) {
        self.init(value)
    }
}

struct ReportTable {
    var headers: [String]
    /// Columns to right-align (numbers).
    var numeric: Set<Int> = []
    var rows: [[ReportCell]] = []
    var caption: String?
}
