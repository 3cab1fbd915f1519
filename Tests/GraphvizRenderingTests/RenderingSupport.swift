import Foundation
import GraphAlgorithms
import RelationNetwork
@testable import GraphvizRendering

/// Paths and helpers shared by the rendering tests.
enum RenderingSupport {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func network(_ relativePath: String) throws -> RelationNetwork {
        let path = packageRoot.appendingPathComponent(relativePath).path
        return try NetworkDocument.load(path: path).0.network
    }

    static var curated: RelationNetwork {
        get throws { try network("Graphs/kazakhstan-multivector.yaml") }
    }

    static var hostile: RelationNetwork {
        get throws { try network("Tests/Fixtures/render/hostile.yaml") }
    }

    /// Runs `/usr/bin/dot arguments…` with `input` on stdin.
    static func runDot(_ arguments: [String], input: String) throws -> (status: Int32, stdout: Data, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/dot")
        process.arguments = arguments
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let writer = Thread {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let errData = ErrorCollector(stderr.fileHandleForReading)
        let outData = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, outData, errData.text())
    }

    /// Number of `<g … class="NAME">` groups in an SVG.
    static func count(_ cssClass: String, in svg: String) -> Int {
        svg.components(separatedBy: "class=\"\(cssClass)\"").count - 1
    }

    /// Number of occurrences of `text` in `svg` (e.g. `<g id="entity-`).
    static func occurrences(of text: String, in svg: String) -> Int {
        svg.components(separatedBy: text).count - 1
    }
}

/// Reads a pipe on its own thread so neither pipe can fill up and block the child.
final class ErrorCollector: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread {
            self.data = handle.readDataToEndOfFile()
            self.done.signal()
        }.start()
    }

    func text() -> String {
        done.wait()
        return String(decoding: data, as: UTF8.self)
    }
}
