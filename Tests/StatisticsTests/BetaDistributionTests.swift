import Foundation
import Testing
import TestSupport
import Statistics

/// `BetaDistribution`: density against mpmath (70 digits) on the incomplete-beta grid, quantiles
/// against roots of the 70-digit reference, including the Jeffreys shapes `D + 1/2, N - D + 1/2`.
///
/// Tolerances: density `tailTolerance` (see `FixtureSupport`); quantiles 1e-14 plus four ulps
/// times the condition number `min(p, 1-p) / (x f(x))` (large for tiny shapes, e.g. about 500 at
/// `p = 1/2` for shapes 1e-3, where the density between the two spikes is tiny).
@Suite struct BetaDistributionTests {
    @Test func densityMatchesMpmath() {
        for c in DistributionFixture.cases("incompleteBeta") {
            let (x, a, b) = (c[required: "x"], c[required: "a"], c[required: "b"])
            let density = BetaDistribution.density(x, alpha: a, beta: b)
            let expected = c[required: "density"]
            #expect(matches(density, expected, relative: tailTolerance(expected)), "f(\(x); \(a), \(b)) = \(density)")
            #expect(BetaDistribution.cdf(x, alpha: a, beta: b) == regularizedIncompleteBeta(x, a: a, b: b))
        }
    }

    @Test func quantilesMatchMpmath() {
        for c in DistributionFixture.cases("betaQuantile") {
            let (p, a, b) = (c[required: "p"], c[required: "a"], c[required: "b"])
            let expected = c[required: "quantile"]
            let x = BetaDistribution.quantile(p, alpha: a, beta: b)
            let density = BetaDistribution.density(expected, alpha: a, beta: b)
            let condition = min(p, 1 - p) / (min(expected, 1 - expected) * density)
            let tolerance = 1e-14 + 4 * Double.ulpOfOne * condition
            #expect(
                matches(x, expected, relative: tolerance), "quantile(\(p); \(a), \(b)) = \(x), expected \(expected)")
            if p > 0.5 {
                let y = BetaDistribution.survivalQuantile(1 - p, alpha: a, beta: b)
                #expect(matches(y, expected, relative: tolerance), "survivalQuantile(\(1 - p); \(a), \(b)) = \(y)")
            }
        }
    }

    @Test func jeffreysIntervalOfARatingGrade() {
        // N = 1000 obligors, D = 3 defaults: the 95% Jeffreys interval is the 2.5% and 97.5%
        // quantiles of Beta(3.5, 997.5); its p-value for PD = 0.1% is BetaCDF(0.001; 3.5, 997.5).
        let lower = BetaDistribution.quantile(0.025, alpha: 3.5, beta: 997.5)
        let upper = BetaDistribution.quantile(0.975, alpha: 3.5, beta: 997.5)
        #expect(lower < 0.003 && 0.003 < upper)
        #expect(
            BetaDistribution.cdf(lower, alpha: 3.5, beta: 997.5)
                .isApproximatelyEqual(to: 0.025, relativeTolerance: 1e-13))
        #expect(
            BetaDistribution.survival(upper, alpha: 3.5, beta: 997.5)
                .isApproximatelyEqual(to: 0.025, relativeTolerance: 1e-13))
        // mpmath.betainc(3.5, 997.5, 0, 0.001, regularized=True) = 0.040076560753518196
        #expect(
            BetaDistribution.cdf(0.001, alpha: 3.5, beta: 997.5)
                .isApproximatelyEqual(to: 0.040076560753518196, relativeTolerance: 1e-13))
    }

    @Test func rootsBeyondTheDoublesAreTheEndpoints() {
        // Beta(0.01, 3): P(X <= x) ≈ x^0.01 ... = 1e-8 at x ≈ 1e-800, below every double.
        #expect(BetaDistribution.quantile(1e-8, alpha: 0.01, beta: 3) == 0)
        #expect(BetaDistribution.survivalQuantile(1e-8, alpha: 3, beta: 0.01) == 1)
        // ... while 1 - x for the upper one is still representable: 7.9e-31 here.
        let x = BetaDistribution.quantile(0.5, alpha: 3, beta: 0.01)
        #expect(x == 1)
    }

    @Test func specialValues() {
        #expect(BetaDistribution.cdf(-1, alpha: 2, beta: 3) == 0)
        #expect(BetaDistribution.cdf(2, alpha: 2, beta: 3) == 1)
        #expect(BetaDistribution.survival(-1, alpha: 2, beta: 3) == 1)
        #expect(BetaDistribution.survival(1, alpha: 2, beta: 3) == 0)
        #expect(BetaDistribution.density(-0.5, alpha: 2, beta: 3) == 0)
        #expect(BetaDistribution.density(0, alpha: 0.5, beta: 3) == .infinity)
        #expect(BetaDistribution.density(0, alpha: 1, beta: 3) == 3)
        #expect(BetaDistribution.density(0, alpha: 2, beta: 3) == 0)
        #expect(BetaDistribution.density(1, alpha: 2, beta: 1) == 2)
        #expect(BetaDistribution.density(1, alpha: 2, beta: 0.3) == .infinity)
        #expect(BetaDistribution.quantile(0, alpha: 2, beta: 3) == 0)
        #expect(BetaDistribution.quantile(1, alpha: 2, beta: 3) == 1)
        #expect(BetaDistribution.survivalQuantile(0, alpha: 2, beta: 3) == 1)
        #expect(BetaDistribution.survivalQuantile(1, alpha: 2, beta: 3) == 0)
        for (a, b) in [(0.0, 1.0), (1, 0), (-1, 1), (.nan, 1), (1, .nan), (.infinity, 1), (1, .infinity)] {
            #expect(BetaDistribution.cdf(0.5, alpha: a, beta: b).isNaN, "(\(a), \(b))")
            #expect(BetaDistribution.density(0.5, alpha: a, beta: b).isNaN, "(\(a), \(b))")
            #expect(BetaDistribution.quantile(0.5, alpha: a, beta: b).isNaN, "(\(a), \(b))")
        }
        #expect(BetaDistribution.cdf(.nan, alpha: 2, beta: 3).isNaN)
        #expect(BetaDistribution.quantile(-0.2, alpha: 2, beta: 3).isNaN)
        #expect(BetaDistribution.survivalQuantile(.nan, alpha: 2, beta: 3).isNaN)
    }
}
