import CGraphviz

/// Facts about the linked Graphviz library.
public enum GraphvizLibrary {
    /// The version string of the Graphviz library linked at run time, e.g. `2.42.2`.
    public static var version: String {
        GraphvizContext.shared.withContext { session in
            guard let cString = gvcVersion(session.gvc) else { return "unknown" }
            return String(cString: cString)
        }
    }

    /// The layout engines the library offers (`circo`, `dot`, `fdp`, `neato`, `sfdp`, `twopi`, …).
    public static var availableEngines: [String] {
        GraphvizContext.shared.withContext { $0.plugins("layout") }
    }

    /// The output formats `Diagram.render(format:)` accepts (`svg`, `png`, `pdf`, `plain`, `json`, …):
    /// the library's devices, without the interactive ones that open windows.
    public static var availableFormats: [String] {
        GraphvizContext.shared.withContext { session in
            session.plugins("device").filter { !interactiveDevices.contains($0) }
        }
    }

    /// Devices that display on screen instead of producing bytes.
    static let interactiveDevices: Set<String> = ["gtk", "x11", "xlib", "glitz", "win", "windows"]
}
