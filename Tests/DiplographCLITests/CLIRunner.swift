import Foundation

/// Runs the built `diplograph` executable, as a user would.
struct CLIResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

enum CLIRunner {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func fixture(_ relativePath: String) -> String {
        packageRoot.appendingPathComponent("Tests/Fixtures").appendingPathComponent(relativePath).path
    }

    /// The executable beside the test bundle (`.build/<configuration>/diplograph`).
    static var executable: URL {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL,
            Bundle.main.bundleURL.deletingLastPathComponent(),
        ]
        for folder in candidates {
            let url = folder.appendingPathComponent("diplograph")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return packageRoot.appendingPathComponent(".build/debug/diplograph")
    }

    /// Runs `diplograph arguments…` in `directory` (a temporary folder by default) and waits.
    static func run(_ arguments: [String], in directory: URL? = nil) throws -> CLIResult {
        try run(executable, arguments, in: directory)
    }

    /// Runs the example `product` (built beside `diplograph`: `swift test` builds every product)
    /// with `arguments`, in a temporary folder.
    /// - Throws: ``MissingExample`` when the example was not built, so the test fails and says so.
    static func runExample(_ product: String, _ arguments: [String]) throws -> CLIResult {
        let url = executable.deletingLastPathComponent().appendingPathComponent(product)
        guard FileManager.default.isExecutableFile(atPath: url.path) else { throw MissingExample(path: url.path) }
        return try run(url, arguments, in: nil)
    }

    private static func run(_ executable: URL, _ arguments: [String], in directory: URL?) throws -> CLIResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? FileManager.default.temporaryDirectory
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLIResult(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// An example executable that is not in the build products folder.
    struct MissingExample: Error, CustomStringConvertible {
        var path: String
        var description: String { "example not built: \(path) is missing; run `swift build` first" }
    }

    /// A fresh empty temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("diplograph-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
