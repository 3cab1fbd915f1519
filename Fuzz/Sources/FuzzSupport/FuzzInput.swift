import Diplograph
import Foundation

/// One fuzz input through the loader every command uses (`GraphFile.load`), as the named format.
///
/// The bytes are written to a file (the loader reads files, as the command line does) and loaded;
/// any thrown error is a correct answer to bad input. Only a trap, a sanitizer report or a hang is
/// a finding. CSV tables: the input is split at its first `\n----\n` line into the nodes table and
/// the edges table (without it, all of it is the edges table).
public enum FuzzInput {
    /// The scratch directory (per process, in memory when /dev/shm exists).
    nonisolated(unsafe) private static var directory: String?

    /// Loads `bytes` as `format`, with the file name `name` (its extension matters for edge lists).
    /// - Returns: 0, as libFuzzer expects.
    public static func run(_ bytes: UnsafePointer<UInt8>?, _ count: Int, format: GraphFileFormat, name: String) -> Int32 {
        let data = count > 0 && bytes != nil ? Data(bytes: bytes!, count: count) : Data()
        let folder = scratch()
        let path = folder + "/" + name
        if format == .csv {
            let (nodes, edges) = split(data)
            let paths = NetworkInterop.csvPaths(for: path)
            write(nodes, to: paths.nodes)
            write(edges, to: paths.edges)
        } else {
            write(data, to: path)
        }
        _ = try? GraphFile.load(
            path: path, options: GraphLoadOptions(format: format),
            readDOT: { path, shown, options in try DOTImport.network(path: path, displayPath: shown, options: options) })
        return 0
    }

    private static func scratch() -> String {
        if let directory { return directory }
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        let made = base + "/diplograph-fuzz-\(getpid())"
        try? FileManager.default.createDirectory(atPath: made, withIntermediateDirectories: true)
        directory = made
        return made
    }

    private static func write(_ data: Data, to path: String) {
        _ = FileManager.default.createFile(atPath: path, contents: data)
    }

    /// The nodes and edges tables of a CSV tables input.
    private static func split(_ data: Data) -> (nodes: Data, edges: Data) {
        let separator = Data("\n----\n".utf8)
        guard let range = data.range(of: separator) else { return (Data("id\n".utf8), data) }
        return (data[..<range.lowerBound], data[range.upperBound...])
    }
}
