import Foundation

/// The file formats `diplograph convert` reads and writes.
public enum InteropFormat: String, Sendable, CaseIterable {
    /// The native schema in YAML (`.yaml`, `.yml`).
    case yaml
    /// The native schema in JSON (`.json`).
    case json
    /// GraphML (`.graphml`): NetworkX, igraph, Gephi, yEd. Lossless.
    case graphml
    /// GEXF 1.2 (`.gexf`): Gephi. Lossless.
    case gexf
    /// NetworkX/D3 node-link JSON (`.nodelink.json`). Lossless.
    case nodelink
    /// Two CSV tables, nodes and edges (`.csv`). Lossy.
    case csv
    /// Graphviz DOT (`.dot`, `.gv`), import only. Lossy.
    case dot

    /// The format a path's extension names (`.nodelink.json` before `.json`), or `nil`.
    public init?(path: String) {
        let name = URL(fileURLWithPath: path).lastPathComponent.lowercased()
        if name.hasSuffix(".nodelink.json") {
            self = .nodelink
            return
        }
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "yaml", "yml": self = .yaml
        case "json": self = .json
        case "graphml": self = .graphml
        case "gexf": self = .gexf
        case "csv": self = .csv
        case "dot", "gv": self = .dot
        default: return nil
        }
    }

    /// Whether converting the curated graph to this format and back gives an equal network.
    public var isLossless: Bool {
        switch self {
        case .yaml, .json, .graphml, .gexf, .nodelink: true
        case .csv, .dot: false
        }
    }

    /// Whether `diplograph convert` can write the format (DOT is written by the renderer).
    public var isWritable: Bool { self != .dot }
}

/// A problem converting between formats that is not tied to a place in an input file.
public struct InteropError: Error, Sendable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
