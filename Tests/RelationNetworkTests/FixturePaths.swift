import Foundation

/// Paths of the shared test fixtures and the package's own files, found from this source file.
enum FixturePaths {
    /// The package root (two levels above this file's folder).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let fixtures = packageRoot.appendingPathComponent("Tests/Fixtures")

    static func fixture(_ relativePath: String) -> String {
        fixtures.appendingPathComponent(relativePath).path
    }

    static let sources = fixture("sources")

    /// The curated graph and the seed articles it cites (`shared/seeds` beside the checkout).
    static let curatedGraph = packageRoot.appendingPathComponent("Graphs/kazakhstan-multivector.yaml").path
    static let seeds = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds").path
}
