#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of an input file: memory-mapped when it is a regular file, read into memory otherwise
/// (pipes, devices).
///
/// A parser that has finished with a stretch of a mapped file gives its pages back with
/// ``release(_:)``, so reading a file of any size keeps only a window of it resident; a released
/// page is read from the file again if touched later (as an error message may). A file changed by
/// another process while it is being read can make the process fail, as with any mapped read.
final class InputBytes: @unchecked Sendable {
    /// The file's bytes, valid while this object lives.
    let buffer: UnsafeBufferPointer<UInt8>
    /// Whether `buffer` is a file mapping (else an allocation of this object's).
    private let isMapped: Bool

    /// Opens and maps (or reads) the file at `path`.
    /// - Throws: ``EdgeListError`` with ``EdgeListError/Problem/unreadable(reason:)``.
    init(contentsOfFile path: String) throws(EdgeListError) {
        func unreadable(_ reason: String) -> EdgeListError {
            EdgeListError(path: path, line: nil, problem: .unreadable(reason: reason))
        }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw unreadable(String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw unreadable(String(cString: strerror(errno))) }
        if status.st_mode & S_IFMT == S_IFDIR { throw unreadable("it is a directory") }
        let size = Int(status.st_size)
        if status.st_mode & S_IFMT == S_IFREG, size > 0,
            let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED
        {
            madvise(address, size, MADV_SEQUENTIAL)
            buffer = UnsafeBufferPointer(start: address.assumingMemoryBound(to: UInt8.self), count: size)
            isMapped = true
            return
        }
        var bytes: [UInt8] = []
        var block = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = block.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw unreadable(String(cString: strerror(errno)))
            }
            bytes.append(contentsOf: block[0..<count])
        }
        let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
        _ = copy.initialize(from: bytes)
        buffer = UnsafeBufferPointer(copy)
        isMapped = false
    }

    /// Gives back the resident pages lying wholly inside `range` of a mapped file (no effect on
    /// read input). O(pages).
    func release(_ range: Range<Int>) {
        guard isMapped, let base = buffer.baseAddress else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let start = (range.lowerBound + page - 1) / page * page
        let end = range.upperBound / page * page
        guard end > start else { return }
        madvise(UnsafeMutableRawPointer(mutating: base + start), end - start, MADV_DONTNEED)
    }

    deinit {
        guard let base = buffer.baseAddress else { return }
        if isMapped {
            munmap(UnsafeMutableRawPointer(mutating: base), buffer.count)
        } else {
            base.deallocate()
        }
    }
}
