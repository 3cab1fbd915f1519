/// Splits every community of `membership` into its connected parts (in the working graph's rows)
/// and renumbers in first-appearance order. Splitting a disconnected community never lowers
/// modularity. - Complexity: O(V + E).
func splitDisconnectedCommunities(_ g: CommunityLevelGraph, membership: CommunityBuffer<Int32>) -> Int {
    let n = g.vertexCount
    let result = CommunityBuffer<Int32>(repeating: -1, count: n)
    var stack: [Int32] = []
    var next: Int32 = 0
    for s in 0..<n where result.pointer[s] < 0 {
        let c = membership.pointer[s]
        result.pointer[s] = next
        stack.append(Int32(s))
        while let v = stack.popLast() {
            for e in g.offsets.pointer[Int(v)]..<g.offsets.pointer[Int(v) + 1] {
                let u = Int(g.targets.pointer[e])
                if result.pointer[u] < 0, membership.pointer[u] == c {
                    result.pointer[u] = next
                    stack.append(Int32(u))
                }
            }
        }
        next += 1
    }
    for v in 0..<n { membership.pointer[v] = result.pointer[v] }
    return Int(next)
}
