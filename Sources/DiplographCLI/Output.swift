import ArgumentParser
import Foundation

/// A failure caused by the input or the analysis: printed on stderr, exit status 1.
struct CLIError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}

/// Output formats of the reporting subcommands.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json, markdown
}

/// Writes `data` to `path` through a temporary file renamed into place, so a failed run leaves no
/// half-written file.
func writeAtomically(_ data: Data, toPath path: String) throws {
    do {
        try data.write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
        throw CLIError("\(path): cannot write: \(error.localizedDescription)")
    }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// Where a subcommand's result goes: stdout, or a file written atomically (a failed run leaves
/// no half-written file).
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Write to this file instead of standard output ('-' for stdout).")
    var output: String?

    func write(_ text: String) throws {
        guard let output, output != "-" else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        try writeAtomically(Data(text.utf8), toPath: output)
    }
}

extension ParsableCommand {
    /// Runs `body`, turning `CLIError`s into a message on stderr and exit status 1.
    func reportingErrors(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as CLIError {
            printError("error: \(error.description)")
            throw ExitCode(1)
        }
    }
}

/// "1 relation", "3 relations" (or an irregular plural).
func counted(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(count) " + (count == 1 ? singular : plural ?? singular + "s")
}
