import FuzzSupport

/// The function under test: one input loaded as CSV node and edge tables.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    FuzzInput.run(bytes, count, format: .csv, name: "input.csv")
}

/// The target's `main` (SwiftPM links an executable's entry point as `fuzz_csv_tables_main`, which
/// takes the place of libFuzzer's own `main`): starts libFuzzer's driver on `fuzzOneInput`.
@_cdecl("fuzz_csv_tables_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    FuzzDriver.run(argc, argv) { bytes, count in fuzzOneInput(bytes, count) }
}
