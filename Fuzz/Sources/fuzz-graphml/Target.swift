import FuzzSupport

/// The function under test: one input loaded as GraphML.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    FuzzInput.run(bytes, count, format: .graphml, name: "input.graphml")
}

/// The target's `main` (SwiftPM links an executable's entry point as `fuzz_graphml_main`, which
/// takes the place of libFuzzer's own `main`): starts libFuzzer's driver on `fuzzOneInput`.
@_cdecl("fuzz_graphml_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    FuzzDriver.run(argc, argv) { bytes, count in fuzzOneInput(bytes, count) }
}
