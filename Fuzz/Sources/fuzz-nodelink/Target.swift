import FuzzSupport

/// The function under test: one input loaded as node-link JSON.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    FuzzInput.run(bytes, count, format: .nodelink, name: "input.json")
}

/// The target's `main` (SwiftPM links an executable's entry point as `fuzz_nodelink_main`, which
/// takes the place of libFuzzer's own `main`): starts libFuzzer's driver on `fuzzOneInput`.
@_cdecl("fuzz_nodelink_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    FuzzDriver.run(argc, argv) { bytes, count in fuzzOneInput(bytes, count) }
}
