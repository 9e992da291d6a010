import Foundation
import Testing
import TestSupport
@testable import Statistics

/// `Normal` against mpmath (`ncdf`, `npdf`, and roots of `ncdf` at 60 digits).
///
/// Tolerance: 2e-15 relative everywhere, both tails included (the observed worst is 4.6e-16):
/// Cody's rational functions are accurate to ~1e-18 and `exp(-x²/2)` is formed from an exactly
/// split exponent, so only a few roundings remain. Results below the smallest normal double
/// (`|x| > 37.52`) are compared to within 4 subnormal steps.
@Suite struct NormalTests {
    @Test func distributionFunctionsMatchMpmath() {
        for c in DistributionFixture.cases("normal") {
            let x = c[required: "x"]
            let cdf = Normal.cdf(x)
            let survival = Normal.survival(x)
            let logCDF = Normal.logCDF(x)
            let density = Normal.density(x)
            #expect(matches(cdf, c[required: "cdf"], relative: 2e-15), "cdf(\(x)) = \(cdf)")
            #expect(matches(survival, c[required: "survival"], relative: 2e-15), "survival(\(x)) = \(survival)")
            #expect(matches(logCDF, c[required: "logCDF"], relative: 2e-15), "logCDF(\(x)) = \(logCDF)")
            #expect(matches(density, c[required: "density"], relative: 2e-15), "density(\(x)) = \(density)")
        }
    }

    @Test func hardCasesOfTheBrief() {
        // The values are mpmath's, rounded to double.
        #expect(Normal.cdf(-37.5).isApproximatelyEqual(to: 4.605353009581955e-308, relativeTolerance: 2e-15))
        #expect(Normal.cdf(-20).isApproximatelyEqual(to: 2.7536241186062337e-89, relativeTolerance: 2e-15))
        #expect(Normal.cdf(-8.3).isApproximatelyEqual(to: 5.205569744890254e-17, relativeTolerance: 2e-15))
        #expect(Normal.cdf(-1e-10).isApproximatelyEqual(to: 0.49999999996010575, relativeTolerance: 2e-16))
        #expect(Normal.cdf(0) == 0.5)
        #expect(Normal.survival(9).isApproximatelyEqual(to: 1.1285884059538405e-19, relativeTolerance: 2e-15))
        #expect(Normal.survival(38) == Normal.cdf(-38))
        #expect(Normal.cdf(38) == 1)
    }

    @Test func logCDFStaysFiniteWhereTheCDFUnderflows() {
        // log Φ(-40) = -804.6084420137538, log Φ(-1e5) = -5000000012.431864 (mpmath)
        #expect(Normal.cdf(-40) == 0)
        #expect(Normal.logCDF(-40).isApproximatelyEqual(to: -804.6084420137538, relativeTolerance: 1e-15))
        #expect(Normal.logCDF(-1e5).isApproximatelyEqual(to: -5000000012.431864, relativeTolerance: 1e-15))
        #expect(Normal.logCDF(-1e200) == -.infinity)
        #expect(Normal.logSurvival(40) == Normal.logCDF(-40))
        #expect(Normal.logCDF(40) == 0)
    }

    @Test func quantilesMatchMpmath() {
        // Relative tolerance 2e-15 (observed worst 4.3e-16): AS 241 is accurate to ~1e-16, and
        // 1 - p is exact for p >= 1/2, so the quantile is as accurate as its argument allows.
        for c in DistributionFixture.cases("normalQuantile") {
            let p = c[required: "p"]
            let x = Normal.quantile(p)
            #expect(matches(x, c[required: "quantile"], relative: 2e-15), "quantile(\(p)) = \(x)")
            if let expected = c["survivalQuantile"] {
                let y = Normal.survivalQuantile(p)
                #expect(matches(y, expected, relative: 2e-15), "survivalQuantile(\(p)) = \(y)")
            }
        }
    }

    @Test func quantileRegionBoundariesAndRoundTrips() {
        // AS 241 switches at |p - 1/2| = 0.425 and at min(p, 1-p) = exp(-25); both sides agree with
        // the distribution function.
        for p in [0.075, 0.075.nextUp, 0.075.nextDown, 0.925, exp(-25.0), exp(-25.0).nextUp, 0.02425, 1e-300] {
            let x = Normal.quantile(p)
            #expect(Normal.cdf(x).isApproximatelyEqual(to: p, relativeTolerance: 1e-14 * max(1, abs(x))), "p = \(p)")
        }
        #expect(Normal.quantile(0.5) == 0)
        #expect(Normal.quantile(0.975).isApproximatelyEqual(to: 1.9599639845400538, relativeTolerance: 1e-15))
        #expect(Normal.survivalQuantile(1e-300) == -Normal.quantile(1e-300))
        #expect(Normal.survivalQuantile(0.025).isApproximatelyEqual(to: 1.9599639845400543, relativeTolerance: 1e-15))
    }

    @Test func specialValues() {
        #expect(Normal.cdf(.nan).isNaN)
        #expect(Normal.survival(.nan).isNaN)
        #expect(Normal.logCDF(.nan).isNaN)
        #expect(Normal.density(.nan).isNaN)
        #expect(Normal.cdf(-.infinity) == 0)
        #expect(Normal.cdf(.infinity) == 1)
        #expect(Normal.survival(.infinity) == 0)
        #expect(Normal.survival(-.infinity) == 1)
        #expect(Normal.logCDF(-.infinity) == -.infinity)
        #expect(Normal.logCDF(.infinity) == 0)
        #expect(Normal.density(.infinity) == 0)
        #expect(Normal.density(0) == inverseSqrtTwoPi)
        #expect(Normal.quantile(0) == -.infinity)
        #expect(Normal.quantile(1) == .infinity)
        #expect(Normal.survivalQuantile(0) == .infinity)
        #expect(Normal.survivalQuantile(1) == -.infinity)
        for p in [Double.nan, -0.1, 1.1, -.infinity, .infinity] {
            #expect(Normal.quantile(p).isNaN, "quantile(\(p))")
            #expect(Normal.survivalQuantile(p).isNaN, "survivalQuantile(\(p))")
        }
    }

    @Test func symmetry() {
        for x in [0.1, 0.66291, 1, 3, 5.7, 12, 30] {
            #expect(Normal.cdf(-x) == Normal.survival(x))
            #expect(Normal.density(-x) == Normal.density(x))
            // Round trips through the small tail (relative error of the tail ~1e-16, divided by
            // the slope x of log Φ).
            #expect(Normal.quantile(Normal.cdf(-x)).isApproximatelyEqual(to: -x, relativeTolerance: 1e-15))
            #expect(Normal.survivalQuantile(Normal.survival(x)).isApproximatelyEqual(to: x, relativeTolerance: 1e-15))
        }
    }
}
