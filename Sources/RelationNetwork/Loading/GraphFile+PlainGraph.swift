import GraphAlgorithms

extension GraphFile {
    /// The analysis graph of a GraphML file that holds a plain graph, read without building a
    /// relation network (the fast path of commands that need only the graph); `nil` when the file
    /// is not GraphML, is not plain, or the options need the full route (rescaled weights, the
    /// `neglog` distance), so ``load(path:displayPath:options:readDOT:)`` then gives the result.
    ///
    /// When it answers, the strengths, distances, ids and labels equal those of
    /// ``AnalysisGraph/init(network:selection:projection:)`` on the loaded network with no
    /// selection; the graph carries no network (`network` is `nil`), and the count of relations
    /// without citations is not noted. Malformed files are left to the full route, which
    /// reports them located.
    /// - Parameters:
    ///   - path: the file to read.
    ///   - options: the format override and import options (`weights`, `rescaleWeights`).
    ///   - projection: how the graph is projected.
    /// - Complexity: O(n + m) expected for n nodes and m edges.
    public static func plainAnalysisGraph(
        path: String, options: GraphLoadOptions = GraphLoadOptions(), projection: ProjectionOptions = ProjectionOptions()
    ) -> AnalysisGraph? {
        guard format(of: path, override: options.format) == .graphml, !options.importOptions.rescaleWeights,
            projection.distance != .neglog
        else { return nil }
        let reader = PlainGraphMLReader(weights: options.importOptions.weights, directed: projection.directed)
        guard let plain = reader.read(path: path) else { return nil }
        return try? AnalysisGraph(graph: plain.graph, names: plain.ids, labels: plain.labels, projection: projection)
    }
}
