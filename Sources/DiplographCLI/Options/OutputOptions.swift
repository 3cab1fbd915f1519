import ArgumentParser
import Foundation
import GraphvizRendering
import RelationNetwork

/// A failure caused by the input or the analysis: printed on stderr, exit status 1.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    /// The text is already `file:line:col: error: message` lines (printed as it is).
    var isLocated = false

    init(_ description: String) {
        self.description = description
    }

    /// Located diagnostics, printed as they are.
    init(located description: String) {
        self.description = description
        isLocated = true
    }
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
        try write(Data(text.utf8))
    }

    func write(_ data: Data) throws {
        guard let output, output != "-" else {
            FileHandle.standardOutput.write(data)
            return
        }
        try writeAtomically(data, toPath: output)
    }
}

extension ParsableCommand {
    /// Runs `body`, turning input and analysis errors into a message on stderr and exit status 1.
    /// Library errors state the problem; this adds how to fix it on the command line.
    func reportingErrors(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as CLIError {
            printError(error.isLocated ? error.description : "error: \(error.description)")
            throw ExitCode(1)
        } catch let error as AnalysisError {
            printError("error: \(error.description)\(commandLineHint(for: error))")
            throw ExitCode(1)
        } catch let error as SelectionError {
            printError("error: \(error.description)")
            throw ExitCode(1)
        } catch let error as RenderingError {
            printError("error: \(error.description)")
            throw ExitCode(1)
        }
    }

    private func commandLineHint(for error: AnalysisError) -> String {
        switch error {
        case let .invalidLength(_, _, length, _) where length == 0:
            " (a strength-1 tie has length 0 under --distance neglog; path counting needs positive lengths: use --distance inverse or unit)"
        case .invalidLength, .invalidDistance: " (use --distance unit to ignore weights)"
        default: ""
        }
    }
}

/// "1 relation", "3 relations" (or an irregular plural).
func counted(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(count) " + (count == 1 ? singular : plural ?? singular + "s")
}
