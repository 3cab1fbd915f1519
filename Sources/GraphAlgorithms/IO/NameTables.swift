#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Assigns dense ids, in order of first appearance, to byte-string names: an open-addressing hash
/// table (linear probing, power-of-two capacity, load ≤ 1/2) whose keys live in one byte arena.
///
/// Each slot holds the key's position and length in the arena and 32 bits of its hash, so a probe
/// touches one slot and, only when tag and length match, the stored bytes.
struct ByteNameTable {
    private struct Slot {
        var start = 0
        var length = 0
        var tag: UInt32 = 0
        /// -1 when empty.
        var id: Int32 = -1
    }

    private var slots = [Slot](repeating: Slot(), count: 1024)
    /// `arena[keyStarts[id]..<keyStarts[id + 1]]` is the name of `id`.
    private var keyStarts: [Int] = [0]
    private var arena: [UInt8] = []

    /// Number of distinct names.
    var count: Int { keyStarts.count - 1 }

    /// The id of `key`, inserting it when new.
    mutating func id(for key: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = Self.hash(key)
        let tag = UInt32(truncatingIfNeeded: hash >> 32)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        let found: Int32? = slots.withUnsafeBufferPointer { slots in
            arena.withUnsafeBufferPointer { arena in
                while true {
                    let entry = slots[slot]
                    if entry.id < 0 { return nil }
                    if entry.tag == tag, entry.length == key.count,
                        Self.equal(arena, entry.start, key)
                    {
                        return entry.id
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
        if let found { return found }
        let id = Int32(count)
        slots[slot] = Slot(start: arena.count, length: key.count, tag: tag, id: id)
        arena.append(contentsOf: key)
        keyStarts.append(arena.count)
        if 2 * count > slots.count { grow() }
        return id
    }

    /// The names, indexed by id.
    func names() -> [String] {
        arena.withUnsafeBufferPointer { arena in
            (0..<count).map { id in
                String(decoding: UnsafeBufferPointer(rebasing: arena[keyStarts[id]..<keyStarts[id + 1]]),
                       as: UTF8.self)
            }
        }
    }

    /// Doubles the capacity, rehashing the keys in id order (the arena is read sequentially).
    private mutating func grow() {
        var larger = [Slot](repeating: Slot(), count: 2 * slots.count)
        let mask = larger.count - 1
        arena.withUnsafeBufferPointer { arena in
            for id in 0..<count {
                let start = keyStarts[id]
                let key = UnsafeBufferPointer(rebasing: arena[start..<keyStarts[id + 1]])
                let hash = Self.hash(key)
                var slot = Int(truncatingIfNeeded: hash) & mask
                while larger[slot].id >= 0 { slot = (slot + 1) & mask }
                larger[slot] = Slot(
                    start: start, length: key.count, tag: UInt32(truncatingIfNeeded: hash >> 32),
                    id: Int32(id))
            }
        }
        slots = larger
    }

    /// Whether the `key.count` arena bytes from `start` equal `key`.
    private static func equal(
        _ arena: UnsafeBufferPointer<UInt8>, _ start: Int, _ key: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        guard let stored = arena.baseAddress, let probe = key.baseAddress, !key.isEmpty else {
            return true
        }
        return memcmp(stored + start, probe, key.count) == 0
    }

    /// A 64-bit hash reading eight bytes at a time, finished with the MurmurHash3 64-bit mixer.
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let raw = UnsafeRawBufferPointer(key)
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(key.count)
        var i = 0
        while i + 8 <= key.count {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 31
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < key.count {
            tail |= UInt64(key[i]) << shift
            shift += 8
            i += 1
        }
        return mix(h ^ tail)
    }

    /// The MurmurHash3 `fmix64` finaliser.
    static func mix(_ value: UInt64) -> UInt64 {
        var h = value
        h ^= h >> 33
        h &*= 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        h &*= 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        return h
    }
}

/// Renumbers raw integer names, in place, as dense ids in order of first appearance.
///
/// When the largest value is below the number of endpoints (or 65,536), a direct lookup array
/// indexed by value is used, no larger than the endpoint array itself; otherwise an
/// open-addressing hash table.
enum IntegerRenumbering {
    /// Replaces every value in the batches' `ids` by its dense id. O(endpoints + largest value)
    /// with the direct array, O(endpoints) expected with the hash table.
    /// - Returns: the value of every id, or `nil` when more than `limit` distinct values occur.
    static func renumber(_ batches: inout [EdgeBatch], limit: Int) -> [Int32]? {
        var largest: Int32 = -1
        var endpoints = 0
        for batch in batches {
            endpoints += batch.ids.count
            if let top = batch.ids.max() { largest = max(largest, top) }
        }
        if Int(largest) < max(endpoints, 1 << 16) {
            return renumberDirect(&batches, largest: Int(largest), limit: limit)
        }
        return renumberHashed(&batches, limit: limit)
    }

    private static func renumberDirect(_ batches: inout [EdgeBatch], largest: Int, limit: Int) -> [Int32]? {
        var table = [Int32](repeating: -1, count: largest + 1)
        var distinct: [Int32] = []
        for b in batches.indices {
            let exceeded = table.withUnsafeMutableBufferPointer { table in
                batches[b].ids.withUnsafeMutableBufferPointer { ids in
                    for i in 0..<ids.count {
                        let value = ids[i]
                        var id = table[Int(value)]
                        if id < 0 {
                            guard distinct.count < limit else { return true }
                            id = Int32(distinct.count)
                            table[Int(value)] = id
                            distinct.append(value)
                        }
                        ids[i] = id
                    }
                    return false
                }
            }
            if exceeded { return nil }
        }
        return distinct
    }

    private static func renumberHashed(_ batches: inout [EdgeBatch], limit: Int) -> [Int32]? {
        var capacity = 1024
        var keys = [Int32](repeating: 0, count: capacity)
        var slots = [Int32](repeating: -1, count: capacity)
        var distinct: [Int32] = []
        func slot(of value: Int32, mask: Int) -> Int {
            Int(truncatingIfNeeded: ByteNameTable.mix(UInt64(UInt32(bitPattern: value)))) & mask
        }
        for b in batches.indices {
            for i in batches[b].ids.indices {
                let value = batches[b].ids[i]
                let mask = capacity - 1
                var s = slot(of: value, mask: mask)
                while slots[s] >= 0, keys[s] != value { s = (s + 1) & mask }
                if slots[s] >= 0 {
                    batches[b].ids[i] = slots[s]
                    continue
                }
                guard distinct.count < limit else { return nil }
                let id = Int32(distinct.count)
                slots[s] = id
                keys[s] = value
                distinct.append(value)
                batches[b].ids[i] = id
                if 2 * distinct.count > capacity {
                    capacity *= 2
                    let mask = capacity - 1
                    keys = [Int32](repeating: 0, count: capacity)
                    slots = [Int32](repeating: -1, count: capacity)
                    for (id, key) in distinct.enumerated() {
                        var s = slot(of: key, mask: mask)
                        while slots[s] >= 0 { s = (s + 1) & mask }
                        slots[s] = Int32(id)
                        keys[s] = key
                    }
                }
            }
        }
        return distinct
    }
}
