// The umbrella module: one import gives Examples and users the whole public API.
@_exported import GraphAlgorithms
@_exported import GraphvizRendering
@_exported import RelationNetwork
