// swift-tools-version: 6.1
// Benchmarks live in their own package so the main package and CI never build the benchmark
// harness. Run: `swift package benchmark` here (ordo-one/benchmark), or the peer comparison
// `python3 Scripts/compare-peers.py` from the repository root, which uses `peer-kernels`.
import PackageDescription

let package = Package(
    name: "DiplographBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Diplograph", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "peer-kernels",
            dependencies: [.product(name: "GraphAlgorithms", package: "Diplograph")],
            path: "Sources/PeerKernels"
        ),
        .executableTarget(
            name: "render-bench",
            dependencies: [.product(name: "Diplograph", package: "Diplograph")],
            path: "Sources/RenderBench"
        ),
        .executableTarget(
            name: "CoreKernels",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "GraphAlgorithms", package: "Diplograph"),
            ],
            path: "Benchmarks/CoreKernels",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
