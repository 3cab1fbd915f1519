import ArgumentParser
import Foundation

/// Progress on stderr for steps that take over a second: silent when stderr is not a terminal or
/// with `--quiet`, so pipes and CI logs stay clean.
struct ProgressOptions: ParsableArguments {
    @Flag(help: "Print no progress on stderr.") var quiet = false

    /// Whether progress lines are printed at all.
    var isEnabled: Bool { !quiet && isatty(STDERR_FILENO) == 1 }

    /// Runs `body`; when it takes over a second, says on stderr what ran and how long it took.
    func step<T>(_ description: String, _ body: () throws -> T) rethrows -> T {
        guard isEnabled else { return try body() }
        let clock = ContinuousClock()
        let start = clock.now
        let result = try body()
        let elapsed = clock.now - start
        if elapsed > .seconds(1) {
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            printError(String(format: "%@: %.1f s", description, seconds))
        }
        return result
    }
}
