
/// The largest and the smallest block of ``moveVerticesInBlocks(_:blockSize:workers:)``.
let movingBlockSizes = (largest: 512, smallest: 64)

/// Vertices taken from the queue per block of ``moveVerticesInBlocks(_:blockSize:workers:)``:
/// the largest of ``movingBlockSizes``, halved (down to the smallest) while a block's vertices have, together, more than half as many row entries as
/// the graph has vertices. On dense level graphs a large block would have most of its vertices
/// disturbed by earlier moves in it, and their decisions made again one by one. The size depends
/// only on the graph, so the partition does not depend on the core count. O(1).
func movingBlockSize(for g: CommunityLevelGraph) -> Int {
    let meanDegree = Swift.max(1, g.targets.count / Swift.max(g.vertexCount, 1))
    var size = movingBlockSizes.largest
    while size > movingBlockSizes.smallest, 2 * size * meanDegree > g.vertexCount { size /= 2 }
    return size
}

/// Chunks a block is split into for the workers, who take them dynamically.
private let chunksPerBlock = 4

/// Local moving with the decisions made in parallel, as NetworKit's PLM does, but deterministic.
///
/// The queue is consumed in blocks of `blockSize` vertices (``movingBlockSize(for:)`` of the
/// state's graph: the caller has it already, to choose this function). Every vertex of a block
/// decides its best move against the state frozen at the start of the block (in parallel, over
/// chunks, each worker with its own scratch); then the moves are applied one by one in queue
/// order. A decision is kept when no neighbour of the vertex has moved earlier in the block (so
/// its weights to the communities are unchanged) and, for a move, the gain recomputed in O(1) with
/// the present totals still beats staying; otherwise the vertex decides again against the present
/// state. So every applied move strictly increases the quality, as in the sequential queue, and
/// the outcome depends only on the graph and the visit order: never on the worker count or on
/// thread timing. Neighbours of a moved vertex join the queue as usual.
/// - Complexity: O(E) per pass over the queue, the decisions spread over `workers` cores; a
///   re-decision costs O(degree).
func moveVerticesInBlocks(_ state: LocalMovingState, blockSize: Int, workers: Int) {
    let n = state.graph.vertexCount
    let chunkSize = blockSize / chunksPerBlock
    let workerCount = Swift.max(1, Swift.min(workers, chunksPerBlock))
    let scratches = (0..<workerCount).map { _ in MoveScratch(vertexCount: n) }
    let blockBuffer = CommunityBuffer<Int32>(repeating: 0, count: blockSize)
    let decisionBuffer = CommunityBuffer<MoveChoice>(
        repeating: MoveChoice(target: 0, toTarget: 0, toCurrent: 0), count: blockSize)
    let block = blockBuffer.pointer
    let decision = decisionBuffer.pointer
    let disturbed = state.disturbed.pointer
    let community = state.membership.pointer
    let decider = state.decider
    let graph = state.graph
    let lengthBuffer = CommunityBuffer<Int>(repeating: 0, count: 1)
    let blockLength = lengthBuffer.pointer
    Parallel.withRounds(workers: workerCount) { worker, chunk in
        let length = blockLength.pointee
        let start = chunk * chunkSize
        for i in start..<Swift.min(start + chunkSize, length) {
            graph.prefetchAhead(of: i, in: block, end: length)
            if i + Prefetch.vertexDistance < length { Prefetch.read(community + Int(block[i + Prefetch.vertexDistance])) }
            decision[i] = decider.bestMove(of: Int(block[i]), scratch: scratches[worker])
        }
    } lead: { round in
        while state.queueLength > 0 {
            state.moveStamp &+= 1
            let length = Swift.min(blockSize, state.queueLength)
            for i in 0..<length { block[i] = Int32(state.pop()) }
            blockLength.pointee = length
            round((length + chunkSize - 1) / chunkSize)
            for i in 0..<length {
                let v = Int(block[i])
                var target = decision[i].target
                if disturbed[v] == state.moveStamp
                    || (target != community[v] && !decider.stillImproves(v, decision[i]))
                {
                    target = decider.bestMove(of: v, scratch: scratches[0]).target
                }
                _ = state.apply(v, to: target)
            }
        }
    }
}
