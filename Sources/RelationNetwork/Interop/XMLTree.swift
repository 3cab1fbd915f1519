import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An XML element read with Foundation's `XMLParser`, with the position of its start tag.
final class XMLElementNode {
    /// The name without any namespace prefix (`graphml:node` → `node`).
    let name: String
    let attributes: [String: String]
    let line: Int
    let column: Int
    fileprivate(set) var children: [XMLElementNode] = []
    fileprivate(set) var text = ""

    init(name: String, attributes: [String: String], line: Int, column: Int) {
        self.name = name
        self.attributes = attributes
        self.line = line
        self.column = column
    }

    /// The children named `name`, in document order.
    func children(named name: String) -> [XMLElementNode] { children.filter { $0.name == name } }

    /// The first child named `name`, or `nil`.
    func child(named name: String) -> XMLElementNode? { children.first { $0.name == name } }

    func location(in file: String) -> SourceLocation { SourceLocation(file: file, line: line, column: column) }
}

/// Parses XML data into an element tree; a malformed document is a located `NetworkLoadError`.
enum XMLTree {
    /// The root element of `data`, which must be named `rootName` (`graphml`, `gexf`).
    /// - Throws: `NetworkLoadError` for a malformed document or another root element.
    static func parse(_ data: Data, file: String, root rootName: String) throws -> XMLElementNode {
        let root = try parse(data, file: file)
        guard root.name == rootName else {
            throw NetworkLoadError(diagnostics: [
                Diagnostic(.error, at: root.location(in: file), field: nil, "expected a <\(rootName)> root element, found <\(root.name)>")
            ])
        }
        return root
    }

    /// The root element of `data`.
    /// - Throws: `NetworkLoadError` naming `file` with the line and column of the first problem.
    static func parse(_ data: Data, file: String) throws -> XMLElementNode {
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        let builder = TreeBuilder()
        parser.delegate = builder
        let parsed = parser.parse()
        // FoundationXML may recover and return true after reporting an error: any report fails.
        if !parsed || builder.failure != nil || builder.root == nil {
            let line = builder.failure?.line ?? max(1, parser.lineNumber)
            let column = builder.failure?.column ?? max(1, parser.columnNumber)
            let reason = builder.failure?.reason ?? parser.parserError.map(describe) ?? "no root element"
            throw NetworkLoadError(diagnostics: [
                Diagnostic(.error, at: SourceLocation(file: file, line: line, column: column), field: nil, "malformed XML: \(reason)")
            ])
        }
        guard let root = builder.root else { throw NetworkLoadError(diagnostics: []) }
        return root
    }
}

/// The `XMLParserDelegate` that builds the tree.
private final class TreeBuilder: NSObject, XMLParserDelegate {
    var root: XMLElementNode?
    /// The first error the parser reported, where it was reported.
    var failure: (reason: String, line: Int, column: Int)?
    private var stack: [XMLElementNode] = []

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        let local = elementName.split(separator: ":").last.map(String.init) ?? elementName
        let element = XMLElementNode(
            name: local, attributes: attributes, line: max(1, parser.lineNumber), column: max(1, parser.columnNumber))
        if let parent = stack.last { parent.children.append(element) } else { root = element }
        stack.append(element)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        stack.last?.text += string
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        stack.last?.text += String(decoding: CDATABlock, as: UTF8.self)
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        if failure == nil {
            failure = (describe(parseError), max(1, parser.lineNumber), max(1, parser.columnNumber))
        }
    }
}

/// A readable reason for an `XMLParser` error (FoundationXML gives only the code).
private func describe(_ error: any Error) -> String {
    let nsError = error as NSError
    if let reason = nsError.userInfo[NSLocalizedDescriptionKey] as? String, !reason.isEmpty { return reason }
    let reasons: [Int: String] = [
        4: "the document is empty", 5: "the document ends inside an element (an unclosed tag)",
        9: "a character XML does not allow", 23: "an entity reference lacks its ';' (write '&amp;' for '&')",
        24: "an entity reference has no name (write '&amp;' for '&')", 26: "an undeclared entity",
        38: "an attribute value must start with a quote", 39: "an attribute value is not closed",
        40: "an attribute has no value", 41: "an attribute is given twice",
        68: "a name is required here (write '&amp;' for '&' and '&lt;' for '<')", 73: "'>' expected",
        76: "an end tag does not match its start tag",
    ]
    return reasons[nsError.code].map { "\($0) (XML error \(nsError.code))" } ?? "XML error \(nsError.code)"
}
