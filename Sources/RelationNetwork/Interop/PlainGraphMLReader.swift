import Glibc
import GraphAlgorithms

/// The fast path for GraphML that holds a plain graph (what NetworkX and igraph write for a
/// weighted graph): nodes with an optional `name`/`label`, edges with an optional numeric
/// `weight`, nothing else. The XML streams straight into endpoint indices and strengths, and the
/// CSR graph is built once — no attributed graph, relation network, validation or projection.
///
/// Whatever the import would treat differently from a plain graph makes ``read(path:)`` return
/// `nil` and the caller takes the full route, so results never differ: another key, a key
/// default, graph-level data, a `<data>` before its key, a node or edge child other than
/// `<data>`, a repeated node id or datum, an edge to a node not declared before it, a self-loop
/// (an error of the full route), parallel edges (relations the full route aggregates), a weight
/// that is not a number, zero, negative (a tension) or gives no finite strength, and any XML
/// problem (the full route reports it, located).
struct PlainGraphMLReader {
    /// How the import reads weights (`--weights`).
    let weights: WeightMeaning
    /// Whether the graph's edges follow their direction (the projection's, not the file's).
    let directed: Bool

    /// The plain graph in the file at `path`: strengths projected as the full route projects
    /// them, vertex ids and labels (`name`, else `label`, else the id) in file order; `nil` when
    /// the file needs the full route.
    /// - Complexity: O(n + m) expected for n nodes and m edges; memory O(n + m), not the file.
    func read(path: String) -> (graph: Graph, ids: [String], labels: [String])? {
        let handler = PlainGraphMLHandler(weights: weights)
        do {
            try XMLStream.parse(path: path, file: path, root: "graphml", handler: handler)
        } catch {
            return nil
        }
        guard !handler.isFinished, handler.sawGraph else { return nil }
        let layerIsDirected = handler.fileIsDirected
        var edges: [WeightedEdge] = []
        edges.reserveCapacity(handler.sources.count * (directed && !layerIsDirected ? 2 : 1))
        for index in handler.sources.indices {
            let (u, v, strength) = (handler.sources[index], handler.targets[index], handler.strengths[index])
            edges.append(WeightedEdge(u, v, weight: strength))
            if directed && !layerIsDirected { edges.append(WeightedEdge(v, u, weight: strength)) }
        }
        let graph = Graph(vertexCount: handler.ids.count, edges: edges, directed: directed, parallelEdges: .sum)
        // Parallel edges (or both directions of an undirected projection) were merged: the full
        // route aggregates relations, which it must do itself.
        guard graph.edgeCount == edges.count else { return nil }
        let labels = handler.ids.indices.map { handler.names[$0] ?? handler.labels[$0] ?? handler.ids[$0] }
        return (graph, handler.ids, labels)
    }
}

/// Collects a plain graph's nodes and edges as the XML streams by; sets `isFinished` at the first
/// thing a plain graph does not have.
private final class PlainGraphMLHandler: XMLStreamHandler {
    private enum KeyRole {
        case weight(isInteger: Bool), name, label
    }

    private enum Role {
        case root, key, graph, node, edge, data(KeyRole), other
    }

    let weights: WeightMeaning
    private(set) var isFinished = false
    private(set) var sawGraph = false
    private(set) var fileIsDirected = true
    private(set) var ids: [String] = []
    private(set) var names: [String?] = []
    private(set) var labels: [String?] = []
    private(set) var sources: [Vertex] = []
    private(set) var targets: [Vertex] = []
    private(set) var strengths: [Double] = []
    /// The vertex of each id; built only once an id is not the vertex's decimal index (NetworkX
    /// writes integer nodes as `0`, `1`, …, which are then read without hashing).
    private var vertexByID: [String: Vertex] = [:]
    private var idsAreIndices = true
    private var lastSource: (id: String, vertex: Vertex)?
    private var keys: [String: KeyRole] = [:]
    private var stack: [Role] = []
    private var text: [UInt8] = []
    private var capturing = false
    private var weightSeen = false

    init(weights: WeightMeaning) {
        self.weights = weights
        text.reserveCapacity(64)
    }

    private func reject() {
        isFinished = true
    }

    func startElement(_ name: String, attributes: XMLAttributes, at location: SourceLocation) {
        let role: Role
        switch (stack.last, name) {
        case (nil, _): role = .root
        case (.root?, "key"):
            role = .key
            readKey(attributes)
        case (.root?, "graph"):
            guard !sawGraph else { return reject() }
            sawGraph = true
            fileIsDirected = attributes["edgedefault"] != "undirected"
            role = .graph
        case (.graph?, "node"):
            guard let id = attributes["id"], add(id) else { return reject() }
            names.append(nil)
            labels.append(nil)
            role = .node
        case (.graph?, "edge"):
            guard let source = attributes["source"].flatMap(source(_:)),
                let target = attributes["target"].flatMap(vertex(_:)), source != target
            else { return reject() }
            sources.append(source)
            targets.append(target)
            strengths.append(1)  // a missing weight is a strength of 1, whatever `weights` says
            weightSeen = false
            role = .edge
        case (.node?, "data"), (.edge?, "data"):
            guard let id = attributes["key"], let key = keys[id] else { return reject() }
            switch (stack.last, key) {
            case (.node?, .name), (.node?, .label): break
            case (.edge?, .weight):
                guard !weightSeen else { return reject() }
                weightSeen = true
            default: return reject()
            }
            text.removeAll(keepingCapacity: true)
            capturing = true
            role = .data(key)
        default:
            return reject()
        }
        stack.append(role)
    }

