import GraphvizRendering
import RelationNetwork

/// One tie the diagram draws (``/GraphvizRendering/DrawnTie``: all relations between a pair in
/// one direction, or one relation with ``/GraphvizRendering/EdgeGrouping/each``), and the
/// attributes that let the page filter it: the only place that maps drawn SVG edges to relations.
struct ExplorerTie: Sendable, Equatable {
    /// The SVG `id` of the drawn edge.
    var element: String
    /// Positions of its relations in the network's ``/RelationNetwork/RelationNetwork/relations``.
    var relations: [Int]
    /// Its layers, each once, in the network's layer order.
    var layers: [LayerID]
    /// The entity ids at its tail and head.
    var from: String
    var to: String
    /// The earliest day a relation of the tie starts (ISO `YYYY-MM-DD`); `nil` when a relation is
    /// open at the start or undated.
    var since: String?
    /// The latest day a relation of the tie ends; `nil` when a relation is open-ended or undated.
    var until: String?

    /// The ties `diagram` drew of `network` (the network it was made from).
    static func ties(of diagram: Diagram, network: RelationNetwork) -> [ExplorerTie] {
        diagram.ties.map { ExplorerTie($0, network: network) }
    }

    /// The drawn tie, dated from the span its relations' supporting claims give.
    init(_ tie: DrawnTie, network: RelationNetwork) {
        element = tie.elementID
        relations = tie.relations
        layers = tie.layers
        from = tie.from
        to = tie.to
        let spans = relations.map { network.relations[$0].effectiveValidity }
        let starts = spans.map(\.since)
        let ends = spans.map(\.until)
        since = starts.contains(nil) ? nil : starts.compactMap { $0 }.min().map(ExplorerDay.first)
        until = ends.contains(nil) ? nil : ends.compactMap { $0 }.max { $0.latestDay < $1.latestDay }.map(ExplorerDay.last)
    }

    /// The `data-` attributes of the drawn edge, in a fixed order.
    func attributes(index: Int, network: RelationNetwork) -> [(name: String, value: String)] {
        var result: [(name: String, value: String)] = [
            ("data-tie", String(index)),
            ("data-relations", relations.map { ExplorerData.relationKey(network.relations[$0], at: $0) }.joined(separator: " ")),
            ("data-layer", layers.map(\.rawValue).joined(separator: " ")),
        ]
        if let since { result.append(("data-since", since)) }
        if let until { result.append(("data-until", until)) }
        return result
    }
}

/// Partial dates as the ISO days a date control compares with.
enum ExplorerDay {
    /// The first day of `date`'s period: `2014` → `2014-01-01`.
    static func first(_ date: PartialDate) -> String { iso(date.earliestDay) }

    /// The last day of `date`'s period: `2014` → `2014-12-31`.
    static func last(_ date: PartialDate) -> String { iso(date.latestDay) }

    /// `yyyymmdd` as `yyyy-mm-dd`.
    private static func iso(_ ordinal: Int) -> String {
        let (year, month, day) = (ordinal / 10_000, ordinal / 100 % 100, ordinal % 100)
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }
}
