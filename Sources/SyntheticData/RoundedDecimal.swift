import Foundation
import Tabular

/// A number rounded to a fixed count of significant decimal digits, `significand * 10^exponent`,
/// with the text a CSV file holds and the `Double` every reader gets back from that text.
///
/// ```
/// x = 0.0123456, 4 digits  ->  1235 * 10^-5  ->  "0.01235"  ->  0.01235 (correctly rounded)
/// ```
/// Trailing zeros are dropped (`1.200` is written `1.2`). `value` is the correctly rounded binary64
/// of the decimal: within Clinger's fast path (an integer up to 2^53 and a power of ten up to
/// 10^22, both exact) one IEEE multiplication or division; outside it, the text read back with
/// Tabular's `parseNumber`. A synthetic model defined on `value` therefore holds exactly for the
/// file.
///
/// Reference: W. D. Clinger (1990), "How to read floating point numbers accurately", PLDI.
public struct RoundedDecimal: Sendable, Hashable {
    /// The signed significand, without trailing zeros (0 for zero).
    public let significand: Int64
    /// The power of ten of the last significant digit (0 for zero).
    public let exponent: Int

    /// Rounds `x` (finite) to `digits` significant digits (1...15), halves away from zero (toward
    /// zero where rounding up would pass the largest double).
    public init(rounding x: Double, significantDigits digits: Int) {
        precondition(x.isFinite, "only finite numbers can be rounded to decimal digits")
        precondition((1...15).contains(digits), "1 to 15 significant digits, got \(digits)")
        let magnitude = abs(x)
        if magnitude == 0 {
            self.init(significand: 0, exponent: 0)
            return
        }
        // e = floor(log10 |x|), by comparison with powers of ten (nearest doubles below 1: a value
        // within an ulp of a power may land one off, which the digit count check below corrects).
        var e = 0
        if magnitude >= 1 {
            while e < 308 && magnitude >= Self.powerOfTen(e + 1) { e += 1 }
        } else {
            e = -1
            while e > -324 && magnitude < Self.powerOfTen(e) { e -= 1 }
        }
        var k = e - digits + 1
        var m = Self.scaled(magnitude, byPowerOfTen: -k).rounded(.toNearestOrAwayFromZero)
        if m < Self.powerOfTen(digits - 1) {
            k -= 1
            m = Self.scaled(magnitude, byPowerOfTen: -k).rounded(.toNearestOrAwayFromZero)
        }
        if m >= Self.powerOfTen(digits) {
            m = (m / 10).rounded(.toNearestOrAwayFromZero)
            k += 1
        }
        if e >= 308, case .outOfRange = parseNumber(RoundedDecimal(significand: Int64(m), exponent: k).text) {
            // Rounding up passed the largest double (1.7976931348623157e308 -> 1.798e308): round down.
            m = Self.scaled(magnitude, byPowerOfTen: -k).rounded(.down)
        }
        var significand = Int64(m)
        while significand != 0 && significand % 10 == 0 {
            significand /= 10
            k += 1
        }
        self.init(significand: x < 0 ? -significand : significand, exponent: k)
    }

    /// The decimal `significand * 10^exponent` as it stands.
    public init(significand: Int64, exponent: Int) {
        self.significand = significand
        self.exponent = significand == 0 ? 0 : exponent
    }

    /// The correctly rounded `Double` of the decimal: what `strtod` or any Credo reader reads from
    /// `text`.
    public var value: Double {
        let magnitude = significand.magnitude
        if magnitude <= 1 << 53 && abs(exponent) <= 22 {
            let m = Double(magnitude)
            let result = exponent >= 0 ? m * Self.exactPowers[exponent] : m / Self.exactPowers[-exponent]
            return significand < 0 ? -result : result
        }
        guard case .number(let parsed) = parseNumber(text) else {
            preconditionFailure("a formatted decimal does not read back as a number")
        }
        return parsed
    }

