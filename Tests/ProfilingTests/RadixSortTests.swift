import TestSupport
import Testing

@testable import Profiling

@Suite struct RadixSortTests {
    /// Awkward doubles: signed zeros, infinities, subnormals, the extremes, ties.
    static let awkward: [Double] = [
        0, -0.0, .infinity, -.infinity, .leastNonzeroMagnitude, -.leastNonzeroMagnitude, .leastNormalMagnitude,
        .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 1, -1, 1, 0.1, -0.1, 1e-300, -1e300, 2.5, 2.5,
    ]

    @Test func keysPreserveOrderAndRoundTrip() {
        // Numeric order, with -0 before +0.
        let sorted = Self.awkward.sorted { $0 < $1 || ($0 == $1 && $0.sign == .minus && $1.sign == .plus) }
        for (a, b) in zip(sorted, sorted.dropFirst()) {
            #expect(RadixSort.key(a) <= RadixSort.key(b), "\(a) <= \(b)")
            if a < b { #expect(RadixSort.key(a) < RadixSort.key(b)) }
        }
        for x in Self.awkward { #expect(RadixSort.value(ofKey: RadixSort.key(x)).bitPattern == x.bitPattern) }
        #expect(RadixSort.key(-0.0) < RadixSort.key(0.0), "-0 sorts just below +0 (callers fold it into 0)")
    }

    @Test(arguments: [0, 1, 2, 511, 512, 513, 5_000, 100_000])
    func sortsLikeTheStandardLibrary(count: Int) {
        var generator = SplitMix64(seed: UInt64(count) + 17)
        var values: [Double] = (0..<count).map { index in
            switch generator.next() % 5 {
            case 0: return Self.awkward[index % Self.awkward.count]
            case 1: return Double(Int64(bitPattern: generator.next()) % 50)  // many ties
            case 2: return Double(bitPattern: generator.next() & 0x7FEF_FFFF_FFFF_FFFF)  // any finite positive
            case 3: return -Double(bitPattern: generator.next() & 0x7FEF_FFFF_FFFF_FFFF)
            default: return (Double(generator.next() % 2_000_000) - 1e6) / 1e3
            }
        }
        var keys = values.map(RadixSort.key)
        var scratch = [UInt64](repeating: 0, count: count)
        let inScratch = keys.withUnsafeMutableBufferPointer { keys in
            scratch.withUnsafeMutableBufferPointer { RadixSort.sort(keys, scratch: $0) }
        }
        let sorted = (inScratch ? scratch : keys).map(RadixSort.value(ofKey:))
        values.sort { RadixSort.key($0) < RadixSort.key($1) }
        #expect(sorted.map(\.bitPattern) == values.map(\.bitPattern))
    }

    @Test func constantDigitsAreSkipped() {
        // Integers: the low mantissa digits are all zero, so those passes are skipped, and the
        // result must still be sorted.
        var keys = (0..<10_000).map { RadixSort.key(Double(($0 * 7_919) % 1_000)) }
        var scratch = [UInt64](repeating: 0, count: keys.count)
        let inScratch = keys.withUnsafeMutableBufferPointer { keys in
            scratch.withUnsafeMutableBufferPointer { RadixSort.sort(keys, scratch: $0) }
        }
        let sorted = (inScratch ? scratch : keys).map(RadixSort.value(ofKey:))
        #expect(sorted == sorted.sorted())
        #expect(sorted.first == 0 && sorted.last == 999)
    }
}

