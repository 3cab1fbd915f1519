/// Per-vertex values of several measures, ranked by the first measure (descending, ties by id).
public struct CentralityTable: Sendable, Hashable, Encodable {
    /// One ranked vertex and its value for each measure, in the order of ``measures``.
    public struct Row: Sendable, Hashable {
        public let id: String
        public let label: String
        public let values: [Double]
    }

    /// The measures, in column order.
    public let measures: [VertexMeasure]
    /// All vertices, ranked.
    public let rows: [Row]

    /// Ranks `values` (`values[m][v]`: measure `m` of vertex `v` of `input`).
    public init(measures: [VertexMeasure], values: [[Double]], input: AnalysisGraph) {
        precondition(values.count == measures.count, "one column per measure")
        self.measures = measures
        let first = values.first
        let order = input.ids.indices.sorted { a, b in
            let (x, y) = (first?[a] ?? 0, first?[b] ?? 0)
            return x != y ? x > y : input.ids[a] < input.ids[b]
        }
        rows = order.map { v in Row(id: input.ids[v], label: input.labels[v], values: values.map { $0[v] }) }
    }

    /// The first `count` rows (all when `nil`).
    public func top(_ count: Int?) -> CentralityTable {
        CentralityTable(measures: measures, rows: Array(rows.prefix(count ?? rows.count)))
    }

    /// The column of `measure`, in row order, or `nil` when the table lacks it.
    public func column(_ measure: VertexMeasure) -> [Double]? {
        measures.firstIndex(of: measure).map { m in rows.map { $0.values[m] } }
    }

    private init(measures: [VertexMeasure], rows: [Row]) {
        self.measures = measures
        self.rows = rows
    }

    enum CodingKeys: String, CodingKey { case measures, rows }

    /// `{"measures": ["pagerank", …], "rows": [{"id": …, "label": …, "pagerank": …}, …]}` with
    /// snake_case measure keys; non-finite values are `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(measures.map(\.key), forKey: .measures)
        var list = container.nestedUnkeyedContainer(forKey: .rows)
        for row in rows {
            var fields = list.nestedContainer(keyedBy: AnyKey.self)
            try fields.encode(row.id, forKey: AnyKey("id"))
            try fields.encode(row.label, forKey: AnyKey("label"))
            for (measure, value) in zip(measures, row.values) {
                if value.isFinite {
                    try fields.encode(value, forKey: AnyKey(measure.key))
                } else {
                    try fields.encodeNil(forKey: AnyKey(measure.key))
                }
            }
        }
    }
}

extension AnalysisGraph {
    /// The centrality table of `measures` (duplicates dropped, order kept).
    /// - Throws: ``AnalysisError/emptySelection(_:)`` for a graph without vertices, or the first
    ///   measure's error.
    public func centralityTable(
        measures: [VertexMeasure] = VertexMeasure.defaults, normalized: Bool = true
    ) throws(AnalysisError) -> CentralityTable {
        guard vertexCount > 0 else { throw .emptySelection("no entities to rank") }
        var seen: Set<VertexMeasure> = []
        let chosen = measures.filter { seen.insert($0).inserted }
        var values: [[Double]] = []
        for measure in chosen { values.append(try measure.values(on: self, normalized: normalized)) }
        return CentralityTable(measures: chosen, values: values, input: self)
    }
}

/// A coding key made at run time (measure names, …).
struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }

    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
