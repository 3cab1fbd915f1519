import Foundation

/// A graph as two CSV tables: `NAME.nodes.csv` (`id` + node attributes) and `NAME.edges.csv`
/// (`id`, `source`, `target` + edge attributes). Structured values are JSON text; an empty cell
/// is an absent attribute; graph attributes are not kept.
enum CSVGraph {
    /// The two files a CSV path stands for: `x.csv`, `x.nodes.csv` or `x.edges.csv` →
    /// (`x.nodes.csv`, `x.edges.csv`).
    static func paths(for path: String) -> (nodes: String, edges: String) {
        var stem = path
        for suffix in [".nodes.csv", ".edges.csv", ".csv"] where stem.lowercased().hasSuffix(suffix) {
            stem = String(stem.dropLast(suffix.count))
            break
        }
        return (stem + ".nodes.csv", stem + ".edges.csv")
    }

    static func tables(_ graph: AttributedGraph) -> (nodes: String, edges: String) {
        let keys = AttributeKeys(graph, domains: [.node, .edge])
        let nodeKeys = keys.keys(of: .node).map(\.name)
        let edgeKeys = keys.keys(of: .edge).map(\.name)
        let nodes = CSVTable(
            header: ["id"] + nodeKeys,
            rows: graph.nodes.map { node in (0, [node.id] + nodeKeys.map { node.attributes[named: $0]?.value.text ?? "" }, []) })
        let edges = CSVTable(
            header: ["id", "source", "target"] + edgeKeys,
            rows: graph.edges.map { edge in
                (0, [edge.id ?? "", edge.source, edge.target] + edgeKeys.map { edge.attributes[named: $0]?.value.text ?? "" }, [])
            })
        return (nodes.text, edges.text)
    }

    /// Reads the node and edge tables for `path` (see `paths(for:)`). Without an edges file, `path`
    /// itself is read as the edge table; without a nodes file, nodes are the edge endpoints in order
    /// of appearance. Header names match case-insensitively (`Id`, `Source`, `Weight` from Gephi).
    static func read(path: String, displayPath: String) throws -> AttributedGraph {
        let (nodesPath, edgesPath) = paths(for: path)
        let shown = (nodes: displayed(nodesPath, path, displayPath), edges: displayed(edgesPath, path, displayPath))
        let fileManager = FileManager.default
        let edgesFile = fileManager.fileExists(atPath: edgesPath) ? (edgesPath, shown.edges) : (path, displayPath)
        var graph = AttributedGraph(isDirected: true, location: SourceLocation(file: edgesFile.1, line: 1, column: 1))
        let edges = try CSVTable.parse(try text(at: edgesFile.0, shown: edgesFile.1), file: edgesFile.1)
        let edgeColumns = edges.header.map(normalized)
        guard let source = edgeColumns.firstIndex(where: { $0 == "source" || $0 == "from" }),
            let target = edgeColumns.firstIndex(where: { $0 == "target" || $0 == "to" })
        else {
            throw NetworkLoadError(diagnostics: [
                Diagnostic(.error, at: SourceLocation(file: edgesFile.1, line: 1, column: 1), field: nil,
                           "expected a header row with 'source' and 'target' columns")
            ])
        }
        let edgeID = edgeColumns.firstIndex { $0 == "id" || $0 == "key" }
        for row in edges.rows {
            let location = SourceLocation(file: edgesFile.1, line: row.line, column: 1)
            graph.edges.append(AttributedGraph.Edge(
                id: edgeID.map { row.fields[$0] }.flatMap { $0.isEmpty ? nil : $0 },
                source: row.fields[source], target: row.fields[target],
                attributes: attributes(row, edgeColumns, skipping: [source, target, edgeID].compactMap { $0 }, file: edgesFile.1),
                location: location))
        }
        if fileManager.fileExists(atPath: nodesPath) {
            let nodes = try CSVTable.parse(try text(at: nodesPath, shown: shown.nodes), file: shown.nodes)
            let nodeColumns = nodes.header.map(normalized)
            guard let id = nodeColumns.firstIndex(of: "id") else {
                throw NetworkLoadError(diagnostics: [
                    Diagnostic(.error, at: SourceLocation(file: shown.nodes, line: 1, column: 1), field: nil, "expected an 'id' column")
                ])
            }
            for row in nodes.rows {
                let location = SourceLocation(file: shown.nodes, line: row.line, column: 1)
                graph.nodes.append(AttributedGraph.Node(
                    id: row.fields[id], attributes: attributes(row, nodeColumns, skipping: [id], file: shown.nodes),
                    location: location))
            }
        } else {
            var seen: Set<String> = []
            for edge in graph.edges {
                for id in [edge.source, edge.target] where seen.insert(id).inserted {
                    graph.nodes.append(AttributedGraph.Node(id: id, location: edge.location))
                }
            }
        }
        return graph
    }

    /// A header name: lowercased when it is one of the names the importer knows, else as written.
    private static func normalized(_ name: String) -> String {
        let lower = name.trimmingSpaces.lowercased()
        let known: Set<String> = ["id", "key", "source", "target", "from", "to", "label", "weight"]
        return known.contains(lower) || InteropAttributes.node.contains(lower) || InteropAttributes.edge.contains(lower)
            ? lower : name
    }

    /// The non-empty fields of `row` as attributes, each located at its own line and column.
    private static func attributes(
        _ row: (line: Int, fields: [String], places: [CSVTable.Place]), _ columns: [String], skipping: [Int], file: String
    ) -> [AttributedGraph.Attribute] {
        columns.indices.compactMap { i -> AttributedGraph.Attribute? in
            guard !skipping.contains(i), !row.fields[i].isEmpty else { return nil }
            let place: CSVTable.Place = i < row.places.count ? row.places[i] : (row.line, 1)
            return AttributedGraph.Attribute(
                columns[i], .string(row.fields[i]), at: SourceLocation(file: file, line: place.line, column: place.column))
        }
    }

    private static func displayed(_ companion: String, _ path: String, _ displayPath: String) -> String {
        guard companion != path else { return displayPath }
        let folder = displayPath.range(of: "/", options: .backwards).map { String(displayPath[..<$0.upperBound]) } ?? ""
        return folder + URL(fileURLWithPath: companion).lastPathComponent
    }

    private static func text(at path: String, shown: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw NetworkLoadError(diagnostics: [
                Diagnostic(.error, at: SourceLocation(file: shown, line: 1, column: 1), field: nil, "cannot read the file (missing or unreadable)")
            ])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw NetworkLoadError(diagnostics: [
                Diagnostic(.error, at: SourceLocation(file: shown, line: 1, column: 1), field: nil, "the file is not UTF-8 text")
            ])
        }
        return text
    }
}
