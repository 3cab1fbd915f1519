import RelationNetwork

/// How a web page finds what a diagram drew: the SVG element ids Graphviz writes for vertices and
/// edges, and the look of each layer (for a legend drawn outside the diagram).
extension Diagram {
    /// The SVG `id` of the vertex drawn for entity (or vertex) `id`: `entity-` and the id with
    /// every byte other than ASCII letters, digits, `-`, `_` and `.` percent-encoded.
    public static func elementID(ofEntity id: String) -> String {
        "entity-" + AttributeText.identifier(id)
    }

    /// The SVG `id` of the edge drawn for `relation`, the relation at `index` (from 0) of the
    /// network's ``/RelationNetwork/RelationNetwork/relations``: `relation-` and its id (or
    /// `r` and `index + 1` when it has none), encoded as in ``elementID(ofEntity:)``.
    ///
    /// - Parameters:
    ///   - relation: A relation of the drawn network.
    ///   - index: Its position in the network's relations.
    public static func elementID(ofRelation relation: Relation, at index: Int) -> String {
        "relation-" + AttributeText.identifier(DiagramContent.edgeName(of: relation, at: index))
    }

    /// The colour and line style of each layer drawn, as the diagram strokes its edges.
    public var layerStyles: [LayerID: DiagramStyle.LayerStyle] { style.layerStyles(content.layers) }
}
