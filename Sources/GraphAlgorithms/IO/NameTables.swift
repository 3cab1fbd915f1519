import Foundation

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

/// Assigns dense ids, in order of first appearance, to integer names.
///
/// When the values span a range at most a few times the number of occurrences, a direct lookup
/// array indexed by `value − minimum` is used; otherwise an open-addressing hash table.
enum IntegerNameTable {
    /// The dense id of every value, in order, and the value of every id.
    struct Assignment {
        var ids: [Int32]
        var values: [Int64]
    }

    /// Maps `values` to dense ids; `nil` when more than `limit` distinct values occur.
    static func assign(_ values: [Int64], limit: Int) -> Assignment? {
        guard let minimum = values.min(), let maximum = values.max() else {
            return Assignment(ids: [], values: [])
        }
        let (span, overflow) = maximum.subtractingReportingOverflow(minimum)
        if !overflow, span < 4 * Int64(values.count) + 4096 {
            return assignDirect(values, minimum: minimum, span: Int(span), limit: limit)
        }
        return assignHashed(values, limit: limit)
    }

    private static func assignDirect(
        _ values: [Int64], minimum: Int64, span: Int, limit: Int
    ) -> Assignment? {
        var table = [Int32](repeating: -1, count: span + 1)
        var ids = [Int32](repeating: 0, count: values.count)
        var distinct: [Int64] = []
        let exceeded = table.withUnsafeMutableBufferPointer { table in
            ids.withUnsafeMutableBufferPointer { ids in
                values.withUnsafeBufferPointer { values in
                    for i in 0..<values.count {
                        let slot = Int(values[i] &- minimum)
                        var id = table[slot]
                        if id < 0 {
                            guard distinct.count < limit else { return true }
                            id = Int32(distinct.count)
                            table[slot] = id
                            distinct.append(values[i])
                        }
                        ids[i] = id
                    }
                    return false
                }
            }
        }
        return exceeded ? nil : Assignment(ids: ids, values: distinct)
    }

    private static func assignHashed(_ values: [Int64], limit: Int) -> Assignment? {
        var capacity = 1024
        var keys = [Int64](repeating: 0, count: capacity)
        var slots = [Int32](repeating: -1, count: capacity)
        var ids = [Int32](repeating: 0, count: values.count)
        var distinct: [Int64] = []
        for (i, value) in values.enumerated() {
            let mask = capacity - 1
            var slot = Int(truncatingIfNeeded: ByteNameTable.mix(UInt64(bitPattern: value))) & mask
            while slots[slot] >= 0, keys[slot] != value { slot = (slot + 1) & mask }
            if slots[slot] >= 0 {
                ids[i] = slots[slot]
                continue
            }
            guard distinct.count < limit else { return nil }
            let id = Int32(distinct.count)
            slots[slot] = id
            keys[slot] = value
            distinct.append(value)
            ids[i] = id
            if 2 * distinct.count > capacity {
                capacity *= 2
                let mask = capacity - 1
                keys = [Int64](repeating: 0, count: capacity)
                slots = [Int32](repeating: -1, count: capacity)
                for (id, key) in distinct.enumerated() {
                    var s = Int(truncatingIfNeeded: ByteNameTable.mix(UInt64(bitPattern: key))) & mask
                    while slots[s] >= 0 { s = (s + 1) & mask }
                    slots[s] = Int32(id)
                    keys[s] = key
                }
            }
        }
        return Assignment(ids: ids, values: distinct)
    }
}
