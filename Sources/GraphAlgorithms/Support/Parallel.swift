import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Data-parallel helpers built on `DispatchQueue.concurrentPerform`.
///
/// Every helper partitions work into ranges that depend only on the input (and, for
/// ``workerCount(forTasks:)``, on the processor count), never on thread timing, so callers that
/// reduce per-range results in range order get bitwise reproducible answers.
enum Parallel {
    /// The number of online processors.
    static let processorCount = Swift.max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))

    /// A worker count that replaces the processor count in ``workerCount(forTasks:)`` for the
    /// current task, so tests can check that a result is the same with one worker as with several
    /// (`Parallel.$forcedWorkerCount.withValue(1) { … }`); at 1, every helper runs on the calling
    /// thread as if the machine had one core.
    @TaskLocal static var forcedWorkerCount: Int?

    /// Whether the caller runs inside ``forEach(_:_:)``'s concurrent iterations: every core may
    /// already be busy there, so helpers that would wait for work (``withRounds(workers:body:lead:)``)
    /// are not started.
    @TaskLocal static var isInsideConcurrentWork = false

    /// Number of workers for `tasks` independent tasks: the online processor count (or
    /// ``forcedWorkerCount`` when set), at most `tasks`, at least 1.
    static func workerCount(forTasks tasks: Int) -> Int {
        Swift.max(1, Swift.min(forcedWorkerCount ?? processorCount, tasks))
    }

    /// Splits `0..<count` into `parts` contiguous ranges whose lengths differ by at most one.
    static func evenRanges(count: Int, parts: Int) -> [Range<Int>] {
        let parts = Swift.max(1, Swift.min(parts, Swift.max(count, 1)))
        let base = count / parts
        let extra = count % parts
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(parts)
        var start = 0
        for part in 0..<parts {
            let length = base + (part < extra ? 1 : 0)
            ranges.append(start..<(start + length))
            start += length
        }
        return ranges
    }

    /// Splits the rows of a CSR structure into contiguous vertex ranges of roughly `grain` units of
    /// work each, where a row costs its length plus one. The split depends only on `offsets`.
    static func balancedRanges(offsets: ContiguousArray<Int>, grain: Int = 1 << 15) -> [Range<Int>] {
        let vertexCount = offsets.count - 1
        guard vertexCount > 0 else { return [0..<0] }
        var ranges: [Range<Int>] = []
        var start = 0
        var work = 0
        for v in 0..<vertexCount {
            work += offsets[v + 1] - offsets[v] + 1
            if work >= grain {
                ranges.append(start..<(v + 1))
                start = v + 1
                work = 0
            }
        }
        if start < vertexCount { ranges.append(start..<vertexCount) }
        return ranges
    }

    /// `0..<count` in 8 even slices from 65,536 elements on, one below: a split for linear passes
    /// (filling, summing) that depends only on `count`, never on the core count, so results reduced
    /// slice by slice are the same on any machine.
    static func fixedSlices(count: Int) -> [Range<Int>] {
        evenRanges(count: count, parts: count >= 1 << 16 ? 8 : 1)
    }

    /// `[element(0), element(1), …]` of length `count`, written in parallel over
    /// ``fixedSlices(count:)``: first touches of fresh pages cost more than the writes, and two cores
    /// take them in half the time. `element` must be safe to call concurrently. O(count).
    static func array<Element>(count: Int, _ element: (Int) -> Element) -> [Element] {
        let ranges = fixedSlices(count: count)
        return [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            let buffer = UnsafeMutableBufferPointer(rebasing: buffer[...])
            forEach(ranges.count) { part in
                for index in ranges[part] { buffer.initializeElement(at: index, to: element(index)) }
            }
            initialized = count
        }
    }

    /// Calls `body(index)` for every index in `0..<count`, concurrently when `count > 1` (in index
    /// order on the calling thread when ``forcedWorkerCount`` is 1).
    ///
    /// `body` may capture unsafe buffers: the caller guarantees that different indices write to
    /// disjoint memory. The call returns after every index has run.
    static func forEach(_ count: Int, _ body: (Int) -> Void) {
        if count == 1 || forcedWorkerCount == 1 {
            for index in 0..<count { body(index) }
            return
        }
        withoutActuallyEscaping(body) { escapable in
            let box = UncheckedSendable(escapable)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                $isInsideConcurrentWork.withValue(true) { box.value(index) }
            }
        }
    }
}

/// Wraps a value the compiler cannot prove `Sendable` for a hand-off whose safety the caller
/// establishes (disjoint writes, joined before return).
private struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
