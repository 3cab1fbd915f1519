import Foundation
import GraphAlgorithms

/// Checks a decoded network and reports every problem, each located in its file.
///
/// Rules: unique ids; known entity kinds; relation endpoints, layers and cited sources that exist;
/// strength finite and in (0, 1]; sign ±1; `since` not after `until`; no relation from an entity to
/// itself; a citation on every relation of a curated network; and, with a sources directory,
/// paragraph numbers within the cited file and evidence phrases found in the cited paragraph.
public struct NetworkValidator: Sendable {
    /// Where cited source files are looked up; `nil` skips the paragraph and evidence checks.
    public var sourcesDirectory: String?

    public init(sourcesDirectory: String? = nil) {
        self.sourcesDirectory = sourcesDirectory
    }

    /// All problems of `document`, in file order.
    /// - Complexity: O(V + E + C·P) where C is the number of citations and P the paragraph length.
    public func validate(_ document: NetworkDocument) -> [Diagnostic] {
        var run = ValidationRun(document: document, texts: loadTexts(document))
        run.checkAll()
        return run.diagnostics.sorted { $0.location < $1.location }
    }

    private func loadTexts(_ document: NetworkDocument) -> [String: Result<SourceText, SourceTextProblem>] {
        guard let sourcesDirectory else { return [:] }
        var texts: [String: Result<SourceText, SourceTextProblem>] = [:]
        for source in document.network.sources {
            guard let file = source.file else { continue }
            let path = URL(fileURLWithPath: sourcesDirectory).appendingPathComponent(file).path
            texts[source.id] = SourceText(path: path).map { .success($0) } ?? .failure(SourceTextProblem(path: path))
        }
        return texts
    }
}

struct SourceTextProblem: Error {
    var path: String
}

/// One pass of validation over a document, accumulating diagnostics.
private struct ValidationRun {
    let document: NetworkDocument
    let texts: [String: Result<SourceText, SourceTextProblem>]
    var diagnostics: [Diagnostic] = []
    /// "Did you mean" suggestions cost a scan of every candidate, so only the first
    /// `suggestionLimit` unknown references get them (2,000 dangling references once took 2.9 s).
    static let suggestionLimit = 20
    var suggestionsGiven = 0
    var unsuggested: (count: Int, firstPath: String?) = (0, nil)

    var network: RelationNetwork { document.network }
    var map: SourceMap { document.sourceMap }

    init(document: NetworkDocument, texts: [String: Result<SourceText, SourceTextProblem>]) {
        self.document = document
        self.texts = texts
    }

    mutating func report(_ path: String, _ message: String, severity: Diagnostic.Severity = .error) {
        diagnostics.append(Diagnostic(severity, at: map.location(of: path), field: path, message))
    }

    mutating func checkAll() {
        checkUnique(network.sources.map(\.id), .sources, what: "source")
        checkUnique(network.layers.map(\.id.rawValue), .layers, what: "layer")
        checkUnique(network.entities.map(\.id), .entities, what: "entity")
        checkUnique(network.relations.map(\.id), .relations, what: "relation")
        checkSources()
        checkEntities()
        checkRelations()
        checkAssessments()
        checkUnique(network.routes.map(\.id), .routes, what: "route")
        checkRoutes()
        if unsuggested.count > 0, let path = unsuggested.firstPath {
            report(
                path,
                "\(unsuggested.count) more unknown \(unsuggested.count == 1 ? "id" : "ids") without suggestions "
                    + "(suggestions are given for the first \(Self.suggestionLimit) only)",
                severity: .warning)
        }
    }

