import Foundation
import Testing

@testable import Profiling

@Suite struct NumericProfilingTests {
    @Test func largeOffsetCostsNoAccuracy() {
        // 1e9 + 0.5 k, k = 0 ... 1000: every value and the exact answers are representable.
        // mean = 1e9 + 250; var = 0.25 * N (N + 1) / 12 with N = 1001 (sample variance of 0..N-1).
        let values = (0...1000).map { 1e9 + 0.5 * Double($0) }
        let facts = profileNumeric(values.reversed(), bucketCount: 10, scratch: NumericScratch())
        #expect(facts.summary.mean == 1_000_000_250)
        #expect(facts.summary.standardDeviation.isApproximatelyEqual(to: (0.25 * 1001 * 1002 / 12).squareRoot(), relativeTolerance: 1e-15))
        #expect(facts.summary.minimum == 1e9 && facts.summary.maximum == 1e9 + 500)
        #expect(facts.distinctCount == 1001 && facts.missingCount == 0)
        // numpy 'linear' with h = 1000 p: exact grid points.
        #expect(facts.summary.quantiles.map(\.value) == [5, 25, 125, 250, 375, 475, 495].map { 1e9 + $0 })
    }

    @Test func bucketEdgesAreOrderStatisticsWithoutRepeats() {
        // n = 10, B = 4: positions ceil(k n / B) = 3, 5, 8 -> values 1 (the minimum: dropped), 3, 6.
        #expect(quantileBucketEdges(sorted: [1, 1, 1, 1, 2, 3, 4, 5, 6, 7], bucketCount: 4) == [3, 6])
        // Without ties: equal-count buckets.
        #expect(quantileBucketEdges(sorted: (0..<100).map(Double.init), bucketCount: 10) == stride(from: 10.0, to: 100, by: 10).map { $0 })
        // Fewer values than buckets: one bucket per value.
        #expect(quantileBucketEdges(sorted: [1, 2, 3], bucketCount: 10) == [2, 3])
        #expect(quantileBucketEdges(sorted: [4, 4, 4], bucketCount: 10) == [])
        #expect(quantileBucketEdges(sorted: [], bucketCount: 10) == [])
        #expect(quantileBucketEdges(sorted: [1, 2, 3, 4], bucketCount: 1) == [])
    }

    @Test func missingValuesAndZeros() {
        let facts = profileNumeric([.nan, 0, -0.0, 2, .nan, 4], bucketCount: 10, scratch: NumericScratch())
        #expect(facts.missingCount == 2 && facts.distinctCount == 3 && facts.summary.zeroCount == 2)
        #expect(facts.summary.mean == 1.5)
        #expect(facts.edges == [2, 4])
    }

    @Test func scratchIsReusedAcrossColumnsOfEveryLength() {
        let scratch = NumericScratch()
        let long = profileNumeric((0..<5_000).map { Double($0 % 97) }, bucketCount: 10, scratch: scratch)
        let short = profileNumeric([3, 1, 2], bucketCount: 10, scratch: scratch)
        #expect(long.distinctCount == 97 && long.summary.maximum == 96)
        #expect(short.summary.quantiles.map(\.value)[3] == 2 && short.summary.maximum == 3)
        let fresh = profileNumeric([3, 1, 2], bucketCount: 10, scratch: NumericScratch())
        #expect(short.summary == fresh.summary)
    }

}
