#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Bytes with a meaning to the CSV scanner.
enum ASCII {
    static let lineFeed: UInt8 = 10
    static let carriageReturn: UInt8 = 13
    static let quote: UInt8 = 34
    static let space: UInt8 = 32
    static let tab: UInt8 = 9
}

/// One field found by `FieldScanner`: its content and where it ends.
struct ScannedField {
    /// The content: inside the quotes for a quoted field.
    var start: UnsafePointer<UInt8>
    var end: UnsafePointer<UInt8>
    /// Whether the field was quoted.
    var isQuoted: Bool
    /// Whether the content holds doubled quotes (`""`) that stand for one quote each.
    var hasDoubledQuotes: Bool
    /// The terminator after the field: the delimiter, the LF, or the CR of a CR LF.
    var terminator: UnsafePointer<UInt8>
    /// Text followed the closing quote before the terminator (an RFC 4180 violation).
    var hasTextAfterQuote: Bool

    var count: Int { end - start }
}

/// The field-level CSV grammar (RFC 4180), over a region of bytes whose last byte is a LF.
///
/// Rules:
/// - A field is quoted when its first byte is `"`; inside, `""` is a quote, and delimiters, CR
///   and LF are data. Spaces and tabs between the closing quote and the terminator are ignored;
///   any other text there is reported (`hasTextAfterQuote`) and the field runs to the terminator.
/// - A quote inside an unquoted field is an ordinary character (lenient: `5'11"` reads as
///   written).
/// - A record ends at LF or CR LF outside quotes. A lone CR is an ordinary character.
///
/// Because the region ends with a LF, scanning an unquoted field never needs a bounds check; a
/// quoted field is searched for its closing quote only up to `end`. At least `readablePadding`
/// bytes after `end` must be readable (their values do not matter).
struct FieldScanner {
    let delimiter: UInt8

    /// The terminator of the unquoted field starting at `p`: the first delimiter or LF, or the CR
    /// just before that LF.
    ///
    /// Eight bytes at a time: a byte equal to the delimiter or LF becomes a zero byte after an
    /// XOR, and `(v - 0x01..01) & ~v & 0x80..80` marks the lowest zero byte of `v` exactly
    /// (bytes above it may be marked falsely, but only the lowest mark is used). Reads up to 7
    /// bytes past the LF that ends the region: every buffer handed to the scanner has that padding.
    @inline(__always)
    func unquotedEnd(from p: UnsafePointer<UInt8>) -> UnsafePointer<UInt8> {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let delimiters = UInt64(delimiter) &* ones
        let lineFeeds = UInt64(ASCII.lineFeed) &* ones
        var q = p
        while true {
            let word = UnsafeRawPointer(q).loadUnaligned(as: UInt64.self)
            let a = word ^ delimiters
            let b = word ^ lineFeeds
            let found = (((a &- ones) & ~a) | ((b &- ones) & ~b)) & highs
            if found != 0 {
                q += found.trailingZeroBitCount &>> 3
                break
            }
            q += 8
        }
        if q[0] == ASCII.lineFeed && q > p && q[-1] == ASCII.carriageReturn { return q - 1 }
        return q
    }

    /// Bytes readable after the end of any region the scanner and number reader work on.
    static let readablePadding = 8

    /// Scans the field starting at `p`; nil when a quoted field has no closing quote before `end`.
    @inline(__always)
    func field(at p: UnsafePointer<UInt8>, end: UnsafePointer<UInt8>) -> ScannedField? {
        if p[0] != ASCII.quote {
            let terminator = unquotedEnd(from: p)
            return ScannedField(
                start: p, end: terminator, isQuoted: false, hasDoubledQuotes: false,
                terminator: terminator, hasTextAfterQuote: false)
        }
        return quotedField(at: p, end: end)
    }

