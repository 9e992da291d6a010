#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The outcome of reading a field as a number.
public enum NumberParseResult: Sendable, Hashable {
    /// A finite number (or a zero after underflow), rounded exactly as `strtod` rounds it.
    case number(Double)
    /// The text is not a decimal number.
    case notANumber
    /// The text is a decimal number too large in magnitude for a `Double`.
    case outOfRange
}

/// Reads `text` as a decimal number, the way every Credo reader reads numeric fields.
///
/// Grammar, after removing surrounding ASCII spaces and tabs:
/// ```
/// number   = [ "+" | "-" ] ( digits [ "." [ digits ] ] | "." digits ) [ exponent ]
/// exponent = ( "e" | "E" ) [ "+" | "-" ] digits
/// ```
/// So `1`, `-2.5`, `+3`, `.5`, `5.`, `1e5`, `1E-5` and `1.5e+300` are numbers, with any number of
/// significant digits; hexadecimal (`0x1p3`), `inf`, `nan`, thousands separators (`1,000`,
/// `1 000`), and anything else are not. The value is correctly rounded (bit-identical to glibc
/// `strtod`); a magnitude beyond the largest double is `outOfRange`, and a tiny one becomes a
/// subnormal or zero, as with `strtod`. This function knows nothing of missing tokens.
///
/// Method: Clinger's fast path — when the significant digits form an integer m <= 2^53 and the
/// decimal exponent k satisfies |k| <= 22, m and 10^|k| are exact doubles and one IEEE
/// multiplication or division gives the correctly rounded result. Every other number goes to
/// `strtod` on a NUL-terminated copy of just that field (C locale).
///
/// Reference: W. D. Clinger (1990), "How to read floating point numbers accurately", PLDI.
public func parseNumber(_ text: some StringProtocol) -> NumberParseResult {
    var copy = String(text)
    return copy.withUTF8 { bytes in
        guard let base = bytes.baseAddress else { return .notANumber }
        let (start, end) = DecimalNumber.trimmed(base, base + bytes.count)
        return DecimalNumber.parse(start, count: end - start)
    }
}

/// The byte-level number reader shared by the CSV readers.
enum DecimalNumber {
    /// 10^0 ... 10^22, every one exact in binary64.
    static let exactPowersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// How a scan ended.
    enum Status: UInt8 {
        /// `value` is the correctly rounded number.
        case exact
        /// The syntax is a number, but the fast path does not apply: call `slowValue`.
        case needsSlowPath
        /// The bytes from the start to `end` are not a number.
        case invalid
    }

    /// The result of scanning the longest number-shaped prefix.
    struct Scan {
        var end: UnsafePointer<UInt8>
        var value: Double
        var status: Status
    }

    /// Scans a number at `start`. The bytes must be followed by a byte that cannot continue a
    /// number (a delimiter, LF, NUL ...) before the readable memory ends; the caller then checks
    /// that the scan stopped where the field ends.
    @inline(__always)
    static func scan(_ start: UnsafePointer<UInt8>, powers: UnsafePointer<Double>) -> Scan {
        var p = start
        let first = p[0]
        let negative = first == UInt8(ascii: "-")
        if negative || first == UInt8(ascii: "+") { p += 1 }
        let digitsStart = p
        var mantissa: UInt64 = 0
        var digit = p[0] &- UInt8(ascii: "0")
        while digit < 10 {
            mantissa = mantissa &* 10 &+ UInt64(digit)
            p += 1
            digit = p[0] &- UInt8(ascii: "0")
        }
        var digitCount = p - digitsStart
        var fractionDigits = 0
        if p[0] == UInt8(ascii: ".") {
            p += 1
            let fractionStart = p
            digit = p[0] &- UInt8(ascii: "0")
            while digit < 10 {
                mantissa = mantissa &* 10 &+ UInt64(digit)
                p += 1
                digit = p[0] &- UInt8(ascii: "0")
            }
            fractionDigits = p - fractionStart
            digitCount += fractionDigits
        }
        if digitCount == 0 { return Scan(end: p, value: 0, status: .invalid) }
        var exponent = 0
        if p[0] | 0x20 == UInt8(ascii: "e") {
            var q = p + 1
            let negativeExponent = q[0] == UInt8(ascii: "-")
            if negativeExponent || q[0] == UInt8(ascii: "+") { q += 1 }
            digit = q[0] &- UInt8(ascii: "0")
            if digit >= 10 { return Scan(end: q, value: 0, status: .invalid) }
            while digit < 10 {
                exponent = min(exponent &* 10 &+ Int(digit), 1_000_000_000)
                q += 1
                digit = q[0] &- UInt8(ascii: "0")
            }
            if negativeExponent { exponent = -exponent }
            p = q
        }
        let decimalExponent = exponent - fractionDigits
        if digitCount <= 19 && mantissa <= 1 << 53 && decimalExponent >= -22 && decimalExponent <= 22 {
            let m = Double(mantissa)
            let magnitude = decimalExponent < 0 ? m / powers[-decimalExponent] : m * powers[decimalExponent]
            return Scan(end: p, value: negative ? -magnitude : magnitude, status: .exact)
        }
        if mantissa == 0 && digitCount <= 19 {
            return Scan(end: p, value: negative ? -0.0 : 0.0, status: .exact)
        }
        return Scan(end: p, value: 0, status: .needsSlowPath)
    }

    /// The correctly rounded value of the number spelled by [start, end), by `strtod` on a
    /// NUL-terminated copy (strtod skips leading whitespace, newlines included, and must never see
    /// bytes beyond the field).
    static func slowValue(_ start: UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>) -> Double {
        let count = end - start
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: count + 1) { buffer in
            let base = buffer.baseAddress!
            UnsafeMutableRawPointer(base).copyMemory(from: start, byteCount: count)
            base[count] = 0
            let previous = uselocale(CNumericLocale.shared.handle)
            defer { uselocale(previous) }
            return strtod(base, nil)
        }
    }

    /// Reads [start, start + count) entirely as a number (the bytes need no terminator).
    static func parse(_ start: UnsafePointer<UInt8>, count: Int) -> NumberParseResult {
        guard count > 0 else { return .notANumber }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count + FieldScanner.readablePadding) { buffer in
            let base = buffer.baseAddress!
            base.update(from: start, count: count)
            (base + count).initialize(repeating: 0, count: FieldScanner.readablePadding)
            let result = exactPowersOfTen.withUnsafeBufferPointer { Self.scan(UnsafePointer(base), powers: $0.baseAddress!) }
            guard result.status != .invalid, result.end == base + count else { return .notANumber }
            let value = result.status == .exact ? result.value : slowValue(base, base + count)
            return value.isInfinite ? .outOfRange : .number(value)
        }
    }

    /// [start, end) without surrounding ASCII spaces and tabs.
    @inline(__always)
    static func trimmed(
        _ start: UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>
    ) -> (UnsafePointer<UInt8>, UnsafePointer<UInt8>) {
        var start = start
        var end = end
        while start < end && (start[0] == 0x20 || start[0] == 0x09) { start += 1 }
        while end > start && (end[-1] == 0x20 || end[-1] == 0x09) { end -= 1 }
        return (start, end)
    }
}

/// The C locale for numbers, so `strtod` reads `.` as the decimal point whatever the process
/// locale is.
final class CNumericLocale: @unchecked Sendable {
    let handle: locale_t

    private init() {
        guard let handle = newlocale(LC_NUMERIC_MASK, "C", nil) else {
            fatalError("the C locale is unavailable")
        }
        self.handle = handle
    }

    static let shared = CNumericLocale()
}
