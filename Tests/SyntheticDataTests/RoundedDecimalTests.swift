import Foundation
import Tabular
import Testing

@testable import SyntheticData

@Suite struct RoundedDecimalTests {
    /// Examples worked by hand: the digits kept, trailing zeros dropped, carries.
    @Test(arguments: [
        (0.0123456, 4, "0.01235", Int64(1235), -5),
        (-0.0123456, 4, "-0.01235", Int64(-1235), -5),
        (1.2, 4, "1.2", Int64(12), -1),
        (1.19996, 4, "1.2", Int64(12), -1),
        (9.99996, 4, "10", Int64(1), 1),
        (-9.99996, 4, "-10", Int64(-1), 1),
        (123456.0, 4, "123500", Int64(1235), 2),
        (0.5, 1, "0.5", Int64(5), -1),
        (0.25, 1, "0.3", Int64(3), -1),
        (2.5, 1, "3", Int64(3), 0),
        (1234.0, 4, "1234", Int64(1234), 0),
        (0.1, 15, "0.1", Int64(1), -1),
        (1.0 / 3.0, 15, "0.333333333333333", Int64(333_333_333_333_333), -15),
        (1e-7, 3, "0.0000001", Int64(1), -7),
    ] as [(Double, Int, String, Int64, Int)])
    func roundsAndFormats(x: Double, digits: Int, text: String, significand: Int64, exponent: Int) {
        let decimal = RoundedDecimal(rounding: x, significantDigits: digits)
        #expect(decimal.text == text)
        #expect(decimal.significand == significand)
        #expect(decimal.exponent == exponent)
        #expect(decimal.value == Double(text)!)
    }

    @Test func zeroAndNegativeZero() {
        for x in [0.0, -0.0] {
            let decimal = RoundedDecimal(rounding: x, significantDigits: 4)
            #expect(decimal.text == "0")
            #expect(decimal.value == 0)
            #expect(decimal.value.sign == .plus)
        }
        #expect(RoundedDecimal(significand: 0, exponent: -7) == RoundedDecimal(significand: 0, exponent: 0))
    }

    /// Extremes: the largest double, the smallest subnormal, outside Clinger's fast path (read
    /// back through `parseNumber`).
    @Test func extremes() {
        let largest = RoundedDecimal(rounding: .greatestFiniteMagnitude, significantDigits: 4)
        // 1.798e308 would overflow: the largest double rounds down.
        #expect(largest.significand == 1797)
        #expect(largest.exponent == 305)
        #expect(largest.value == Double("1.797e308")!)
        #expect(largest.text == "1797" + String(repeating: "0", count: 305))
        #expect(RoundedDecimal(rounding: -.greatestFiniteMagnitude, significantDigits: 15).value.isFinite)

        let tiny = RoundedDecimal(rounding: .leastNonzeroMagnitude, significantDigits: 2)
        #expect(tiny.significand == 49)
        #expect(tiny.exponent == -325)
        #expect(tiny.value == .leastNonzeroMagnitude)
        #expect(tiny.text == "0." + String(repeating: "0", count: 323) + "49")
        #expect(tiny.text.utf8.count <= RoundedDecimal.maximumTextLength)

        let fifteen = RoundedDecimal(rounding: -1e-300 / 3, significantDigits: 15)
        #expect(fifteen.text.hasPrefix("-0.000"))
        #expect(fifteen.value == Double(fifteen.text)!)
    }

    /// Random values over many magnitudes: the text reads back (strtod and Tabular) as `value`,
    /// and `value` is within half a unit of the last digit of `x` (plus the rounding of the
    /// scaling, a few ulps).
    @Test func randomValuesReadBackExactly() {
        var state: UInt64 = 0x1234_5678
        func nextRandom() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state
        }
        for _ in 0..<20_000 {
            let mantissa = Double(nextRandom() >> 11) * 0x1p-53
            let power = Int(nextRandom() % 60) - 30
            let x = (nextRandom() & 1 == 0 ? -1 : 1) * mantissa * pow(10, Double(power))
            let digits = Int(nextRandom() % 15) + 1
            let decimal = RoundedDecimal(rounding: x, significantDigits: digits)
            let text = decimal.text
            #expect(decimal.value == Double(text)!, "\(x) -> \(text)")
            #expect(parseNumber(text) == .number(decimal.value), "\(x) -> \(text)")
            let digitCount = String(decimal.significand.magnitude).count
            #expect(digitCount <= digits)
            #expect(!text.contains("e"))
            if x != 0 {
                let unit = pow(10, Double(decimal.exponent))
                let trailing = Double(digits - digitCount)
                #expect(
                    abs(decimal.value - x) <= 0.5 * unit / pow(10, trailing) * (1 + 1e-12) + 4 * x.ulp,
                    "\(x) -> \(text)")
            }
        }
    }

    @Test func appendAddsTheText() {
        var bytes = Array("x=".utf8)
        RoundedDecimal(significand: -205, exponent: -2).append(to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "x=-2.05")
    }
}
