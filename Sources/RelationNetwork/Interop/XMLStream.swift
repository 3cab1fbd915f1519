import CLibXML2
import Foundation

/// Receives the elements of a document from `XMLStream`, in document order.
protocol XMLStreamHandler: AnyObject {
    /// An element starts. `name` is its local name (`graphml:node` → `node`); `attributes` is valid
    /// only during the call.
    func startElement(_ name: String, attributes: XMLAttributes, at location: SourceLocation)
    /// The current element ends.
    func endElement()
    /// Character data directly inside the current element (entities expanded), possibly in pieces.
    func characters(_ bytes: UnsafeBufferPointer<UInt8>)
    /// Whether the handler wants no more events: the stream stops quietly (no error) after the
    /// element start or end that set it.
    var isFinished: Bool { get }
}

extension XMLStreamHandler {
    var isFinished: Bool { false }
}

/// The attributes of a start tag, decoded on demand (valid only during `startElement`).
struct XMLAttributes {
    /// libxml2's array: local name, prefix, URI, value start, value end per attribute.
    fileprivate let raw: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    fileprivate let count: Int
    fileprivate unowned let session: XMLStreamSession

    /// The value of the unprefixed attribute `name`, entities expanded, or `nil`.
    subscript(_ name: String) -> String? {
        guard let raw else { return nil }
        return name.withCString { wanted -> String? in
            for index in 0..<count {
                let base = raw + index * 5
                guard base[1] == nil, let local = base[0], strcmp(UnsafeRawPointer(local).assumingMemoryBound(to: CChar.self), wanted) == 0,
                    let start = base[3], let end = base[4]
                else { continue }
                return session.attributeValue(UnsafeBufferPointer(start: start, count: end - start))
            }
            return nil
        }
    }
}

/// Streams an XML document through libxml2's SAX2 push parser to an `XMLStreamHandler`: no tree of
/// the document is built, so memory follows what the handler keeps, not the file.
///
/// Safety rules: no network access (`XML_PARSE_NONET`), no DTD loading, no external entities
/// (a reference to one is a located error); internal entities are expanded by this type within a
/// budget (at most `maxExpansion` bytes in all and at most 10× the input) and a nesting bound;
/// libxml2's own limits (no `XML_PARSE_HUGE`) stay on; elements nest at most `maxDepth` deep.
/// Every problem is one located `Diagnostic` with libxml2's message, line and column.
enum XMLStream {
    /// The deepest element nesting accepted.
    static let maxDepth = 256
    /// The most bytes internal entities may expand to in one document.
    static let maxExpansion = 1_000_000
    /// How deep entity references may nest inside entity values.
    static let maxEntityNesting = 32
    private static let chunkSize = 1 << 18

    /// Streams the file at `path` (shown as `file`), whose root element must be `root`.
    /// - Throws: `NetworkLoadError` with the first problem, located in `file`.
    static func parse(path: String, file: String, root: String, handler: some XMLStreamHandler) throws {
        guard let stream = InputStream(fileAtPath: path) else { throw unreadable(file) }
        stream.open()
        defer { stream.close() }
        if stream.streamStatus == .error { throw unreadable(file) }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        try parse(file: file, root: root, inputSize: size, handler: handler) { buffer in
            stream.read(buffer.baseAddress!, maxLength: buffer.count)
        }
    }

    /// Streams an in-memory document (shown as `file`), whose root element must be `root`.
    static func parse(_ data: Data, file: String, root: String, handler: some XMLStreamHandler) throws {
        var offset = 0
        try parse(file: file, root: root, inputSize: data.count, handler: handler) { buffer in
            let count = min(buffer.count, data.count - offset)
            guard count > 0 else { return 0 }
            let start = data.startIndex + offset
            data.copyBytes(to: buffer.baseAddress!, from: start..<(start + count))
            offset += count
            return count
        }
    }

