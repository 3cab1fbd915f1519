import CGraphviz
import Foundation

/// The process-wide Graphviz context. Graphviz is not thread-safe, so every call into it goes
/// through `withContext`, which holds one lock for the duration of the call.
final class GraphvizContext: @unchecked Sendable {
    static let shared = GraphvizContext()

    private let lock = NSLock()
    private let gvc: OpaquePointer

    private init() {
        guard let context = gvContext() else { fatalError("Graphviz could not create a context") }
        gvc = context
    }

    /// Runs `body` with exclusive access to the Graphviz library.
    func withContext<T>(_ body: (OpaquePointer) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(gvc)
    }
}
