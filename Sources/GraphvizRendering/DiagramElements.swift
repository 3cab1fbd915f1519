/// How a web page finds the vertices a diagram drew (``Diagram/ties`` gives the edges).
extension Diagram {
    /// The SVG `id` of the vertex drawn for entity (or vertex) `id`: `entity-` and the id with
    /// every byte other than ASCII letters, digits, `-`, `_` and `.` percent-encoded.
    ///
    /// - Parameter id: An entity id (or a plain graph's vertex id).
    public static func elementID(ofEntity id: String) -> String {
        "entity-" + AttributeText.identifier(id)
    }
}
