/// The indices of `keys` in ascending key order, equal keys in index order: the permutation a
/// stable sort of `keys` applies. Least-significant-digit radix sort on 11-bit digits (six passes,
/// each a count and a scatter, skipped when every key has the same digit); for the canonical
/// vertex order of community detection, where a comparison sort of 10⁵–10⁶ hashed keys cost more
/// than the rest of that step.
/// - Complexity: O(n) time (six passes), O(n) extra space.
func radixOrder(_ keys: [UInt64]) -> [Int32] {
    let n = keys.count
    guard n > 1 else { return (0..<n).map { Int32($0) } }
    let digitBits: UInt64 = 11
    let mask = (1 << Int(digitBits)) - 1
    let keyBuffers = (CommunityBuffer(keys), CommunityBuffer<UInt64>(uninitializedCount: n))
    let orderBuffers = (
        CommunityBuffer<Int32>((0..<n).map { Int32($0) }), CommunityBuffer<Int32>(uninitializedCount: n)
    )
    var (key, nextKey) = (keyBuffers.0.pointer, keyBuffers.1.pointer)
    var (order, nextOrder) = (orderBuffers.0.pointer, orderBuffers.1.pointer)
    let countBuffer = CommunityBuffer<Int>(repeating: 0, count: mask + 1)
    let counts = countBuffer.pointer
    for shift in stride(from: 0, to: 64, by: Int(digitBits)).map(UInt64.init) {
        counts.update(repeating: 0, count: mask + 1)
        for i in 0..<n { counts[Int(truncatingIfNeeded: key[i] >> shift) & mask] += 1 }
        if counts[Int(truncatingIfNeeded: key[0] >> shift) & mask] == n { continue }
        var sum = 0
        for b in 0...mask { (counts[b], sum) = (sum, sum + counts[b]) }
        for i in 0..<n {
            let b = Int(truncatingIfNeeded: key[i] >> shift) & mask
            nextKey[counts[b]] = key[i]
            nextOrder[counts[b]] = order[i]
            counts[b] += 1
        }
        swap(&key, &nextKey)
        swap(&order, &nextOrder)
    }
    return Array(UnsafeBufferPointer(start: order, count: n))
}
