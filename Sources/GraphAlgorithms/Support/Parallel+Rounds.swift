#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

extension Parallel {
    /// Runs `lead` on one worker while `workers − 1` others stand by; every `round(chunks)` that
    /// `lead` calls runs `body(worker, chunk)` for each chunk in `0..<chunks` (at most 65,535) on
    /// all workers, which take chunks in turn from a shared ticket, and returns when every chunk is
    /// done.
    ///
    /// For many short rounds between sequential steps (block-parallel local moving): the workers
    /// are dispatched once, and a round is handed out through one atomic word that idle workers
    /// watch (spinning briefly, then yielding the core), where a dispatch per round would cost more
    /// than a round's work. The lead never waits for a worker that has not started, only for chunks
    /// already taken, so a late or absent worker slows nothing down. Which worker runs a chunk
    /// depends on timing: `body` must give the same result whichever runs it, and chunks of a round
    /// must write disjoint memory. Writes made by `lead` before a round are seen by every chunk of
    /// it, and the chunks' writes by `lead` after it. Inside ``forEach(_:_:)``'s iterations (runs of
    /// a consensus in parallel, say), where the other cores are busy already, everything runs on
    /// the calling thread.
    static func withRounds(
        workers: Int, body: (_ worker: Int, _ chunk: Int) -> Void,
        lead: (_ round: (_ chunks: Int) -> Void) -> Void
    ) {
        // `body` is used inside closures handed to `lead` and `forEach`, which the compiler cannot
        // see do not keep it; neither outlives this call.
        withoutActuallyEscaping(body) { body in
            guard workers > 1, forcedWorkerCount != 1, !isInsideConcurrentWork else {
                lead { chunks in for chunk in 0..<chunks { body(0, chunk) } }
                return
            }
            runRounds(workers: workers, body: body, lead: lead)
        }
    }

    /// ``withRounds(workers:body:lead:)`` on `workers` (> 1) workers.
    private static func runRounds(
        workers: Int, body: @escaping (Int, Int) -> Void, lead: ((Int) -> Void) -> Void
    ) {
        // Cell 0, the ticket: round << 48 | chunk count << 32 | next chunk, where the round is 0
        // before the first, then cycles through 1...lastRound, and is `stop` once `lead` returns.
        // Cell 8 (another cache line): chunks done in the current round.
        let cells = AtomicCells<Int>(count: 9) { _ in 0 }
        defer { cells.deallocate() }
        let ticket = cells.base
        let done = cells.base + 8
        forEach(workers) { worker in
            if worker == 0 {
                var round = 0
                lead { chunks in
                    precondition(chunks < 1 << 16, "a round has at most 65,535 chunks")
                    guard chunks > 0 else { return }
                    round = round % lastRound + 1
                    done.pointee.store(0, ordering: .relaxed)
                    ticket.pointee.store(round << 48 | chunks << 32, ordering: .releasing)
                    takeChunks(ticket: ticket, done: done, worker: 0, body: body)
                    waitUntil { done.pointee.load(ordering: .acquiring) == chunks }
                }
                ticket.pointee.store(stop << 48, ordering: .releasing)
            } else {
                var seen = 0
                while true {
                    var current = 0
                    waitUntil {
                        current = ticket.pointee.load(ordering: .acquiring) >> 48
                        return current != seen
                    }
                    if current == stop { return }
                    seen = current
                    takeChunks(ticket: ticket, done: done, worker: worker, body: body)
                }
            }
        }
    }

    private static let lastRound = 0x3FFF
    private static let stop = lastRound + 1

    /// Takes chunks from `ticket` and runs them, counting each in `done`, until the round the
    /// ticket holds has none left. A chunk taken is a chunk of the round current at that moment,
    /// even when the worker came for an earlier one, so it is always run.
    private static func takeChunks(
        ticket: UnsafeMutablePointer<Atomic<Int>>, done: UnsafeMutablePointer<Atomic<Int>>,
        worker: Int, body: (Int, Int) -> Void
    ) {
        while true {
            let taken = ticket.pointee.add(1, ordering: .acquiringAndReleasing).oldValue
            let chunk = taken & 0xFFFF_FFFF
            guard taken >> 48 != stop, chunk < (taken >> 32) & 0xFFFF else { return }
            body(worker, chunk)
            done.pointee.add(1, ordering: .releasing)
        }
    }

    /// Spins until `condition` holds, yielding the core after the first few thousand tries.
    @inline(__always)
    private static func waitUntil(_ condition: () -> Bool) {
        var tries = 0
        while !condition() {
            tries += 1
            if tries > 1 << 12 { sched_yield() }
        }
    }
}
