import Foundation
import Testing
import TestSupport
import Statistics

/// `RunningMoments` against exactly rounded sums (`math.fsum`, cross-checked with numpy's `mean`,
/// `var(ddof=1)` and `cov(fweights=)`), unweighted, with integer frequency weights, and with real
/// weights on data offset by 1e9.
///
/// Tolerance: 1e-13 relative for the mean and the variance (they agree to 1e-14 today): Welford's
/// update of data shifted by the first value has an error of order `n eps` relative to the variance
/// (Chan, Golub & LeVeque), even for the 1e9-offset data set whose variance is 1 — where the
/// textbook `Σx² - (Σx)²/n` would have no correct digit, and unshifted Welford only 8.
@Suite struct RunningMomentsTests {
    @Test func matchesExactSums() {
        let fixture = DescriptiveFixture.shared
        for c in fixture.moments {
            let values = fixture.values(c.data)
            var moments = RunningMoments()
            for (index, x) in values.enumerated() {
                moments.add(x, weight: c.weights?[index] ?? 1)
            }
            check(moments, against: c.expected, "\(c.data), weighted: \(c.weights != nil)")

            // Merging chunks gives the same result (Chan et al.), whatever the split.
            for split in [1, values.count / 3, values.count - 1] where split > 0 && split < values.count {
                var head = RunningMoments()
                var tail = RunningMoments()
                for (index, x) in values.enumerated() {
                    if index < split {
                        head.add(x, weight: c.weights?[index] ?? 1)
                    } else {
                        tail.add(x, weight: c.weights?[index] ?? 1)
                    }
                }
                check(head.merging(tail), against: c.expected, "\(c.data) merged at \(split)")
                check(tail.merging(head), against: c.expected, "\(c.data) merged reversed at \(split)")
            }
        }
    }

    private func check(_ moments: RunningMoments, against expected: DescriptiveFixture.Moments, _ context: String) {
        #expect(
            moments.weightSum.isApproximatelyEqual(to: expected.weightSum, relativeTolerance: 1e-15), "W: \(context)")
        #expect(
            moments.mean.isApproximatelyEqual(to: expected.mean, relativeTolerance: 1e-13, absoluteTolerance: 1e-15),
                "mean: \(context): \(moments.mean) vs \(expected.mean)")
        if let variance = expected.variance {
            #expect(moments.variance.isApproximatelyEqual(to: variance, relativeTolerance: 1e-13),
                    "variance: \(context): \(moments.variance) vs \(variance)")
            #expect(moments.standardDeviation.isApproximatelyEqual(to: variance.squareRoot(), relativeTolerance: 1e-13))
        } else {
            #expect(moments.variance.isNaN, "variance of one value: \(context)")
        }
        #expect(moments.min == expected.min, "min: \(context)")
        #expect(moments.max == expected.max, "max: \(context)")
    }

    @Test func emptyOneValueAndMissing() {
        let empty = RunningMoments()
        #expect(empty.count == 0)
        #expect(empty.mean.isNaN && empty.variance.isNaN && empty.min.isNaN && empty.max.isNaN)
        #expect(empty.populationVariance.isNaN)

        var one = RunningMoments()
        one.add(2.5)
        #expect(one.count == 1 && one.mean == 2.5 && one.min == 2.5 && one.max == 2.5)
        #expect(one.variance.isNaN)
        #expect(one.populationVariance == 0)

        var withMissing = RunningMoments([1, .nan, 3, .nan])
        #expect(withMissing.count == 2 && withMissing.missingCount == 2)
        #expect(withMissing.mean == 2 && withMissing.variance == 2)
        withMissing.add(5, weight: 0)
        #expect(withMissing.count == 2)
        withMissing.merge(RunningMoments([.nan]))
        #expect(withMissing.missingCount == 3 && withMissing.count == 2)

        var merged = RunningMoments()
        merged.merge(withMissing)
        #expect(merged == withMissing)
        #expect(withMissing.merging(RunningMoments()) == withMissing)
    }

    @Test func infiniteValues() {
        let moments = RunningMoments([1, .infinity, 2])
        #expect(moments.max == .infinity)
        #expect(moments.mean.isNaN || moments.mean == .infinity)
        #expect(moments.variance.isNaN)
    }

    @Test func frequencyWeightsEqualRepetition() {
        var weighted = RunningMoments()
        var repeated = RunningMoments()
        for (x, w) in [(1.5, 3), (-2.0, 1), (7.25, 2)] {
            weighted.add(x, weight: Double(w))
            for _ in 0..<w { repeated.add(x) }
        }
        #expect(weighted.weightSum == repeated.weightSum)
        #expect(weighted.mean.isApproximatelyEqual(to: repeated.mean, relativeTolerance: 1e-15))
        #expect(weighted.variance.isApproximatelyEqual(to: repeated.variance, relativeTolerance: 1e-14))
        #expect(weighted.count == 3 && repeated.count == 6)
    }
}
