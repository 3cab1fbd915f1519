// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Diplograph",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Diplograph", targets: ["Diplograph"]),
        .library(name: "GraphAlgorithms", targets: ["GraphAlgorithms"]),
        .executable(name: "diplograph", targets: ["DiplographCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // Prefetch hints for the traversal kernels (a C inline function: Swift has no prefetch).
        .target(name: "CMemoryHints"),
        .target(
            name: "GraphAlgorithms",
            dependencies: ["CMemoryHints"]
        ),
        .target(
            name: "RelationNetwork",
            dependencies: ["GraphAlgorithms", "Yams", "CLibXML2"]
        ),
        .target(
            name: "GraphvizRendering",
            dependencies: ["CGraphviz", "RelationNetwork", "GraphAlgorithms"]
        ),
        .target(
            name: "Diplograph",
            dependencies: ["GraphAlgorithms", "RelationNetwork", "GraphvizRendering", "BundledGraphs"]
        ),
        .executableTarget(
            name: "DiplographCLI",
            dependencies: [
                "Diplograph",
                "BundledGraphs",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
        ),
        .target(
            name: "BundledGraphs",
            path: "Graphs",
            exclude: ["SCHEMA.md", "CURATION.md"],
            sources: ["BundledGraphs.swift"],
            resources: [.copy("kazakhstan-multivector.yaml"), .copy("MENTIONS.yaml")]
        ),
        // Examples/: one short program per analysis, each importing Diplograph only (see .ci/run).
        .executableTarget(name: "centrality-report", dependencies: ["Diplograph"], path: "Examples/CentralityReport"),
        .executableTarget(name: "sourced-path", dependencies: ["Diplograph"], path: "Examples/SourcedPath"),
        .executableTarget(name: "dependencies", dependencies: ["Diplograph"], path: "Examples/Dependencies"),
        .executableTarget(
            name: "communities-vs-blocs", dependencies: ["Diplograph"], path: "Examples/CommunitiesVsBlocs"),
        .executableTarget(name: "balance", dependencies: ["Diplograph"], path: "Examples/Balance"),
        .executableTarget(name: "diagram", dependencies: ["Diplograph"], path: "Examples/Diagram"),
        .executableTarget(name: "report", dependencies: ["Diplograph"], path: "Examples/Report"),
        .executableTarget(
            name: "large-edge-list-pagerank", dependencies: ["Diplograph"], path: "Examples/LargeEdgeListPageRank"),
        .testTarget(name: "GraphAlgorithmsTests", dependencies: ["GraphAlgorithms"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "RelationNetworkTests", dependencies: ["RelationNetwork"]),
        .testTarget(name: "GraphvizRenderingTests", dependencies: ["GraphvizRendering"]),
        .testTarget(name: "DiplographCLITests", dependencies: ["DiplographCLI"]),
        .testTarget(name: "DiplographTests", dependencies: ["Diplograph"]),
    ],
    swiftLanguageModes: [.v6]
)
