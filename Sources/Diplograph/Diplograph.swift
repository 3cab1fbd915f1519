// The umbrella module: one import gives Examples and users the whole public API.
@_exported import BundledGraphs
@_exported import GraphAlgorithms
@_exported import GraphvizRendering
@_exported import RelationNetwork
