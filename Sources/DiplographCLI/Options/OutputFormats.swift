import ArgumentParser

/// Formats of the commands that print a ranking or a per-entity table.
enum TableFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json, markdown
}

/// Formats of the commands that print a structured explanation (no CSV: it is not a table).
enum DocumentFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, markdown
}

/// Formats of `info`.
enum SummaryFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}

/// Formats of `validate`.
enum DiagnosticsFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

extension CaseIterable where Self: RawRepresentable, RawValue == String {
    /// "Output format: table, json or markdown." for `--format` help texts.
    static var formatHelp: ArgumentHelp {
        let names = allCases.map(\.rawValue)
        let list = names.count > 1 ? names.dropLast().joined(separator: ", ") + " or " + names.last! : names.joined()
        return ArgumentHelp("Output format: \(list).")
    }
}
