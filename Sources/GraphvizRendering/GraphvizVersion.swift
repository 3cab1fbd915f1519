import CGraphviz

/// Facts about the linked Graphviz library.
public enum GraphvizLibrary {
    /// The version string of the Graphviz library linked at run time, e.g. `2.42.2`.
    public static var version: String {
        GraphvizContext.shared.withContext { gvc in
            guard let cString = gvcVersion(gvc) else { return "unknown" }
            return String(cString: cString)
        }
    }
}