    private static func unreadable(_ file: String) -> NetworkLoadError {
        NetworkLoadError(diagnostics: [
            Diagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1), field: nil, "cannot read the file (missing or unreadable)")
        ])
    }

    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    private static func parse(
        file: String, root: String, inputSize: Int, handler: any XMLStreamHandler,
        read: (UnsafeMutableBufferPointer<UInt8>) -> Int
    ) throws {
        _ = initialized
        var sax = xmlSAXHandler()
        xmlSAXVersion(&sax, 2)
        installCallbacks(&sax)
        let budget = min(maxExpansion, max(inputSize, 1) * 10)
        let session = XMLStreamSession(file: file, rootName: root, handler: handler, expansionBudget: budget)
        guard let ctxt = file.withCString({ xmlCreatePushParserCtxt(&sax, nil, nil, 0, $0) }) else {
            throw NetworkLoadError(diagnostics: [session.diagnostic("cannot start the XML parser", line: 1, column: 1)])
        }
        defer {
            if let doc = ctxt.pointee.myDoc {
                xmlFreeDoc(doc)
                ctxt.pointee.myDoc = nil
            }
            ctxt.pointee._private = nil
            xmlFreeParserCtxt(ctxt)
        }
        // No XML_PARSE_NOENT (entities stay references, expanded here), no DTD loading, no network.
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        xmlCtxtUseOptions(ctxt, options)
        ctxt.pointee.replaceEntities = 0
        ctxt.pointee.loadsubset = 0
        ctxt.pointee.validate = 0
        session.ctxt = ctxt
        let retained = Unmanaged.passRetained(session)
        defer { retained.release() }
        ctxt.pointee._private = retained.toOpaque()

        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: chunkSize)
        defer { buffer.deallocate() }
        while session.failure == nil && !session.stopped {
            let count = read(buffer)
            if count < 0 {
                session.fail("cannot read the file (read error)")
                break
            }
            let status = buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: chunkSize) {
                xmlParseChunk(ctxt, $0, Int32(count), count == 0 ? 1 : 0)
            }
            if session.stopped { return }
            if status != 0 || ctxt.pointee.wellFormed == 0 { session.failFromParser() }
            if count == 0 { break }
        }
        if session.failure == nil && !session.sawRoot {
            session.fail("the document has no root element")
        }
        if let failure = session.failure { throw NetworkLoadError(diagnostics: [failure]) }
    }

    private static func installCallbacks(_ sax: inout xmlSAXHandler) {
        sax.startElementNs = { ctx, localname, prefix, uri, namespaceCount, namespaces, attributeCount, defaulted, attributes in
            guard let session = XMLStreamSession.outer(ctx) else {
                xmlSAX2StartElementNs(ctx, localname, prefix, uri, namespaceCount, namespaces, attributeCount, defaulted, attributes)
                return
            }
            session.start(localname, attributes: attributes, count: Int(attributeCount))
        }
        sax.endElementNs = { ctx, localname, prefix, uri in
            guard let session = XMLStreamSession.outer(ctx) else {
                xmlSAX2EndElementNs(ctx, localname, prefix, uri)
                return
            }
            session.end()
        }
        let characters: charactersSAXFunc = { ctx, text, length in
            guard let session = XMLStreamSession.outer(ctx) else {
                xmlSAX2Characters(ctx, text, length)
                return
            }
            session.characters(text, Int(length))
        }
        sax.characters = characters
        sax.ignorableWhitespace = characters
        sax.cdataBlock = { ctx, text, length in
            guard let session = XMLStreamSession.outer(ctx) else {
                xmlSAX2CDataBlock(ctx, text, length)
                return
            }
            session.characters(text, Int(length))
        }
        sax.reference = { ctx, name in
            guard let session = XMLStreamSession.outer(ctx) else {
                xmlSAX2Reference(ctx, name)
                return
            }
            session.reference(name)
        }
        // Nothing is ever fetched: external DTDs and entities resolve to nothing.
        sax.resolveEntity = { _, _, _ in nil }
        sax.serror = { data, error in
            guard let session = XMLStreamSession.outer(data), let error else { return }
            session.record(error.pointee)
        }
    }
}

