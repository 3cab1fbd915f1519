// swift-tools-version: 6.1
// Fuzz targets for every parser Diplograph has (libFuzzer + AddressSanitizer); see README.md.
// Build and run with ../Scripts/fuzz, not with a plain `swift build` (they need -sanitize=fuzzer).
import PackageDescription

/// The parsers fuzzed: one executable target `fuzz-NAME` each (Sources/fuzz-NAME/Target.swift).
let parsers = ["edgelist", "csv-edgelist", "csv-tables", "dot", "graphml", "gexf", "nodelink", "yaml", "json"]

let package = Package(
    name: "DiplographFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "Diplograph", path: "..")],
    targets: [
        .target(name: "CFuzzerDriver"),
        .target(
            name: "FuzzSupport",
            dependencies: ["CFuzzerDriver", .product(name: "Diplograph", package: "Diplograph")]),
    ]
        + parsers.map { name in
            // SwiftPM links an executable's `main` as `MODULE_main`: each target defines that and
            // hands its input function to libFuzzer's driver (see FuzzSupport/FuzzDriver.swift).
            .executableTarget(
                name: "fuzz-\(name)", dependencies: ["FuzzSupport"], swiftSettings: [.unsafeFlags(["-parse-as-library"])])
        },
    swiftLanguageModes: [.v6]
)