    /// Every leg is an entity and every two consecutive legs are joined by a relation (of the
    /// route's layer, when it names one), in either direction.
    mutating func checkRoutes() {
        for (i, route) in network.routes.enumerated() {
            let map = self.map
            func path(_ field: String) -> String { map.path(.routes, i, field: field) }
            if let layer = route.layer, network.layer(withID: layer) == nil {
                report(path("layer"), "unknown layer '\(MessageToken.shown(layer.rawValue))'")
            }
            for (l, leg) in route.legs.enumerated() { checkEntityReference(leg, path("legs[\(l)]")) }
            for (l, (a, b)) in zip(route.legs, route.legs.dropFirst()).enumerated()
            where network.entity(withID: a) != nil && network.entity(withID: b) != nil {
                let joined = network.relations(between: a, and: b).contains { route.layer == nil || $0.layer == route.layer }
                if !joined {
                    let layer = route.layer.map { " in layer '\(MessageToken.shown($0.rawValue))'" } ?? ""
                    report(path("legs[\(l + 1)]"), "route legs \(a) → \(b) do not join: no relation between them\(layer)")
                }
            }
            checkCitation(route.citation, path("citation"))
        }
    }

    mutating func checkUnique(_ ids: [String?], _ collection: SourceMap.Collection, what: String) {
        var first: [String: Int] = [:]
        for (i, id) in ids.enumerated() {
            guard let id else { continue }
            if let earlier = first[id] {
                let line = map.location(of: map.path(collection, earlier)).line
                report(map.path(collection, i, field: "id"), "duplicate \(what) id '\(MessageToken.shown(id))' (first defined at line \(line))")
            } else {
                first[id] = i
            }
        }
    }

    mutating func checkSources() {
        for (i, source) in network.sources.enumerated() {
            if source.file != nil, case let .failure(problem)? = texts[source.id] {
                report(map.path(.sources, i, field: "file"), "cannot read source text '\(problem.path)'")
            }
        }
    }

    mutating func checkEntities() {
        let kinds = network.knownKinds
        for (i, entity) in network.entities.enumerated() {
            if !kinds.contains(entity.kind) {
                report(
                    map.path(.entities, i, field: "kind"),
                    "unknown kind '\(MessageToken.shown(entity.kind.rawValue))' (declare it under 'kinds' or use one of: \(kinds.sorted().map(\.rawValue).joined(separator: ", ")))")
            }
            checkInterval(entity.existence, .entities, i)
        }
    }

    mutating func checkInterval(_ interval: ValidityInterval, _ collection: SourceMap.Collection, _ i: Int) {
        let map = self.map  // the path is spelled out from a copy, not from `self`
        checkInterval(interval, since: map.path(collection, i, field: "since"))
    }

    /// Reports an interval whose start is after its end, at the `since` field `path`.
    mutating func checkInterval(_ interval: ValidityInterval, since path: @autoclosure () -> String) {
        if let since = interval.since, let until = interval.until, since.earliestDay > until.latestDay {
            report(path(), "since \(since) is after until \(until)")
        }
    }

    /// Reports a strength that is not finite or outside (0, 1].
    mutating func checkStrength(_ strength: Double, _ path: String) {
        if !strength.isFinite {
            report(path, "strength \(strength) is not a finite number")
        } else if !(strength > 0 && strength <= 1) {
            report(path, "strength \(strength) is outside (0, 1]")
        }
    }

    /// Reports an `id` that names no entity, at the field `path` (spelled out only then).
    mutating func checkEntityReference(_ id: String, _ path: @autoclosure () -> String) {
        if network.entityPosition(of: id) == nil {
            let path = path()
            let network = self.network  // the candidates are read from a copy, not from `self`
            let hint = suggestion(for: id, among: network.entities.map(\.id), at: path)
            report(path, "unknown entity '\(MessageToken.shown(id))'\(hint)")
        }
    }

