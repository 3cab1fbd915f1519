/// Stable least-significant-digit radix sort of 64-bit keys with a payload.
enum RadixSort {
    private static let digitBits = 11

    /// Sorts `keys` (and `payload` alongside) stably by the key bits in `bitRanges`, least
    /// significant range first; all other bits are ignored.
    static func sort(_ keys: inout [UInt64], carrying payload: inout [Double], bitRanges: [Range<Int>]) {
        var digits: [Range<Int>] = []
        for range in bitRanges {
            for start in stride(from: range.lowerBound, to: range.upperBound, by: digitBits) {
                digits.append(start..<min(start + digitBits, range.upperBound))
            }
        }
        let count = keys.count
        guard count > 1 else { return }
        // All histograms in one read pass.
        let buckets = 1 << digitBits
        let shifts = digits.map { UInt64($0.lowerBound) }
        let masks = digits.map { UInt64((1 << $0.count) - 1) }
        var histograms = [Int](repeating: 0, count: digits.count * buckets)
        keys.withUnsafeBufferPointer { keys in
            histograms.withUnsafeMutableBufferPointer { histograms in
                shifts.withUnsafeBufferPointer { shifts in
                    masks.withUnsafeBufferPointer { masks in
                        for key in keys {
                            for d in 0..<shifts.count {
                                let bucket = Int(truncatingIfNeeded: (key >> shifts[d]) & masks[d])
                                histograms[d &* buckets &+ bucket] &+= 1
                            }
                        }
                    }
                }
            }
        }
        var spareKeys = [UInt64](repeating: 0, count: count)
        var sparePayload = [Double](repeating: 0, count: count)
        for (d, digit) in digits.enumerated() {
            var starts = [Int](repeating: 0, count: buckets)
            var total = 0
            var skip = false
            for bucket in 0..<buckets {
                let size = histograms[d * buckets + bucket]
                if size == count { skip = true }
                starts[bucket] = total
                total += size
            }
            if skip { continue }  // every key has the same digit
            let shift = UInt64(digit.lowerBound)
            let mask = (1 << digit.count) - 1
            keys.withUnsafeBufferPointer { source in
                payload.withUnsafeBufferPointer { sourcePayload in
                    spareKeys.withUnsafeMutableBufferPointer { target in
                        sparePayload.withUnsafeMutableBufferPointer { targetPayload in
                            starts.withUnsafeMutableBufferPointer { starts in
                                for i in 0..<count {
                                    let key = source[i]
                                    let bucket = Int(truncatingIfNeeded: key >> shift) & mask
                                    let position = starts[bucket]
                                    target[position] = key
                                    targetPayload[position] = sourcePayload[i]
                                    starts[bucket] = position + 1
                                }
                            }
                        }
                    }
                }
            }
            swap(&keys, &spareKeys)
            swap(&payload, &sparePayload)
        }
    }
}
