#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The levels of a categorical column, looked up by the bytes of a field without building a
/// `String` (one is built only for a new level).
///
/// Open addressing with linear probing over a power-of-two table of codes. Levels are numbered in
/// order of first appearance. `removeLast()` undoes the most recent insertion (a bad row's new
/// level); with linear probing the most recent entry never lies on another entry's probe path,
/// so clearing its slot is enough.
///
/// A dictionary belongs to one parser, used by one thread at a time, so its storage skips Swift's
/// dynamic exclusivity checks (measured: they took over a quarter of the time of reading
/// categorical columns).
final class LevelDictionary {
    /// The levels, in order of first appearance.
    @exclusivity(unchecked) private(set) var levels: [String] = []
    /// The bytes of every level, back to back; level i is bytes[offsets[i] ..< offsets[i + 1]].
    @exclusivity(unchecked) private var bytes: [UInt8] = []
    @exclusivity(unchecked) private var offsets: [Int] = [0]
    @exclusivity(unchecked) private var hashes: [UInt64] = []
    /// Code + 1 per slot; 0 marks an empty slot.
    @exclusivity(unchecked) private var table: [Int32] = Array(repeating: 0, count: 64)
    @exclusivity(unchecked) private var mask = 63

    var count: Int { levels.count }

    /// The code of the level spelled by the `count` bytes at `start`, if present.
    @inline(__always)
    func code(of start: UnsafePointer<UInt8>, _ count: Int) -> Int32? {
        let hash = Self.hash(start, count)
        return lookup(start, count, hash: hash).code
    }

    /// The code of the level spelled by the bytes, adding it (with `string` as its spelling) when new.
    /// Returns the code and whether it was added.
    func insert(_ start: UnsafePointer<UInt8>, _ count: Int, string: String) -> (code: Int32, added: Bool) {
        let hash = Self.hash(start, count)
        let found = lookup(start, count, hash: hash)
        if let code = found.code { return (code, false) }
        let code = Int32(levels.count)
        levels.append(string)
        bytes.append(contentsOf: UnsafeBufferPointer(start: start, count: count))
        offsets.append(bytes.count)
        hashes.append(hash)
        table[found.slot] = code + 1
        if levels.count * 2 > table.count { grow() }
        return (code, true)
    }

    /// Removes the most recently added level.
    func removeLast() {
        precondition(!levels.isEmpty, "no level to remove")
        let code = Int32(levels.count - 1)
        var slot = Int(truncatingIfNeeded: hashes[Int(code)]) & mask
        while table[slot] != code + 1 { slot = (slot + 1) & mask }
        table[slot] = 0
        levels.removeLast()
        hashes.removeLast()
        offsets.removeLast()
        bytes.removeLast(bytes.count - offsets[offsets.count - 1])
    }

    @inline(__always)
    private func lookup(_ start: UnsafePointer<UInt8>, _ count: Int, hash: UInt64) -> (code: Int32?, slot: Int) {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = table[slot]
            if entry == 0 { return (nil, slot) }
            let code = Int(entry - 1)
            if hashes[code] == hash && equals(code, start, count) { return (Int32(code), slot) }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    private func equals(_ code: Int, _ start: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        let from = offsets[code]
        guard offsets[code + 1] - from == count else { return false }
        return bytes.withUnsafeBufferPointer { equalBytes($0.baseAddress! + from, start, count) }
    }

    private func grow() {
        table = Array(repeating: 0, count: table.count * 2)
        mask = table.count - 1
        for code in 0..<levels.count {
            var slot = Int(truncatingIfNeeded: hashes[code]) & mask
            while table[slot] != 0 { slot = (slot + 1) & mask }
            table[slot] = Int32(code + 1)
        }
    }

    /// A 64-bit hash of the bytes: 8-byte words mixed by multiplication (wyhash-style folding).
    @inline(__always)
    static func hash(_ start: UnsafePointer<UInt8>, _ count: Int) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(count)
        var p = UnsafeRawPointer(start)
        var remaining = count
        while remaining >= 8 {
            h = (h ^ p.loadUnaligned(as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 29
            p += 8
            remaining -= 8
        }
        if remaining > 0 {
            var tail: UInt64 = 0
            for i in 0..<remaining { tail |= UInt64(p.load(fromByteOffset: i, as: UInt8.self)) << (8 * UInt64(i)) }
            h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
        }
        h ^= h >> 31
        h = h &* 0xBF58_476D_1CE4_E5B9
        return h ^ (h >> 32)
    }
}

/// Whether the `count` bytes at `a` and `b` are equal: eight bytes at a time, then byte by byte
/// (short strings are the common case; a call to `memcmp` costs more than comparing them).
@inline(__always)
func equalBytes(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    var i = 0
    let x = UnsafeRawPointer(a)
    let y = UnsafeRawPointer(b)
    while i + 8 <= count {
        if x.loadUnaligned(fromByteOffset: i, as: UInt64.self) != y.loadUnaligned(fromByteOffset: i, as: UInt64.self) {
            return false
        }
        i += 8
    }
    while i < count {
        if a[i] != b[i] { return false }
        i += 1
    }
    return true
}
