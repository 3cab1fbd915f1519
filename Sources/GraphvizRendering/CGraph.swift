import CGraphviz
import Foundation

/// A cgraph graph open for building inside one `GraphvizSession`. The owner closes it with
/// `close()` (in a `defer`); every cgraph call is checked and failures carry Graphviz's message.
struct CGraph {
    /// The root graph.
    let root: UnsafeMutablePointer<Agraph_t>
    private let session: GraphvizSession

    /// Opens an empty non-strict directed graph (parallel edges allowed) named `name`.
    init(name: String, session: GraphvizSession) throws {
        // `Agdirected`, spelled out: a C global is not concurrency-safe to read from Swift.
        var descriptor = Agdesc_t()
        descriptor.directed = 1
        descriptor.maingraph = 1
        guard let graph = withMutableCString(name, { agopen($0, descriptor, nil) }) else {
            throw RenderingError.graphFailed(operation: "create a graph", message: session.messages)
        }
        root = graph
        self.session = session
    }

    /// Frees the graph and everything in it (strings, nodes, edges, subgraphs).
    func close() {
        _ = agclose(root)
    }

    /// A new subgraph of the root (a cluster when `name` starts with `cluster`).
    func subgraph(_ name: String) throws -> UnsafeMutablePointer<Agraph_t> {
        guard let sub = withMutableCString(name, { agsubg(root, $0, 1) }) else {
            throw RenderingError.graphFailed(operation: "create subgraph '\(name)'", message: session.messages)
        }
        return sub
    }

    /// A new node named `name` in `graph` (the root by default; a subgraph adds it to the root too).
    func node(_ name: String, in graph: UnsafeMutablePointer<Agraph_t>? = nil) throws -> UnsafeMutablePointer<Agnode_t> {
        guard let node = withMutableCString(name, { agnode(graph ?? root, $0, 1) }) else {
            throw RenderingError.graphFailed(operation: "create node '\(name)'", message: session.messages)
        }
        return node
    }

    /// A new edge `tail → head` with the distinct key `name`, so parallel edges stay separate.
    func edge(
        from tail: UnsafeMutablePointer<Agnode_t>, to head: UnsafeMutablePointer<Agnode_t>, name: String,
        in graph: UnsafeMutablePointer<Agraph_t>? = nil
    ) throws -> UnsafeMutablePointer<Agedge_t> {
        guard let edge = withMutableCString(name, { agedge(graph ?? root, tail, head, $0, 1) }) else {
            throw RenderingError.graphFailed(operation: "create edge '\(name)'", message: session.messages)
        }
        return edge
    }

    /// Sets attribute `name` of a graph, node or edge to the plain string `value` (declaring the
    /// attribute with an empty default when needed).
    func set(_ object: UnsafeMutableRawPointer, _ name: String, _ value: String) throws {
        let status = withMutableCString(name) { cName in
            withMutableCString(value) { cValue in
                withMutableCString("") { agsafeset(object, cName, cValue, $0) }
            }
        }
        guard status == 0 else {
            throw RenderingError.graphFailed(operation: "set attribute '\(name)'", message: session.messages)
        }
    }

    /// Sets attribute `name` to an HTML-like value (`html` must be well-formed Graphviz HTML).
    func setHTML(_ object: UnsafeMutableRawPointer, _ name: String, _ html: String) throws {
        guard let shared = withMutableCString(html, { agstrdup_html(root, $0) }) else {
            throw RenderingError.graphFailed(operation: "store an HTML label", message: session.messages)
        }
        defer { _ = agstrfree(root, shared) }
        let status = withMutableCString(name) { cName in
            withMutableCString("") { agsafeset(object, cName, shared, $0) }
        }
        guard status == 0 else {
            throw RenderingError.graphFailed(operation: "set attribute '\(name)'", message: session.messages)
        }
    }

    /// The graph as DOT text, written by cgraph's `agwrite` into an in-memory stream.
    func dotText() throws -> String {
        let buffer = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: 1)
        buffer.initialize(to: nil)
        let size = UnsafeMutablePointer<Int>.allocate(capacity: 1)
        size.initialize(to: 0)
        defer {
            free(buffer.pointee)
            buffer.deallocate()
            size.deallocate()
        }
        guard let stream = open_memstream(buffer, size) else {
            throw RenderingError.graphFailed(operation: "open a memory stream for DOT", message: "")
        }
        let status = agwrite(root, stream)
        let closed = fclose(stream)
        guard status == 0, closed == 0, let bytes = buffer.pointee else {
            throw RenderingError.graphFailed(operation: "write DOT", message: session.messages)
        }
        return String(decoding: UnsafeRawBufferPointer(start: bytes, count: size.pointee), as: UTF8.self)
    }
}

/// Calls `body` with a mutable, NUL-terminated copy of `text` (cgraph takes `char *`).
/// Embedded NUL characters are dropped.
func withMutableCString<T>(_ text: String, _ body: (UnsafeMutablePointer<CChar>) throws -> T) rethrows -> T {
    var bytes = Array(text.utf8.lazy.filter { $0 != 0 }.map { CChar(bitPattern: $0) })
    bytes.append(0)
    return try bytes.withUnsafeMutableBufferPointer { buffer in
        // A non-empty array always has a base address.
        guard let base = buffer.baseAddress else { preconditionFailure("empty C string buffer") }
        return try body(base)
    }
}
