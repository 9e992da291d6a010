/// `x` written with the fewest significant digits that read back as exactly `x`.
///
/// Format: the digits and layout of Swift's `Double.description` (shortest round-trip digits;
/// plain notation from 1e-4 up to 2^53, exponent notation outside it, e.g. `1e-05`,
/// `1.5e+300`), except that
/// - an integral value has no `.0` (`3`, `-0`, `600`),
/// - NaN gives the empty string: a missing value, as Credo writes it in CSV,
/// - infinities give `inf` and `-inf` (never produced by Credo's readers, which reject them).
///
/// Every finite result reads back bit-identically with `parseNumber(_:)` or `strtod`.
public func formatShortest(_ x: Double) -> String {
    var bytes: [UInt8] = []
    appendShortest(x, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
}

/// Appends `formatShortest(x)` to `bytes` as UTF-8.
public func appendShortest(_ x: Double, to bytes: inout [UInt8]) {
    ShortestFormatting.withBytes(of: x) { bytes.append(contentsOf: $0) }
}

enum ShortestFormatting {
    /// Calls `body` with the UTF-8 bytes of `formatShortest(x)`.
    @inline(__always)
    static func withBytes<R>(of x: Double, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if x.isNaN { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        if x.isInfinite {
            var text = x < 0 ? "-inf" : "inf"
            return text.withUTF8(body)
        }
        var text = x.description
        return text.withUTF8 { utf8 in
            let count = utf8.count
            if count >= 2 && utf8[count - 1] == UInt8(ascii: "0") && utf8[count - 2] == UInt8(ascii: ".") {
                return body(UnsafeBufferPointer(rebasing: utf8[0..<(count - 2)]))
            }
            return body(utf8)
        }
    }
}
