import Tabular

/// Finds rows that repeat an earlier row, over a set of columns.
///
/// Each row gets a 64-bit hash of its values (numbers by bit pattern with `-0` read as `0` and
/// every NaN alike; categorical codes; text by its UTF-8 bytes, every missing token alike). Rows go
/// into an open-addressing table keyed by that hash; a row whose hash is already there is compared
/// value by value with the earlier row, so a hash collision never makes a false duplicate.
/// Missing values are equal to each other (as pandas' `duplicated` treats NaN).
///
/// - Complexity: O(rows × columns) expected time; O(rows) memory.
struct DuplicateFinder {
    let columns: [Column]
    let missingTokens: Set<String>
    /// Rows to leave out (missing ids), or nil.
    let excluded: [Bool]?

    /// The first occurrence of every repeated row: pairs `(row, firstRow)` of 0-based indices, in
    /// row order, and the total count of repeats.
    func find(rowCount: Int, limit: Int) -> (count: Int, pairs: [(row: Int, first: Int)]) {
        guard rowCount > 1 else { return (0, []) }
        precondition(rowCount < Int(Int32.max), "too many rows for the duplicate table")
        let hashes = rowHashes(rowCount: rowCount)
        var capacity = 16
        while capacity < 2 * rowCount { capacity <<= 1 }
        let mask = capacity - 1
        var slots = [Int32](repeating: -1, count: capacity)
        var count = 0
        var pairs: [(row: Int, first: Int)] = []
        slots.withUnsafeMutableBufferPointer { slots in
            hashes.withUnsafeBufferPointer { hashes in
                for row in 0..<rowCount {
                    if let excluded, excluded[row] { continue }
                    let hash = hashes[row]
                    var slot = Int(truncatingIfNeeded: hash) & mask
                    while true {
                        let earlier = Int(slots[slot])
                        if earlier < 0 {
                            slots[slot] = Int32(row)
                            break
                        }
                        if hashes[earlier] == hash && rowsAreEqual(earlier, row) {
                            count += 1
                            if pairs.count < limit { pairs.append((row, earlier)) }
                            break
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
        return (count, pairs)
    }

    /// One hash per row over every column, mixed column by column.
    private func rowHashes(rowCount: Int) -> [UInt64] {
        var hashes = [UInt64](repeating: 0x243F_6A88_85A3_08D3, count: rowCount)
        hashes.withUnsafeMutableBufferPointer { hashes in
            for column in columns {
                switch column {
                case .numeric(let numeric):
                    numeric.values.withUnsafeBufferPointer { values in
                        for row in 0..<rowCount { hashes[row] = Self.combine(hashes[row], Self.bits(values[row])) }
                    }
                case .categorical(let categorical):
                    categorical.codes.withUnsafeBufferPointer { codes in
                        for row in 0..<rowCount {
                            hashes[row] = Self.combine(hashes[row], UInt64(bitPattern: Int64(codes[row])))
                        }
                    }
                case .text(let text):
                    for row in 0..<rowCount {
                        let value = text.values[row]
                        let word = missingTokens.contains(value) ? 0x9E37_79B9 : Self.textHash(value)
                        hashes[row] = Self.combine(hashes[row], word)
                    }
                }
            }
            for row in 0..<rowCount { hashes[row] = Self.finalize(hashes[row]) }
        }
        return hashes
    }

    private func rowsAreEqual(_ a: Int, _ b: Int) -> Bool {
        for column in columns {
            switch column {
            case .numeric(let numeric):
                if Self.bits(numeric.values[a]) != Self.bits(numeric.values[b]) { return false }
            case .categorical(let categorical):
                if categorical.codes[a] != categorical.codes[b] { return false }
            case .text(let text):
                let (x, y) = (text.values[a], text.values[b])
                if x == y { continue }
                if !(missingTokens.contains(x) && missingTokens.contains(y)) { return false }
            }
        }
        return true
    }

    /// The bits that identify a number: every NaN alike, `-0` as `0`.
    @inline(__always)
    static func bits(_ x: Double) -> UInt64 {
        x.isNaN ? 0x7FF8_0000_0000_0000 : (x + 0).bitPattern
    }

    @inline(__always)
    private static func combine(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        (((hash << 5) | (hash >> 59)) ^ word) &* 0x9E37_79B9_7F4A_7C15
    }

    /// MurmurHash3's 64-bit finaliser (Appleby 2011): spreads every input bit over the word.
    @inline(__always)
    private static func finalize(_ x: UInt64) -> UInt64 {
        var h = x
        h ^= h >> 33
        h = h &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        h = h &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        return h
    }

    /// FNV-1a over the UTF-8 bytes (deterministic across runs, unlike `Hasher`).
    private static func textHash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return hash
    }
}
