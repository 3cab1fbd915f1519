import ArgumentParser
import Foundation
import GraphAlgorithms
import RelationNetwork

/// Output formats of `path` and `dependencies`.
enum PathReportFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, markdown
}

extension PathMode: ExpressibleByArgument {}

extension AnalysisGraph {
    /// The vertex a user typed: an entity id, name or alias, case-insensitively (networks), or a
    /// vertex name (edge lists: exact, then case-insensitive); unknown names get suggestions.
    func vertex(named text: String) throws -> Int {
        let name = text.trimmingCharacters(in: .whitespaces)
        if let network {
            let entity: Entity
            do {
                entity = try network.resolveEntity(name)
            } catch let error as SelectionError {
                throw CLIError(error.description)
            }
            guard let v = ids.firstIndex(of: entity.id) else {
                throw CLIError("entity '\(entity.id)' is not in the selection")
            }
            return v
        }
        if let v = ids.firstIndex(of: name) { return v }
        let folded = name.lowercased()
        if let v = ids.firstIndex(where: { $0.lowercased() == folded }) { return v }
        let suggestions = closestMatches(to: name, in: ids, limit: 3)
        let hint = suggestions.isEmpty ? "" : " (did you mean \(suggestions.map { "'\($0)'" }.joined(separator: ", "))?)"
        throw CLIError("no vertex '\(name)' in this graph\(hint)")
    }

    /// "Kazakhstan (KAZ)", or the id alone when it is also the label.
    func display(_ v: Int) -> String {
        labels[v] == ids[v] ? ids[v] : "\(labels[v]) (\(ids[v]))"
    }
}

/// A number for reports: integers as such, else up to four significant decimals.
func reportNumber(_ value: Double) -> String {
    if !value.isFinite { return value > 0 ? "∞" : (value < 0 ? "-∞" : "nan") }
    if value == 0 { return "0" }
    if value == value.rounded(), abs(value) < 1e9 { return String(format: "%.0f", value) }
    if abs(value) >= 1e-3 { return String(format: "%.4g", value) }
    return String(format: "%.3e", value)
}

/// "since 2022-10", "2014 – 2016", "until 2016" or "undated".
func validityText(_ validity: ValidityInterval) -> String {
    switch (validity.since, validity.until) {
    case (nil, nil): "undated"
    case let (since?, nil): "since \(since)"
    case let (nil, until?): "until \(until)"
    case let (since?, until?): "\(since) – \(until)"
    }
}

extension RelationNetwork {
    /// "“evidence” — Title (source-id), ¶n".
    func citationText(_ citation: Citation) -> String {
        let title = source(withID: citation.source)?.title ?? citation.source
        return "“\(citation.evidence)” — \(title) (\(citation.source)), ¶\(citation.paragraph)"
    }

    /// A citation as a JSON object.
    func citationJSON(_ citation: Citation) -> String {
        var fields = [
            "\"source\": \(jsonString(citation.source))",
            "\"title\": \(source(withID: citation.source).map { jsonString($0.title) } ?? "null")",
            "\"paragraph\": \(citation.paragraph)",
            "\"evidence\": \(jsonString(citation.evidence))",
        ]
        if let claim = citation.claim { fields.append("\"claim\": \(jsonString(claim))") }
        return "{" + fields.joined(separator: ", ") + "}"
    }

    /// A relation as a JSON object, citations included.
    func relationJSON(_ relation: Relation) -> String {
        var fields = [
            "\"id\": \(relation.id.map(jsonString) ?? "null")",
            "\"from\": \(jsonString(relation.from))", "\"to\": \(jsonString(relation.to))",
            "\"layer\": \(jsonString(relation.layer))", "\"strength\": \(jsonNumber(relation.strength))",
            "\"sign\": \(relation.sign)",
            "\"since\": \(relation.validity.since.map { jsonString($0.description) } ?? "null")",
            "\"until\": \(relation.validity.until.map { jsonString($0.description) } ?? "null")",
        ]
        if let note = relation.note { fields.append("\"note\": \(jsonString(note))") }
        fields.append("\"citations\": [" + relation.citations.map(citationJSON).joined(separator: ", ") + "]")
        return "{" + fields.joined(separator: ", ") + "}"
    }
}

extension AnalysisGraph {
    /// A path error in the user's terms: vertex indices replaced by ids, with a hint where useful.
    func message(for error: PathError) -> String {
        switch error {
        case let .vertexOutOfRange(v, _):
            return "vertex \(v) is not in the graph"
        case let .invalidLength(source, target, weight, zeroAllowed):
            let hint = weight == 0 && !zeroAllowed
                ? " (a strength-1 tie has length 0 under --distance neglog; path counting needs positive lengths: use --distance inverse or unit)"
                : " (use --distance unit to ignore weights)"
            return "the tie \(ids[source]) → \(ids[target]) has length \(reportNumber(weight)); lengths must be "
                + (zeroAllowed ? "non-negative and finite" : "positive and finite") + hint
        case let .invalidStrength(source, target, weight, requirement):
            return "the tie \(ids[source]) → \(ids[target]) has strength \(reportNumber(weight)); strengths must be \(requirement)"
        case let .invalidArgument(reason):
            return reason
        }
    }
}
