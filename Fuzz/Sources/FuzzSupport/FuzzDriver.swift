import CFuzzerDriver

/// Starts libFuzzer from a target's `main`.
public enum FuzzDriver {
    /// Runs libFuzzer with the process's arguments and `test` as the function under test.
    /// - Returns: libFuzzer's exit status.
    public static func run(
        _ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
        test: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
    ) -> Int32 {
        var count = argc
        var arguments = argv
        return LLVMFuzzerRunDriver(&count, &arguments, test)
    }
}
