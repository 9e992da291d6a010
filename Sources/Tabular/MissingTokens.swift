/// The missing-value tokens of `CSVOptions`, as bytes, with a quick test by length.
struct MissingTokens: Sendable {
    private let tokens: [[UInt8]]
    /// Bit n is set when some token is n bytes long (n < 63); bit 63 stands for longer tokens.
    private let lengthMask: UInt64
    /// Whether the empty field is a token.
    let includesEmpty: Bool

    init(_ tokens: Set<String>) {
        self.tokens = tokens.map { Array($0.utf8) }.sorted { $0.lexicographicallyPrecedes($1) }
        self.lengthMask = self.tokens.reduce(0) { $0 | (1 << UInt64(min($1.count, 63))) }
        self.includesEmpty = tokens.contains("")
    }

    /// Whether the `count` bytes at `start` are exactly a token.
    @inline(__always)
    func matches(_ start: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        guard lengthMask & (1 << UInt64(min(count, 63))) != 0 else { return false }
        return matchesSlowly(start, count)
    }

    private func matchesSlowly(_ start: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        for token in tokens where token.count == count {
            if token.withUnsafeBufferPointer({ count == 0 || memcmp($0.baseAddress!, start, count) == 0 }) {
                return true
            }
        }
        return false
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