/// The state of one parse, reachable from libxml2's callbacks through the context's `_private`.
private final class XMLStreamSession {
    let file: String
    let rootName: String
    let handler: any XMLStreamHandler
    var ctxt: xmlParserCtxtPtr?
    var depth = 0
    var sawRoot = false
    var failure: Diagnostic?
    /// The handler asked to stop (see `XMLStreamHandler.isFinished`).
    var stopped = false
    /// Bytes internal entities may still expand to.
    var expansionBudget: Int
    private var scratch: [UInt8] = []

    init(file: String, rootName: String, handler: any XMLStreamHandler, expansionBudget: Int) {
        self.file = file
        self.rootName = rootName
        self.handler = handler
        self.expansionBudget = expansionBudget
    }

    /// The session when `ctx` is the document's own parser context (not one libxml2 made to parse
    /// an entity's value, whose events go to libxml2's own SAX2 handlers).
    static func outer(_ ctx: UnsafeMutableRawPointer?) -> XMLStreamSession? {
        guard let ctx else { return nil }
        let ctxt = ctx.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let opaque = ctxt.pointee._private else { return nil }
        let session = Unmanaged<XMLStreamSession>.fromOpaque(opaque).takeUnretainedValue()
        guard let outer = session.ctxt, UnsafeMutableRawPointer(outer) == ctx else { return nil }
        return session
    }

    private var here: (line: Int, column: Int) {
        guard let input = ctxt?.pointee.input else { return (1, 1) }
        return (max(1, Int(input.pointee.line)), max(1, Int(input.pointee.col)))
    }

    func diagnostic(_ message: String, line: Int, column: Int) -> Diagnostic {
        Diagnostic(.error, at: SourceLocation(file: file, line: line, column: column), field: nil, message)
    }

    /// Records the first problem (at the parser's position) and stops the parser.
    func fail(_ message: String) {
        guard failure == nil else { return }
        let (line, column) = here
        failure = diagnostic(message, line: line, column: column)
        if let ctxt { xmlStopParser(ctxt) }
    }