    func endElement() {
        guard let role = stack.popLast() else { return }
        capturing = false
        guard case let .data(key) = role else { return }
        let vertex = ids.count - 1
        switch key {
        case .name:
            guard names[vertex] == nil else { return reject() }
            names[vertex] = String(decoding: text, as: UTF8.self)
        case .label:
            guard labels[vertex] == nil else { return reject() }
            labels[vertex] = String(decoding: text, as: UTF8.self)
        case let .weight(isInteger):
            guard let weight = isInteger ? integer(text) : double(text), weight > 0, weight.isFinite else { return reject() }
            let strength = weights == .distance ? 1 / weight : weight
            guard strength > 0, strength.isFinite else { return reject() }
            strengths[strengths.count - 1] = strength
        }
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard capturing else {
            // Text between elements is only layout; anything else is not GraphML a plain graph has.
            if bytes.contains(where: { !Self.isSpace($0) }) { reject() }
            return
        }
        text.append(contentsOf: bytes)
    }

    /// Declares node `id`; `false` when it is declared already.
    private func add(_ id: String) -> Bool {
        let index = Vertex(ids.count)
        if idsAreIndices {
            if Self.index(id) == Int(index) {
                ids.append(id)
                return true
            }
            idsAreIndices = false
            vertexByID.reserveCapacity(ids.count * 2)
            for (v, known) in ids.enumerated() { vertexByID[known] = Vertex(v) }
        }
        guard vertexByID[id] == nil else { return false }
        vertexByID[id] = index
        ids.append(id)
        return true
    }

    /// The vertex of a declared node id, or `nil`.
    private func vertex(_ id: String) -> Vertex? {
        guard idsAreIndices else { return vertexByID[id] }
        guard let index = Self.index(id), index < ids.count else { return nil }
        return Vertex(index)
    }

    /// `vertex(_:)` for edge sources, which writers group (the previous one is kept).
    private func source(_ id: String) -> Vertex? {
        if let lastSource, lastSource.id == id { return lastSource.vertex }
        let found = vertex(id)
        if let found { lastSource = (id, found) }
        return found
    }

    /// The value of a decimal index written canonically (`0`, `17`; not `017`, `+1`, ` 1`).
    private static func index(_ id: String) -> Int? {
        var value = 0
        var count = 0
        for byte in id.utf8 {
            guard (0x30...0x39).contains(byte), count < 9, !(count == 1 && value == 0) else { return nil }
            value = value * 10 + Int(byte - 0x30)
            count += 1
        }
        return count > 0 ? value : nil
    }

    /// Accepts only the keys a plain graph has: an edge `weight` of a numeric type, a node
    /// `name` or `label` string, without defaults (a `<default>` child is rejected by position).
    private func readKey(_ attributes: XMLAttributes) {
        guard let id = attributes["id"], keys[id] == nil, let name = attributes["attr.name"] else { return reject() }
        let domain = attributes["for"] ?? "all"
        let type = attributes["attr.type"] ?? "string"
        switch (name, domain, type) {
        case ("weight", "edge", "double"), ("weight", "edge", "float"): keys[id] = .weight(isInteger: false)
        case ("weight", "edge", "int"), ("weight", "edge", "long"): keys[id] = .weight(isInteger: true)
        case ("name", "node", "string"): keys[id] = .name
        case ("label", "node", "string"): keys[id] = .label
        default: reject()
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    /// `bytes` without ASCII whitespace around; `nil` when another byte might be whitespace to
    /// `Character.isWhitespace` (non-ASCII), so the caller decodes it as the full route does.
    private static func trimmed(_ bytes: [UInt8]) -> ArraySlice<UInt8>? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        var slice = bytes[...]
        while let first = slice.first, isSpace(first) { slice.removeFirst() }
        while let last = slice.last, isSpace(last) { slice.removeLast() }
        return slice
    }

    /// A `double` datum as `AttributeKeys` reads it: C's `strtod` for plain decimal text (what
    /// `Double(_:)` calls), the full route's own conversion for anything else (`inf`, hex).
    private func double(_ bytes: [UInt8]) -> Double? {
        guard let slice = Self.trimmed(bytes), !slice.isEmpty, slice.count < 64,
            slice.allSatisfy({ (0x30...0x39).contains($0) || $0 == 0x2E || $0 == 0x2B || $0 == 0x2D || $0 == 0x45 || $0 == 0x65 })
        else { return fallbackNumber(bytes, as: .double) }
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: slice.count + 1) { buffer -> Double? in
            for (offset, byte) in slice.enumerated() { buffer[offset] = CChar(bitPattern: byte) }
            buffer[slice.count] = 0
            var end: UnsafeMutablePointer<CChar>?
            let value = strtod(buffer.baseAddress!, &end)
            return end == buffer.baseAddress! + slice.count ? value : nil
        }
    }

    /// An `int`/`long` datum as `AttributeKeys` reads it (`Int`, then a `Double`).
    private func integer(_ bytes: [UInt8]) -> Double? {
        guard let slice = Self.trimmed(bytes), (1...18).contains(slice.count), slice.allSatisfy({ (0x30...0x39).contains($0) }) else {
            return fallbackNumber(bytes, as: .integer)
        }
        return Double(slice.reduce(0) { $0 * 10 + Int($1 - 0x30) })
    }

    private func fallbackNumber(_ bytes: [UInt8], as type: AttributeKeys.ValueType) -> Double? {
        switch AttributeKeys.value(String(decoding: bytes, as: UTF8.self), as: type) {
        case let .double(value)?: value
        case let .int(value)?: Double(value)
        default: nil
        }
    }
}