    mutating func checkRelations() {
        for (i, relation) in network.relations.enumerated() {
            let map = self.map
            func path(_ field: String) -> String { map.path(.relations, i, field: field) }
            checkEntityReference(relation.from, path("from"))
            checkEntityReference(relation.to, path("to"))
            if relation.from == relation.to {
                report(path("to"), "relation joins '\(MessageToken.shown(relation.from))' to itself")
            }
            if network.layer(withID: relation.layer) == nil {
                let network = self.network  // the candidates are read from a copy, not from `self`
                let hint = suggestion(for: relation.layer.rawValue, among: network.layers.map(\.id.rawValue), at: path("layer"))
                report(path("layer"), "unknown layer '\(MessageToken.shown(relation.layer.rawValue))'\(hint)")
            }
            if network.isCurated {
                checkStrength(relation.strength, path("strength"))
            } else if !(relation.strength.isFinite && relation.strength > 0) {
                // Uncurated data (imported graphs) may carry any positive strength.
                report(path("strength"), "strength \(relation.strength) must be positive and finite")
            }
            checkInterval(relation.validity, .relations, i)
            if relation.citations.isEmpty {
                // One per relation of an imported graph: located through the item, not the path.
                diagnostics.append(Diagnostic(
                    network.isCurated ? .error : .warning, at: map.location(of: .relations, i, field: "citations"), field: path("citations"),
                    "relation has no citation"))
            }
            for (c, citation) in relation.citations.enumerated() {
                checkCitation(citation, path("citations[\(c)]"))
                checkInterval(citation.dating, since: path("citations[\(c)].since"))
                if let strength = citation.strength { checkStrength(strength, path("citations[\(c)].strength")) }
            }
            for (f, figure) in relation.figures.enumerated() {
                if !figure.value.isFinite {
                    report(path("figures[\(f)].value"), "figure value \(figure.value) is not a finite number")
                }
                checkCitation(figure.citation, path("figures[\(f)].citation"))
            }
        }
    }

    mutating func checkAssessments() {
        for (i, assessment) in network.assessments.enumerated() {
            let map = self.map
            checkEntityReference(assessment.from, map.path(.assessments, i, field: "from"))
            checkEntityReference(assessment.to, map.path(.assessments, i, field: "to"))
            checkCitation(assessment.citation, map.path(.assessments, i, field: "citation"))
        }
    }

    mutating func checkCitation(_ citation: Citation, _ path: String) {
        guard network.source(withID: citation.source) != nil else {
            let network = self.network  // the candidates are read from a copy, not from `self`
            let hint = suggestion(for: citation.source, among: network.sources.map(\.id), at: path + ".source")
            report(path + ".source", "unknown source '\(MessageToken.shown(citation.source))'\(hint)")
            return
        }
        if citation.paragraph < 1 {
            report(path + ".paragraph", "paragraph \(citation.paragraph) must be 1 or more")
            return
        }
        if citation.evidence.trimmingWhitespace.isEmpty {
            report(path + ".evidence", "evidence phrase is empty")
            return
        }
        guard case let .success(text)? = texts[citation.source] else { return }
        if citation.paragraph > text.paragraphs.count {
            report(
                path + ".paragraph",
                "paragraph \(citation.paragraph) is beyond the \(text.paragraphs.count) paragraphs of source '\(MessageToken.shown(citation.source))'")
        } else if !text.paragraph(citation.paragraph, contains: citation.evidence) {
            report(
                path + ".evidence",
                "evidence \"\(MessageToken.shown(citation.evidence))\" does not occur in paragraph \(citation.paragraph) of source '\(MessageToken.shown(citation.source))'")
        }
    }

    mutating func suggestion(for id: String, among candidates: @autoclosure () -> [String], at path: String) -> String {
        guard suggestionsGiven < Self.suggestionLimit else {
            if unsuggested.firstPath == nil { unsuggested.firstPath = path }
            unsuggested.count += 1
            return ""
        }
        suggestionsGiven += 1
        let close = closestMatches(to: id, in: candidates(), limit: 3)
        return close.isEmpty ? "" : " (did you mean \(close.map { "'\(MessageToken.shown($0))'" }.joined(separator: ", "))?)"
    }
}
