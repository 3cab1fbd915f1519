@testable import GraphAlgorithms
import Testing

@Suite("Parallel rounds: every chunk once per round, seeing what the lead wrote")
struct ParallelRoundsTests {
    @Test("20,000 rounds of 0 to 9 chunks (past the round counter's wrap at 16,383)", arguments: [1, 2, 3])
    func everyChunkOncePerRound(workers: Int) {
        let rounds = 20_000
        let maxChunks = 9
        let input = CommunityBuffer<Int>(repeating: 0, count: 1)
        let hits = CommunityBuffer<Int>(repeating: 0, count: maxChunks)
        let output = CommunityBuffer<Int>(repeating: -1, count: maxChunks)
        var rng = SplitMix64(seed: 3)
        var failures = 0
        var workersSeen = Set<Int>()
        let workerOf = CommunityBuffer<Int>(repeating: 0, count: maxChunks)
        Parallel.withRounds(workers: workers) { worker, chunk in
            hits.pointer[chunk] += 1
            output.pointer[chunk] = input.pointer.pointee * 16 + chunk
            workerOf.pointer[chunk] = worker
        } lead: { round in
            for r in 0..<rounds {
                let chunks = rng.nextIndex(below: maxChunks + 1)
                input.pointer.pointee = r
                round(chunks)
                for c in 0..<maxChunks {
                    let expectedHits = c < chunks ? 1 : 0
                    let expectedOutput = c < chunks ? r * 16 + c : -1
                    if hits.pointer[c] != expectedHits || output.pointer[c] != expectedOutput { failures += 1 }
                    if c < chunks { workersSeen.insert(workerOf.pointer[c]) }
                    hits.pointer[c] = 0
                    output.pointer[c] = -1
                }
            }
        }
        #expect(failures == 0)
        #expect(workersSeen.isSubset(of: Set(0..<workers)))
    }

    @Test("a lead that runs no round returns, whatever the worker count", arguments: [1, 2, 4])
    func noRound(workers: Int) {
        var ran = false
        Parallel.withRounds(workers: workers) { _, _ in Issue.record("no chunk should run") } lead: { _ in ran = true }
        #expect(ran)
    }
}

@Suite("Parallel rounds inside concurrent work")
struct ParallelRoundsNestingTests {
    @Test("inside forEach's iterations every chunk runs on the calling thread, as worker 0")
    func nestedRoundsStayOnTheCallingThread() {
        let parts = 4
        let workersSeen = CommunityBuffer<Int>(repeating: 0, count: parts)
        let chunksRun = CommunityBuffer<Int>(repeating: 0, count: parts)
        let insideFlags = CommunityBuffer<Bool>(repeating: false, count: parts)
        Parallel.forEach(parts) { part in
            insideFlags.pointer[part] = Parallel.isInsideConcurrentWork
            Parallel.withRounds(workers: 2) { worker, _ in
                workersSeen.pointer[part] |= 1 << worker
                chunksRun.pointer[part] += 1
            } lead: { round in
                for _ in 0..<50 { round(3) }
            }
        }
        #expect(insideFlags.array == [Bool](repeating: true, count: parts))
        #expect(workersSeen.array == [Int](repeating: 1, count: parts))
        #expect(chunksRun.array == [Int](repeating: 150, count: parts))
        #expect(!Parallel.isInsideConcurrentWork)
    }
}