    /// Scans a quoted field whose opening quote is at `p`.
    func quotedField(at p: UnsafePointer<UInt8>, end: UnsafePointer<UInt8>) -> ScannedField? {
        let contentStart = p + 1
        var q = contentStart
        var doubled = false
        while true {
            guard q < end, let found = memchr(q, Int32(ASCII.quote), end - q) else { return nil }
            // The region ends with a LF, so a quote is never its last byte: found + 1 is readable.
            let closing = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self))
            if closing[1] == ASCII.quote {
                doubled = true
                q = closing + 2
                continue
            }
            var t = closing + 1
            while (t[0] == ASCII.space || t[0] == ASCII.tab) && t[0] != delimiter { t += 1 }
            let c = t[0]
            let clean = c == delimiter || c == ASCII.lineFeed || (c == ASCII.carriageReturn && t[1] == ASCII.lineFeed)
            return ScannedField(
                start: contentStart, end: closing, isQuoted: true, hasDoubledQuotes: doubled,
                terminator: clean ? t : unquotedEnd(from: t), hasTextAfterQuote: !clean)
        }
    }

    /// The position after the record terminator at `terminator` (a LF, or the CR of CR LF).
    @inline(__always)
    static func afterRecordEnd(_ terminator: UnsafePointer<UInt8>) -> UnsafePointer<UInt8> {
        terminator + (terminator[0] == ASCII.lineFeed ? 1 : 2)
    }

    /// The outcome of scanning a whole record.
    enum RecordScan {
        /// A blank line; the next record starts at `next`.
        case blank(next: UnsafePointer<UInt8>)
        /// A record whose fields were appended to the caller's array.
        case record(next: UnsafePointer<UInt8>)
        /// Field `fieldIndex` (0-based) opens a quote that is not closed before `end`.
        case unterminated(fieldIndex: Int)
    }

    /// Scans the record starting at `p`, appending its fields to `fields`.
    func record(at p: UnsafePointer<UInt8>, end: UnsafePointer<UInt8>, into fields: inout [ScannedField]) -> RecordScan {
        fields.removeAll(keepingCapacity: true)
        if p[0] == ASCII.lineFeed { return .blank(next: p + 1) }
        if p[0] == ASCII.carriageReturn && p[1] == ASCII.lineFeed { return .blank(next: p + 2) }
        var q = p
        while true {
            guard let scanned = field(at: q, end: end) else { return .unterminated(fieldIndex: fields.count) }
            fields.append(scanned)
            let t = scanned.terminator
            if t[0] == delimiter {
                q = t + 1
            } else {
                return .record(next: Self.afterRecordEnd(t))
            }
        }
    }

    /// The content of `field` with doubled quotes collapsed, passed to `body`.
    @inline(__always)
    static func withContent<R>(
        of field: ScannedField, scratch: inout [UInt8], _ body: (UnsafePointer<UInt8>, Int) -> R
    ) -> R {
        guard field.hasDoubledQuotes else { return body(field.start, field.count) }
        scratch.removeAll(keepingCapacity: true)
        var p = field.start
        while p < field.end {
            scratch.append(p[0])
            p += p[0] == ASCII.quote ? 2 : 1
        }
        return scratch.withUnsafeBufferPointer { body($0.baseAddress ?? field.start, $0.count) }
    }

    /// The last LF in [start, end), or nil.
    static func lastLineFeed(in start: UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>) -> UnsafePointer<UInt8>? {
        var p = end
        while p > start {
            p -= 1
            if p[0] == ASCII.lineFeed { return p }
        }
        return nil
    }

    /// The number of LF bytes in [start, end).
    static func countLineFeeds(_ start: UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>) -> Int {
        var count = 0
        var p = UnsafeRawPointer(start)
        let stop = UnsafeRawPointer(end)
        while p < stop, let found = memchr(p, Int32(ASCII.lineFeed), stop - p) {
            count += 1
            p = UnsafeRawPointer(found) + 1
        }
        return count
    }
}

/// Text of a field for a diagnostic: invalid UTF-8 becomes replacement characters, and a long
/// field is cut (the message shortens it further).
func displayText(_ start: UnsafePointer<UInt8>, _ count: Int) -> String {
    String(decoding: UnsafeBufferPointer(start: start, count: min(count, 200)), as: UTF8.self)
}

/// The string of valid UTF-8 bytes, or nil. ASCII (checked eight bytes at a time) takes a fast,
/// non-generic path; other text is validated by the standard library.
@inline(__always)
func validatedString(_ start: UnsafePointer<UInt8>, _ count: Int) -> String? {
    let bytes = UnsafeBufferPointer(start: start, count: count)
    if isASCII(start, count) { return String(decoding: bytes, as: UTF8.self) }
    return String(validating: bytes, as: UTF8.self)
}

/// Whether every byte is below 0x80.
@inline(__always)
func isASCII(_ start: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    var high: UInt64 = 0
    var i = 0
    let raw = UnsafeRawPointer(start)
    while i + 8 <= count {
        high |= raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
        i += 8
    }
    while i < count {
        high |= UInt64(start[i])
        i += 1
    }
    return high & 0x8080_8080_8080_8080 == 0
}
