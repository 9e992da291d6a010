import Foundation
import Testing

@testable import Profiling

@Suite struct PairwiseSumTests {
    /// numpy's `np.add.reduce` of these arrays: the order of the pairwise sums decides the last
    /// bits (a running sum gives other bits in both cases), so it must be reproduced exactly.
    @Test func matchesNumpysOrderOfOperations() {
        // np.add.reduce(np.arange(1, 10) * 0.1) = 4.5 (a running sum gives 4.500000000000001).
        let tenths = (1...9).map { Double($0) * 0.1 }
        #expect(tenths.withUnsafeBufferPointer { pairwiseSum($0) { $0 } } == 4.5)
        // b = [sin(k) * 10**(k % 7) for k in range(1000)]: np.add.reduce(b) = -191681.50618767645
        // (a running sum gives -191681.50618767666).
        let powers: [Double] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000]
        let mixed = (0..<1000).map { sin(Double($0)) * powers[$0 % 7] }
        #expect(mixed.withUnsafeBufferPointer { pairwiseSum($0) { $0 } } == -191681.50618767645)
        #expect([Double]().withUnsafeBufferPointer { pairwiseSum($0) { $0 } } == 0)
    }

    @Test func appliesTheTransformToEveryTerm() {
        let values = (0..<300).map(Double.init)
        let squares = values.withUnsafeBufferPointer { pairwiseSum($0) { x in x * x } }
        #expect(squares == Double(299 * 300 * 599 / 6), "every partial sum is an exact integer")
    }
}
