import Foundation

/// The graphs shipped with Diplograph as package resources, so a built binary finds them from any
/// folder. (This file makes `Graphs/` a resource target; the data files beside it are the graphs.)
public enum BundledGraphs {
    /// The file name of the curated graph of Kazakhstan's multi-vector foreign policy.
    public static let curatedFileName = "kazakhstan-multivector.yaml"

    /// The location of the curated graph, or `nil` when the resource bundle is missing.
    public static var curatedGraphURL: URL? {
        Bundle.module.url(forResource: "kazakhstan-multivector", withExtension: "yaml")
    }
}
