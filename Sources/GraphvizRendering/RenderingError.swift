/// A diagram that could not be built, laid out or rendered.
public enum RenderingError: Error, Equatable, CustomStringConvertible {
    /// The layout engine is not one the linked Graphviz offers.
    case unknownEngine(String, available: [String])
    /// The output format is not one the linked Graphviz offers.
    case unknownFormat(String, available: [String])
    /// A highlighted or focused id names no vertex of the diagram.
    case unknownVertex(String)
    /// Graphviz could not build the graph (cgraph), with Graphviz's own message.
    case graphFailed(operation: String, message: String)
    /// The layout engine failed, with Graphviz's own message.
    case layoutFailed(engine: String, message: String)
    /// Rendering failed, with Graphviz's own message.
    case renderFailed(format: String, message: String)

    public var description: String {
        func detail(_ message: String) -> String { message.isEmpty ? "" : ": \(message)" }
        switch self {
        case let .unknownEngine(name, available):
            return "unknown layout engine '\(name)'; available engines: \(available.joined(separator: ", "))"
        case let .unknownFormat(name, available):
            return "unknown output format '\(name)'; available formats: \(available.joined(separator: ", "))"
        case let .unknownVertex(id):
            return "no vertex '\(id)' in the diagram"
        case let .graphFailed(operation, message):
            return "Graphviz could not \(operation)\(detail(message))"
        case let .layoutFailed(engine, message):
            return "Graphviz layout with engine '\(engine)' failed\(detail(message))"
        case let .renderFailed(format, message):
            return "Graphviz rendering to '\(format)' failed\(detail(message))"
        }
    }
}
