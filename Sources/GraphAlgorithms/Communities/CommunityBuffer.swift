/// A fixed-size, manually managed buffer for the hot loops (no bounds checks, no copy-on-write).
final class CommunityBuffer<Element> {
    let pointer: UnsafeMutablePointer<Element>
    let count: Int

    init(repeating value: Element, count: Int) {
        self.count = count
        pointer = UnsafeMutablePointer<Element>.allocate(capacity: Swift.max(count, 1))
        pointer.initialize(repeating: value, count: count)
    }

    /// A buffer of plain values whose every element the caller writes before reading it.
    init(uninitializedCount count: Int) where Element: BitwiseCopyable {
        self.count = count
        pointer = UnsafeMutablePointer<Element>.allocate(capacity: Swift.max(count, 1))
    }

    init(_ array: [Element]) {
        count = array.count
        pointer = UnsafeMutablePointer<Element>.allocate(capacity: Swift.max(count, 1))
        array.withUnsafeBufferPointer { source in
            if let base = source.baseAddress { pointer.initialize(from: base, count: count) }
        }
    }

    deinit {
        pointer.deinitialize(count: count)
        pointer.deallocate()
    }

    var array: [Element] { Array(UnsafeBufferPointer(start: pointer, count: count)) }
}

/// The first `count` elements of `buffer` (itself when nothing is cut).
func shrunk<T>(_ buffer: CommunityBuffer<T>, to count: Int) -> CommunityBuffer<T> {
    guard count < buffer.count else { return buffer }
    return CommunityBuffer(Array(UnsafeBufferPointer(start: buffer.pointer, count: count)))
}
