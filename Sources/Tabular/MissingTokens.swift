/// The missing-value tokens of `CSVOptions`, as bytes, with a quick test by length.
struct MissingTokens: Sendable {
    /// Tokens of at most eight bytes, packed little-endian into a word, with their lengths.
    private let shortTokens: [(count: Int, word: UInt64)]
    /// Longer tokens.
    private let longTokens: [[UInt8]]
    /// Bit n is set when some token is n bytes long (n < 63); bit 63 stands for longer tokens.
    private let lengthMask: UInt64
    /// Whether the empty field is a token.
    let includesEmpty: Bool

    init(_ tokens: Set<String>) {
        let sorted = tokens.map { Array($0.utf8) }.sorted { $0.lexicographicallyPrecedes($1) }
        self.shortTokens = sorted.filter { $0.count <= 8 }.map { ($0.count, Self.packed($0)) }
        self.longTokens = sorted.filter { $0.count > 8 }
        self.lengthMask = sorted.reduce(0) { $0 | (1 << UInt64(min($1.count, 63))) }
        self.includesEmpty = tokens.contains("")
    }

    /// The tokens that are decimal numbers, as numbers: a numeric column compares its values with
    /// them numerically (`-999` matches `-999.0`).
    static func numericValues(of tokens: Set<String>) -> [Double] {
        tokens.compactMap { token -> Double? in
            if case .number(let value) = parseNumber(token) { return value }
            return nil
        }.sorted()
    }

    /// Whether the `count` bytes at `start` are exactly a token.
    @inline(__always)
    func matches(_ start: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        guard lengthMask & (1 << UInt64(min(count, 63))) != 0 else { return false }
        return matchesSlowly(start, count)
    }

    private func matchesSlowly(_ start: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        if count <= 8 {
            let word = Self.packed(UnsafeBufferPointer(start: start, count: count))
            return shortTokens.contains { $0.count == count && $0.word == word }
        }
        for token in longTokens where token.count == count {
            if token.withUnsafeBufferPointer({ equalBytes($0.baseAddress!, start, count) }) { return true }
        }
        return false
    }

    /// Up to eight bytes as one word, the first byte lowest.
    private static func packed(_ bytes: some Collection<UInt8>) -> UInt64 {
        var word: UInt64 = 0
        for (index, byte) in bytes.enumerated() { word |= UInt64(byte) << (8 * UInt64(index)) }
        return word
    }
}
