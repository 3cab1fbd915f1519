import CGraphviz
import Foundation

/// Messages Graphviz reported during the current call. Touched only while
/// `GraphvizContext.shared`'s lock is held (Graphviz itself is single-threaded), hence `unsafe`.
nonisolated(unsafe) private var capturedMessages = ""

/// Graphviz's user error function: appends each message fragment to `capturedMessages`.
private let captureMessage: @convention(c) (UnsafeMutablePointer<CChar>?) -> Int32 = { fragment in
    if let fragment { capturedMessages += String(cString: fragment) }
    return 0
}

/// The process-wide Graphviz context. Graphviz is not thread-safe, so every call into it goes
/// through `withContext`, which holds one lock for the duration of the call. Graphviz's own error
/// and warning messages are captured (not printed) and available to the body as `session.messages`.
final class GraphvizContext: @unchecked Sendable {
    static let shared = GraphvizContext()

    private let lock = NSLock()
    private let gvc: OpaquePointer
    /// Plugin lists by kind, read once: Graphviz 2.4x's `gvPluginList` leaks its duplicate
    /// entries on every call, and the lists never change within a process.
    private var pluginCache: [String: [String]] = [:]

    private init() {
        guard let context = gvContext() else { fatalError("Graphviz could not create a context") }
        gvc = context
        _ = agseterrf(captureMessage)
        _ = agseterr(AGWARN)
    }

    /// The cached plugin list of `kind`; call with the lock held.
    fileprivate func cachedPlugins(_ kind: String, load: () -> [String]) -> [String] {
        if let known = pluginCache[kind] { return known }
        let list = load()
        pluginCache[kind] = list
        return list
    }

    /// Runs `body` with exclusive access to the Graphviz library; messages start empty.
    func withContext<T>(_ body: (GraphvizSession) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        capturedMessages = ""
        _ = agreseterrors()
        return try body(GraphvizSession(gvc: gvc))
    }
}

/// Exclusive access to the Graphviz library for the duration of one `withContext` call.
struct GraphvizSession {
    /// The process-wide `GVC_t`.
    let gvc: OpaquePointer

    /// The messages Graphviz reported since the session began (or since `clearMessages()`),
    /// trimmed, one per line.
    var messages: String {
        capturedMessages.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Forgets the messages reported so far.
    func clearMessages() {
        capturedMessages = ""
        _ = agreseterrors()
    }

    /// The plugin names of one kind (`"layout"`, `"device"`, `"render"`), sorted and unique.
    func plugins(_ kind: String) -> [String] {
        GraphvizContext.shared.cachedPlugins(kind) { uncachedPlugins(kind) }
    }

    private func uncachedPlugins(_ kind: String) -> [String] {
        var count: Int32 = 0
        guard let list = gvPluginList(gvc, kind, &count, nil) else { return [] }
        defer { free(list) }
        var names: Set<String> = []
        for i in 0..<Int(max(count, 0)) {
            guard let name = list[i] else { continue }
            names.insert(String(cString: name))
            free(name)
        }
        return names.sorted()
    }
}
