import TestSupport
import Foundation
import Testing

@testable import Tabular

#if canImport(Glibc)
import Glibc
#endif

@Suite struct ShortestFormattingTests {
    @Test func format() {
        #expect(formatShortest(0) == "0")
        #expect(formatShortest(-0.0) == "-0")
        #expect(formatShortest(1) == "1")
        #expect(formatShortest(600) == "600")
        #expect(formatShortest(-2.5) == "-2.5")
        #expect(formatShortest(0.1) == "0.1")
        #expect(formatShortest(0.1 + 0.2) == "0.30000000000000004")
        #expect(formatShortest(1e-5) == "1e-05")
        #expect(formatShortest(0.0001) == "0.0001")
        #expect(formatShortest(1.5e300) == "1.5e+300")
        #expect(formatShortest(123456789012345.0) == "123456789012345")
        #expect(formatShortest(1e16) == "1e+16")
        #expect(formatShortest(.leastNonzeroMagnitude) == "5e-324")
        #expect(formatShortest(.greatestFiniteMagnitude) == "1.7976931348623157e+308")
    }

    @Test func specialValues() {
        #expect(formatShortest(.nan) == "")
        #expect(formatShortest(.infinity) == "inf")
        #expect(formatShortest(-.infinity) == "-inf")
        var bytes = Array("x=".utf8)
        appendShortest(0.25, to: &bytes)
        appendShortest(.nan, to: &bytes)
        #expect(bytes == Array("x=0.25".utf8))
    }

    /// Every finite double reads back exactly (through our parser and strtod), and no shorter
    /// decimal (fewer significant digits, by %.*g) would.
    @Test func roundTripsWithTheFewestDigits() {
        var random = SplitMix64(seed: 99)
        for i in 0..<100_000 {
            var x = Double(bitPattern: random.next())
            if !x.isFinite { continue }
            if i % 2 == 0 { x = Double(Int64(bitPattern: random.next()) % 1_000_000) / 997 }
            let text = formatShortest(x)
            #expect(parseNumber(text) == .number(x), "\(x)")
            #expect(strtod(text, nil).bitPattern == x.bitPattern)
            let digits = text.prefix { $0 != "e" }.filter(\.isNumber).drop { $0 == "0" }
            let significant = String(digits.reversed()).drop { $0 == "0" }.count
            if significant > 1 && i % 10 == 0 {
                let shorter = String(format: "%.\(significant - 1)g", x)
                #expect(strtod(shorter, nil) != x, "\(x) also round-trips as \(shorter)")
            }
        }
    }
}
