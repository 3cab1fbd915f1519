import Foundation

extension OutputOptions {
    /// Writes rendered bytes to stdout (no `--output`, or `-`) or atomically to the file: a failed
    /// run leaves no half-written file.
    func writeRendered(_ data: Data) throws {
        guard let output, output != "-" else {
            FileHandle.standardOutput.write(data)
            return
        }
        try writeAtomically(data, toPath: output)
    }
}
