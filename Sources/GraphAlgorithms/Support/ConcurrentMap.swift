/// `(0..<count).map(transform)`, computed concurrently on the available cores.
///
/// Each index writes only its own slot, so the result is the same whatever the core count or the
/// scheduling: deterministic whenever `transform` is.
/// - Complexity: `count` calls of `transform`, spread over the processors.
public func concurrentMap<T>(_ count: Int, _ transform: (Int) -> T) -> [T] {
    guard count > 0 else { return [] }
    var results = [T?](repeating: nil, count: count)
    results.withUnsafeMutableBufferPointer { slots in
        guard let base = slots.baseAddress else { return }
        Parallel.forEach(count) { index in (base + index).pointee = transform(index) }
    }
    return results.compactMap { $0 }
}
