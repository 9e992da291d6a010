import Foundation
import Testing
import TestSupport
@testable import Statistics

/// The building blocks of the densities: `log1pMinusX` and `saddlePointDeviance` against mpmath, and
/// the compensated gap `a - (a + b) x` against exact rational arithmetic.
///
/// Tolerance: 4e-16 relative for `log1p(x) - x` (one rounding of a series with positive terms) and
/// 1e-15 for the deviance, including gaps where the textbook `c log(c/m) + m - c` cancels to nothing.
@Suite struct DevianceTests {
    @Test func log1pMinusXMatchesMpmath() {
        for c in DistributionFixture.cases("log1pMinusX") {
            let x = c[required: "x"]
            #expect(log1pMinusX(x).isApproximatelyEqual(to: c[required: "value"], relativeTolerance: 4e-16), "x = \(x)")
        }
        #expect(log1pMinusX(0) == 0)
        #expect(log1pMinusX(-1) == -.infinity)
        #expect(log1pMinusX(-2).isNaN)
    }

    @Test func devianceMatchesMpmath() {
        for c in DistributionFixture.cases("deviance") {
            let (count, mean) = (c[required: "count"], c[required: "mean"])
            let deviance = saddlePointDeviance(count: count, mean: mean, relativeGap: (mean - count) / count)
            #expect(deviance.isApproximatelyEqual(to: c[required: "value"], relativeTolerance: 1e-15),
                    "count \(count), mean \(mean): \(deviance)")
        }
    }

    @Test func compensatedGapMatchesExactArithmetic() {
        // Near the mean, a - (a + b) x cancels almost completely; compensated, it is exact to an ulp
        // of the result, a few ulps (Fraction arithmetic in make_distributions.py), while the naive difference
        // can be wrong in every digit.
        for c in DistributionFixture.cases("gap") {
            let (a, b, x) = (c[required: "a"], c[required: "b"], c[required: "x"])
            let gap = compensatedGap(a, b, x)
            let exact = c[required: "gap"]
            #expect(gap.isApproximatelyEqual(to: exact, relativeTolerance: 2e-15, absoluteTolerance: 1e-300),
                    "a = \(a), b = \(b), x = \(x): \(gap) vs \(exact), naive \(a - (a + b) * x)")
        }
        #expect(roundingErrorOfSum(1, 1e-20, sum: 1 + 1e-20) == 1e-20)
        #expect(roundingErrorOfSum(0.1, 0.2, sum: 0.1 + 0.2) == -2.7755575615628914e-17)
    }
}
