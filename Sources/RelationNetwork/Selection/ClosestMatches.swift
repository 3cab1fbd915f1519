/// The candidates closest to `text` by case-insensitive edit distance, best first (ties by name),
/// keeping only those within a third of the longer string's length.
/// - Complexity: O(n · a · b) for n candidates of length b and a query of length a, but a
///   candidate whose length alone rules it out (the distance is at least the length difference)
///   costs O(b).
public func closestMatches(to text: String, in candidates: [String], limit: Int) -> [String] {
    let query = Array(text.lowercased())
    let scored = candidates.compactMap { candidate -> (String, Int)? in
        let target = Array(candidate.lowercased())
        let isPrefix = target.starts(with: query) && !query.isEmpty
        let allowed = max(2, max(query.count, target.count) / 3)
        if !isPrefix, abs(query.count - target.count) > allowed { return nil }
        let distance = isPrefix ? 0 : editDistance(query, target)
        return distance <= allowed || isPrefix ? (candidate, isPrefix ? 0 : distance) : nil
    }
    return scored.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(limit).map(\.0)
}

/// Levenshtein distance. O(a · b) time, O(b) memory.
func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in stride(from: 1, through: b.count, by: 1) {
            let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
            current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}
