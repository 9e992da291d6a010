import TestSupport
import Foundation
import Testing

@testable import Tabular

#if canImport(Glibc)
import Glibc
#endif

/// The reference: glibc strtod on the whole text (C locale).
private func reference(_ text: String) -> Double {
    strtod(text, nil)
}

/// Expects `parseNumber` to agree with strtod bit for bit (or to report overflow where strtod
/// gives an infinity).
private func expectAgreesWithStrtod(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let expected = reference(text)
    switch parseNumber(text) {
    case .number(let value):
        #expect(value.bitPattern == expected.bitPattern, "\(text): \(value) vs strtod \(expected)", sourceLocation: sourceLocation)
    case .outOfRange:
        #expect(expected.isInfinite, "\(text) reported out of range; strtod gives \(expected)", sourceLocation: sourceLocation)
    case .notANumber:
        Issue.record("\(text) rejected", sourceLocation: sourceLocation)
    }
}

@Suite struct NumberParsingTests {
    @Test func plainForms() {
        #expect(parseNumber("0") == .number(0))
        #expect(parseNumber("1") == .number(1))
        #expect(parseNumber("-2.5") == .number(-2.5))
        #expect(parseNumber("+3") == .number(3))
        #expect(parseNumber(".5") == .number(0.5))
        #expect(parseNumber("5.") == .number(5))
        #expect(parseNumber("-.25") == .number(-0.25))
        #expect(parseNumber("1e5") == .number(100_000))
        #expect(parseNumber("1E-5") == .number(0.00001))
        #expect(parseNumber("1.5e+300") == .number(1.5e300))
        #expect(parseNumber("1.e2") == .number(100))
        #expect(parseNumber("007") == .number(7))
    }

    @Test func negativeZeroKeepsItsSign() throws {
        guard case .number(let value) = parseNumber("-0") else { Issue.record("-0 rejected"); return }
        #expect(value == 0 && value.sign == .minus)
        guard case .number(let other) = parseNumber("-0.0e10") else { Issue.record("-0.0e10 rejected"); return }
        #expect(other.sign == .minus)
    }

    @Test func surroundingSpacesAndTabsAreTrimmed() {
        #expect(parseNumber("  1.5\t") == .number(1.5))
        #expect(parseNumber("\t-2 ") == .number(-2))
        #expect(parseNumber("1 .5") == .notANumber)
    }

    @Test(arguments: [
        "", " ", "\t", "+", "-", ".", "+.", "e5", ".e5", "1e", "1e+", "1e-", "1.2.3", "--1", "+-1", "1e5.5",
        "0x1p3", "0x10", "inf", "-inf", "Infinity", "nan", "NaN", "NA", "null", "1,000", "1 000", "1_000",
        "1'000", "abc", "12abc", "1.5f", "1d", "١٢", "１２", "1e5e5", "'1'", "\"1\"", "1\n", "\n1",
    ])
    func rejects(_ text: String) {
        #expect(parseNumber(text) == .notANumber, "\(text.debugDescription) should not be a number")
    }

    @Test(arguments: [
        "0", "-0", "+0", "0.0", "1", "-1", ".5", "5.", "0.1", "0.2", "0.3", "1e5", "1E-5", "1.5e+300",
        "1e22", "1e23", "1e-22", "1e-23", "9007199254740992", "9007199254740993", "9007199254740995",
        "18014398509481985", "123456789012345678", "12345678901234567890", "123456789012345678901234567890",
        "0.000000000000000000000000000001", "00000000000000000000001", "1.7976931348623157e308",
        "1.7976931348623158e308", "1.797693134862315807e308", "2.2250738585072014e-308",
        "2.2250738585072011e-308", "2.2250738585072012e-308", "4.9406564584124654e-324", "4.9e-324", "5e-324",
        "2.4703282292062328e-324", "2.4703282292062327e-324", "1e-400", "-1e-400", "1e-320", "3e-310",
        "1.00000000000000011102230246251565404236316680908203125",
        "1.00000000000000011102230246251565404236316680908203124",
        "1.00000000000000011102230246251565404236316680908203126",
        "3.14159265358979323846264338327950288", "2.718281828459045", "0.30000000000000004",
        "8.988465674311579e+307", "0.1e-22", "123.456e-2", "4503599627370496.5", "4503599627370497.5",
        "7.2057594037927933e+16", "1e308", "1e-307", "89255.0e-22", "3.4e38", "1.1754943508222875e-38",
        "0.000001", "1e-7", "999999999999999999999e-21", "1.5e-1000000000000", "0e99999", "0.0000e-99999",
    ])
    func matchesStrtodOnAwkwardNumbers(_ text: String) {
        expectAgreesWithStrtod(text)
    }

    @Test(arguments: ["1e309", "-1e309", "1.7976931348623159e308", "1e99999999999999999999", "123e400"])
    func overflowIsOutOfRange(_ text: String) {
        #expect(parseNumber(text) == .outOfRange)
    }

    /// 300,000 generated numbers: random doubles printed by printf (%.17g, %.15g, %.6e, %.3f) and
    /// by Swift (shortest), plus random digit strings with random exponents. Every one must be
    /// bit-identical to strtod (no tolerance: both claim correct rounding).
    @Test func matchesStrtodOnGeneratedNumbers() {
        var random = SplitMix64(seed: 20_240_601)
        var mismatches: [String] = []
        func check(_ text: String) {
            let expected = reference(text)
            switch parseNumber(text) {
            case .number(let value):
                if value.bitPattern != expected.bitPattern { mismatches.append(text) }
            case .outOfRange:
                if !expected.isInfinite { mismatches.append(text) }
            case .notANumber:
                mismatches.append(text)
            }
        }
        let formats = ["%.17g", "%.15g", "%.6e", "%.3f", "%.9g"]
        for i in 0..<150_000 {
            var x = Double(bitPattern: random.next())
            if !x.isFinite { x = Double(bitPattern: random.next() >> 2) }
            if i % 2 == 0 {
                // Values of everyday magnitude.
                x = Double(Int64(bitPattern: random.next()) % 2_000_000_000) / pow(10, Double(random.next() % 12))
            }
            if i % 6 == 5 {
                check(x.description)
            } else {
                check(String(format: formats[i % 5], x))
            }
        }
        for _ in 0..<150_000 {
            let digitCount = 1 + Int(random.next() % 25)
            var digits = (0..<digitCount).map { _ in Character(String(random.next() % 10)) }
            if random.next() % 2 == 0 { digits.insert(".", at: Int(random.next() % UInt64(digitCount + 1))) }
            var text = (random.next() % 3 == 0 ? "-" : "") + String(digits)
            if random.next() % 2 == 0 { text += "e\(Int(random.next() % 661) - 330)" }
            check(text)
        }
        #expect(mismatches.isEmpty, "first mismatches: \(mismatches.prefix(10))")
    }

    @Test func fastPathBoundaries() {
        // 2^53 with exponent 22 is the largest fast-path case; its neighbours take strtod.
        for text in ["9007199254740992e22", "9007199254740993e22", "9007199254740992e-22", "1e22", "1e-22", "1.0e23"] {
            expectAgreesWithStrtod(text)
        }
    }
}
