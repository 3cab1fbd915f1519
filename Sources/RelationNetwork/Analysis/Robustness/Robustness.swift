import GraphAlgorithms

extension RelationNetwork {
    /// How much every result rests on each source (see ``RobustnessAnalysis``).
    ///
    /// Leave one out: for each source, the network without it (``keepingSources(where:)``) is
    /// selected and projected like the full one, and the rankings (Spearman, Kendall), communities
    /// (NMI, ARI, entities that change camp), the focus's balance (HHI per domain) and the best
    /// paths between `options.pairs` are recomputed. Bootstrap: `options.samples` resamples of the
    /// sources drawn with replacement (seeded; resample `b` uses its own generator) give each
    /// entity's rank interval and each relation's support. Runs in parallel; the result does not
    /// depend on the core count.
    /// - Throws: ``AnalysisError`` for a network without sources or an empty selection.
    /// - Complexity: (S + B) recomputations of the measures for S sources and B samples; S of the
    ///   communities, balance and paths.
    public func robustness(
        selection: NetworkSelection = NetworkSelection(), projection: ProjectionOptions = ProjectionOptions(),
        options: RobustnessOptions = RobustnessOptions()
    ) throws(AnalysisError) -> RobustnessAnalysis {
        guard !sources.isEmpty else {
            throw .algorithm("the network has no sources: robustness measures what rests on each source")
        }
        guard options.samples >= 1 else { throw .algorithm("at least one bootstrap sample is needed") }
        let measures = options.measures.isEmpty ? [VertexMeasure.pagerank] : options.measures
        let base = identifyingRelations()
        let full = try AnalysisGraph(network: base, selection: selection, projection: projection)
        guard full.vertexCount > 0, let network = full.network else { throw .emptySelection("no entities to rank") }
        let run = RobustnessRun(full: full, network: network, measures: measures, options: options)
        let reference = try run.outcome(of: full)

        let impacts = concurrentMap(base.sources.count) { index -> Result<RobustnessAnalysis.SourceImpact, AnalysisError> in
            let source = base.sources[index]
            do throws(AnalysisError) {
                let graph = try AnalysisGraph(
                    network: base.keepingSources { $0.id != source.id }, selection: selection, projection: projection)
                return .success(try run.impact(of: source, on: graph, against: reference))
            } catch {
                return .failure(error)
            }
        }
        let samples = concurrentMap(options.samples) { sample -> Result<RobustnessRun.Sample, AnalysisError> in
            var generator = SplitMix64(seed: options.seed &+ 0x9E37_79B9_7F4A_7C15 &* UInt64(sample + 1))
            let drawn = Set((0..<base.sources.count).map { _ in base.sources[generator.nextIndex(below: base.sources.count)].id })
            do throws(AnalysisError) {
                let graph = try AnalysisGraph(
                    network: base.keepingSources { drawn.contains($0.id) }, selection: selection, projection: projection)
                return .success(try run.sample(graph))
            } catch {
                return .failure(error)
            }
        }
        return try run.assemble(
            reference: reference, impacts: impacts.map { result throws(AnalysisError) in try result.get() },
            samples: samples.map { result throws(AnalysisError) in try result.get() })
    }
}
