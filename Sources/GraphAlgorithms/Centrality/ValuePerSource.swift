extension Graph {
    /// Runs one search from every vertex and maps each to a value, `value(search, source)`.
    ///
    /// Sources are split into fixed contiguous blocks processed in parallel, each with its own
    /// workspace; every source writes only its own entry, so results do not depend on scheduling.
    func valuePerSource(
        weights: PathWeights, measure: CentralityMeasure,
        _ value: (ShortestPathSearch, Int) -> Double
    ) throws(CentralityError) -> [Double] {
        let prototype = try ShortestPathSearch(
            graph: self, weights: weights, allowZeroLength: true, measure: measure)
        let blocks = Parallel.evenRanges(
            count: vertexCount, parts: 4 * Parallel.workerCount(forTasks: vertexCount))
        var values = [Double](repeating: 0, count: vertexCount)
        values.withUnsafeMutableBufferPointer { values in
            Parallel.forEach(blocks.count) { block in
                var search = prototype
                for source in blocks[block] {
                    search.run(from: source)
                    values[source] = value(search, source)
                }
            }
        }
        return values
    }
}
