/// Renumbers labels in `0..<vertexCount` to `0..<count` in order of first appearance. O(V).
func renumberCommunities(_ membership: CommunityBuffer<Int32>) -> Int {
    let n = membership.count
    let map = CommunityBuffer<Int32>(repeating: -1, count: n)
    var next: Int32 = 0
    for v in 0..<n {
        let c = Int(membership.pointer[v])
        if map.pointer[c] < 0 {
            map.pointer[c] = next
            next += 1
        }
        membership.pointer[v] = map.pointer[c]
    }
    return Int(next)
}

/// The vertices of each community: `members[start[c]..<start[c + 1]]`, ascending. O(V).
func groupByCommunity(_ membership: CommunityBuffer<Int32>, count: Int) -> (start: [Int], members: [Int32]) {
    var start = [Int](repeating: 0, count: count + 1)
    for v in 0..<membership.count { start[Int(membership.pointer[v]) + 1] += 1 }
    for c in 0..<count { start[c + 1] += start[c] }
    var cursor = start
    var members = [Int32](repeating: 0, count: membership.count)
    for v in 0..<membership.count {
        let c = Int(membership.pointer[v])
        members[cursor[c]] = Int32(v)
        cursor[c] += 1
    }
    return (start, members)
}

/// Consecutive ranges of communities with at least `members` vertices each (the last may have
/// fewer), from the `start` of ``groupByCommunity(_:count:)``: chunks of parallel work whose
/// boundaries depend only on the partition. O(count).
func communityChunks(start: [Int], members: Int) -> [Range<Int>] {
    let count = start.count - 1
    var chunks: [Range<Int>] = []
    var first = 0
    for c in 0..<count where start[c + 1] - start[first] >= members {
        chunks.append(first..<(c + 1))
        first = c + 1
    }
    if first < count { chunks.append(first..<count) }
    return chunks
}