    /// The plain decimal text, without exponent notation or trailing zeros: `-0.01235`, `1200`,
    /// `0`.
    public var text: String {
        var bytes: [UInt8] = []
        append(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text` as UTF-8.
    public func append(to bytes: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.maximumTextLength) { scratch in
            let count = write(to: scratch.baseAddress!)
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: scratch[..<count]))
        }
    }

    /// The longest `text`: a sign, `0.`, up to 323 zeros and 15 digits (or 15 digits and up to
    /// 308 zeros).
    static let maximumTextLength = 1 + 2 + 323 + 15

    /// Writes `text` at `p` (room for `maximumTextLength` bytes) and returns its length.
    @inline(__always)
    func write(to p: UnsafeMutablePointer<UInt8>) -> Int {
        var n = 0
        if significand < 0 {
            p[0] = UInt8(ascii: "-")
            n = 1
        }
        let magnitude = significand.magnitude
        var count = 1
        while count < 20 && magnitude >= Self.integerPowers[count] { count += 1 }
        if exponent >= 0 {
            Self.writeDigits(magnitude, count: count, endingAt: p + n + count)
            n += count
            for i in 0..<exponent { p[n + i] = UInt8(ascii: "0") }
            return n + exponent
        }
        let fraction = -exponent
        if count > fraction {
            let whole = count - fraction
            // The fraction's digits, then the point, then the whole part's, from the end.
            let end = p + n + count + 1
            var rest = magnitude
            for i in 1...fraction {
                end[-i] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
            }
            end[-fraction - 1] = UInt8(ascii: ".")
            Self.writeDigits(rest, count: whole, endingAt: end - fraction - 1)
            return n + count + 1
        }
        p[n] = UInt8(ascii: "0")
        p[n + 1] = UInt8(ascii: ".")
        n += 2
        let zeros = fraction - count
        for i in 0..<zeros { p[n + i] = UInt8(ascii: "0") }
        n += zeros
        Self.writeDigits(magnitude, count: count, endingAt: p + n + count)
        return n + count
    }

    /// Writes the last `count` decimal digits of `value` just before `end`.
    @inline(__always)
    private static func writeDigits(_ value: UInt64, count: Int, endingAt end: UnsafeMutablePointer<UInt8>) {
        var rest = value
        for i in 1...count {
            end[-i] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
        }
    }

    /// 10^0 ... 10^19 as integers.
    private static let integerPowers: [UInt64] = (0..<20).map { k in (0..<k).reduce(1) { result, _ in result * 10 } }

    /// 10^0 ... 10^22, each exact in binary64.
    private static let exactPowers: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// 10^0, 10^-1 ... 10^-22, each the nearest double.
    private static let negativePowers: [Double] = [
        1e0, 1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8, 1e-9, 1e-10, 1e-11,
        1e-12, 1e-13, 1e-14, 1e-15, 1e-16, 1e-17, 1e-18, 1e-19, 1e-20, 1e-21, 1e-22,
    ]

    /// 10^k: exact for 0 <= k <= 22, the nearest double for -22 <= k < 0, `pow` beyond.
    @inline(__always)
    private static func powerOfTen(_ k: Int) -> Double {
        if k >= 0 && k <= 22 { return exactPowers[k] }
        if k < 0 && k >= -22 { return negativePowers[-k] }
        return pow(10, Double(k))
    }

    /// `x * 10^k`, one correctly rounded operation when `|k| <= 22`; in two steps otherwise, so
    /// neither power overflows (subnormal `x` needs `k` up to 338).
    @inline(__always)
    private static func scaled(_ x: Double, byPowerOfTen k: Int) -> Double {
        if k >= 0 && k <= 22 { return x * exactPowers[k] }
        if k < 0 && k >= -22 { return x / exactPowers[-k] }
        let half = k / 2
        return x * pow(10, Double(half)) * pow(10, Double(k - half))
    }
}