    /// Records the first error libxml2 reports (warnings are ignored).
    func record(_ error: xmlError) {
        guard failure == nil, error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        let message = error.message.map { String(cString: $0) } ?? "error \(error.code)"
        let position = here
        let line = error.line > 0 ? Int(error.line) : position.line
        let column = error.int2 > 0 ? Int(error.int2) : position.column
        // libxml2's messages end in a newline and some add a second line (the offending bytes).
        let oneLine = message.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "; ")
        failure = diagnostic("malformed XML: " + oneLine, line: line, column: column)
        if let ctxt { xmlStopParser(ctxt) }
    }

    /// After `xmlParseChunk` reported a problem: the error libxml2 recorded, if none was seen yet.
    func failFromParser() {
        guard failure == nil else { return }
        if let ctxt, let error = xmlCtxtGetLastError(ctxt), error.pointee.code != 0 {
            record(error.pointee)
        }
        if failure == nil { fail("malformed XML") }
    }

    func start(_ localname: UnsafePointer<xmlChar>?, attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, count: Int) {
        guard failure == nil, !stopped, let localname else { return }
        depth += 1
        let name = String(cString: localname)
        let (line, column) = here
        if depth > XMLStream.maxDepth {
            fail("elements are nested more than \(XMLStream.maxDepth) deep")
            return
        }
        if depth == 1 {
            sawRoot = true
            guard name == rootName else {
                failure = diagnostic("expected a <\(rootName)> root element, found <\(name)>", line: line, column: column)
                if let ctxt { xmlStopParser(ctxt) }
                return
            }
        }
        let attributes = XMLAttributes(raw: attributes, count: count, session: self)
        handler.startElement(name, attributes: attributes, at: SourceLocation(file: file, line: line, column: column))
        stopIfFinished()
    }

    func end() {
        guard failure == nil, !stopped else { return }
        depth -= 1
        handler.endElement()
        stopIfFinished()
    }

    private func stopIfFinished() {
        guard handler.isFinished, !stopped else { return }
        stopped = true
        if let ctxt { xmlStopParser(ctxt) }
    }

    func characters(_ text: UnsafePointer<xmlChar>?, _ length: Int) {
        guard failure == nil, !stopped, let text, length > 0 else { return }
        handler.characters(UnsafeBufferPointer(start: text, count: length))
    }

    /// A general entity reference in content: its replacement text, expanded within the budget.
    func reference(_ name: UnsafePointer<xmlChar>?) {
        guard failure == nil, let name else { return }
        scratch.removeAll(keepingCapacity: true)
        guard expand(entity: name, nesting: 1, into: &scratch) else { return }
        scratch.withUnsafeBufferPointer { handler.characters($0) }
    }

    /// An attribute value as libxml2 passes it without entity substitution (`&` as `&#38;`,
    /// general entities as `&name;`), decoded.
    func attributeValue(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.contains(UInt8(ascii: "&")) else { return String(decoding: bytes, as: UTF8.self) }
        var out: [UInt8] = []
        guard decode(bytes, nesting: 0, into: &out) else { return nil }
        return String(decoding: out, as: UTF8.self)
    }

    private func expand(entity name: UnsafePointer<xmlChar>, nesting: Int, into out: inout [UInt8]) -> Bool {
        let shown = String(cString: name)
        guard nesting <= XMLStream.maxEntityNesting else {
            fail("entity references are nested more than \(XMLStream.maxEntityNesting) deep (at '&\(shown);')")
            return false
        }
        let entity = xmlGetPredefinedEntity(name) ?? ctxt?.pointee.myDoc.flatMap { xmlGetDocEntity($0, name) }
        guard let entity else {
            fail("the entity '&\(shown);' is not declared")
            return false
        }
        switch entity.pointee.etype {
        case XML_INTERNAL_PREDEFINED_ENTITY:
            // `&lt;` and friends: one character, taken as it is.
            guard let content = entity.pointee.content else { return true }
            out.append(contentsOf: UnsafeBufferPointer(start: content, count: Int(entity.pointee.length)))
            return spend(Int(entity.pointee.length))
        case XML_INTERNAL_GENERAL_ENTITY:
            guard let content = entity.pointee.content else { return true }
            return decode(UnsafeBufferPointer(start: content, count: Int(entity.pointee.length)), nesting: nesting, into: &out)
        default:
            fail("the entity '&\(shown);' is external; external entities are not loaded")
            return false
        }
    }

    /// Appends `bytes` with character and entity references replaced; text that comes from an
    /// entity (`nesting` > 0) counts against the budget and may not hold markup.
    private func decode(_ bytes: UnsafeBufferPointer<UInt8>, nesting: Int, into out: inout [UInt8]) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") && nesting > 0 {
                fail("an entity's value holds markup ('<'), which is not supported here")
                return false
            }
            guard byte == UInt8(ascii: "&"), let end = bytes[index...].firstIndex(of: UInt8(ascii: ";")) else {
                out.append(byte)
                index += 1
                if nesting > 0 && !spend(1) { return false }
                continue
            }
            let reference = bytes[(index + 1)..<end]
            if reference.first == UInt8(ascii: "#") {
                let digits = String(decoding: reference.dropFirst(), as: UTF8.self)
                let value = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
                guard let value, let scalar = Unicode.Scalar(value) else {
                    fail("the character reference '&\(String(decoding: reference, as: UTF8.self));' is invalid")
                    return false
                }
                let before = out.count
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
                if nesting > 0 && !spend(out.count - before) { return false }
            } else {
                var name = Array(reference)
                name.append(0)
                // Text expanded from entities is counted once, where it is appended (nesting > 0).
                guard name.withUnsafeBufferPointer({ expand(entity: $0.baseAddress!, nesting: nesting + 1, into: &out) }) else {
                    return false
                }
            }
            index = end + 1
        }
        return true
    }

    private func spend(_ count: Int) -> Bool {
        expansionBudget -= count
        guard expansionBudget >= 0 else {
            fail("entities expand to more than \(XMLStream.maxExpansion) bytes or 10 times the file's size; refused")
            return false
        }
        return true
    }
}
