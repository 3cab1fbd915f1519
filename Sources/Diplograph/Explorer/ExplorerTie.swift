import GraphvizRendering
import RelationNetwork

/// One tie the diagram draws, and the attributes that let the page filter it: the only place that
/// maps drawn SVG edges to relations.
///
/// Today the renderer draws one edge per relation, so a tie holds one relation.
struct ExplorerTie: Sendable, Equatable {
    /// The SVG `id` of the drawn edge.
    var element: String
    /// Positions of its relations in the network's ``/RelationNetwork/RelationNetwork/relations``.
    var relations: [Int]
    /// Its layers, in the order of its relations, without repeats.
    var layers: [LayerID]
    /// The earliest day a relation of the tie starts (ISO `YYYY-MM-DD`); `nil` when a relation is
    /// open at the start or undated.
    var since: String?
    /// The latest day a relation of the tie ends; `nil` when a relation is open-ended or undated.
    var until: String?

    /// The drawn ties of `network` (every relation whose endpoints are entities).
    static func ties(of network: RelationNetwork) -> [ExplorerTie] {
        network.relations.enumerated().compactMap { index, relation in
            guard network.entity(withID: relation.from) != nil, network.entity(withID: relation.to) != nil else { return nil }
            return ExplorerTie(
                element: Diagram.elementID(ofRelation: relation, at: index), relations: [index], network: network)
        }
    }

    /// A tie of `relations`, dated from the span their supporting claims give.
    init(element: String, relations: [Int], network: RelationNetwork) {
        self.element = element
        self.relations = relations
        var layers: [LayerID] = []
        for index in relations where !layers.contains(network.relations[index].layer) {
            layers.append(network.relations[index].layer)
        }
        self.layers = layers
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
