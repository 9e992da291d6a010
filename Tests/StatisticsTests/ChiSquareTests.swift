import Foundation
import Testing
import TestSupport
import Statistics

/// `ChiSquare` against mpmath: distribution functions for df 0.5, 1, 2, 7, 100, 1e4 and x from
/// 1e-300 to far in the upper tail; quantiles as roots of mpmath's `gammainc` at 60 digits.
///
/// Tolerances: distribution functions and density `tailTolerance` (see `FixtureSupport`);
/// quantiles 1e-14 relative — the quantile's relative condition number `p / (x f(x))` is at most
/// about 2/df in the lower tail and below 1 in the upper tail here, so a 1e-15 probability error
/// moves `x` by less than 1e-14.
@Suite struct ChiSquareTests {
    @Test func distributionFunctionsMatchMpmath() {
        for c in DistributionFixture.cases("chiSquare") {
            let x = c[required: "x"]
            let df = c[required: "df"]
            let cdf = ChiSquare.cdf(x, degreesOfFreedom: df)
            let survival = ChiSquare.survival(x, degreesOfFreedom: df)
            let density = ChiSquare.density(x, degreesOfFreedom: df)
            #expect(
                matches(cdf, c[required: "cdf"], relative: tailTolerance(c[required: "cdf"])), "cdf(\(x); \(df)) = \(cdf)")
            #expect(matches(survival, c[required: "survival"], relative: tailTolerance(c[required: "survival"])),
                    "survival(\(x); \(df)) = \(survival)")
            #expect(matches(density, c[required: "density"], relative: tailTolerance(c[required: "density"])),
                    "density(\(x); \(df)) = \(density)")
        }
    }

    @Test func quantilesMatchMpmath() {
        for c in DistributionFixture.cases("chiSquareQuantile") {
            let df = c[required: "df"]
            if let expected = c["quantile"] {
                let p = c[required: "p"]
                let x = ChiSquare.quantile(p, degreesOfFreedom: df)
                #expect(matches(x, expected, relative: 1e-14), "quantile(\(p); \(df)) = \(x), expected \(expected)")
            }
            if let expected = c["survivalQuantile"] {
                let q = c[required: "q"]
                let x = ChiSquare.survivalQuantile(q, degreesOfFreedom: df)
                #expect(
                    matches(x, expected, relative: 1e-14), "survivalQuantile(\(q); \(df)) = \(x), expected \(expected)")
            }
        }
    }

    @Test func familiarCriticalValues() {
        // Tables (Abramowitz & Stegun 26.8): 3.841458820694124 (df 1, 5%), 5.991464547107979 (df 2, 5%),
        // 15.50731305586545 (df 8, 5%: the Hosmer-Lemeshow test with 10 groups).
        #expect(
            ChiSquare.survivalQuantile(0.05, degreesOfFreedom: 1)
                .isApproximatelyEqual(to: 3.841458820694124, relativeTolerance: 1e-14))
        #expect(
            ChiSquare.survivalQuantile(0.05, degreesOfFreedom: 2)
                .isApproximatelyEqual(to: 5.991464547107979, relativeTolerance: 1e-14))
        #expect(
            ChiSquare.survivalQuantile(0.05, degreesOfFreedom: 8)
                .isApproximatelyEqual(to: 15.50731305586545, relativeTolerance: 1e-14))
        // df = 2 is the exponential distribution with mean 2: survival(x) = e^(-x/2).
        for x in [0.001, 1, 10, 200, 1400] {
            #expect(
                ChiSquare.survival(x, degreesOfFreedom: 2)
                    .isApproximatelyEqual(to: exp(-x / 2), relativeTolerance: 1e-14))
        }
    }

    @Test func specialValues() {
        #expect(ChiSquare.cdf(0, degreesOfFreedom: 3) == 0)
        #expect(ChiSquare.cdf(-1, degreesOfFreedom: 3) == 0)
        #expect(ChiSquare.survival(-1, degreesOfFreedom: 3) == 1)
        #expect(ChiSquare.cdf(.infinity, degreesOfFreedom: 3) == 1)
        #expect(ChiSquare.survival(.infinity, degreesOfFreedom: 3) == 0)
        #expect(ChiSquare.density(0, degreesOfFreedom: 1) == .infinity)
        #expect(ChiSquare.density(0, degreesOfFreedom: 2) == 0.5)
        #expect(ChiSquare.density(0, degreesOfFreedom: 3) == 0)
        #expect(ChiSquare.quantile(0, degreesOfFreedom: 3) == 0)
        #expect(ChiSquare.quantile(1, degreesOfFreedom: 3) == .infinity)
        #expect(ChiSquare.survivalQuantile(0, degreesOfFreedom: 3) == .infinity)
        for df in [0.0, -1, .nan, .infinity] {
            #expect(ChiSquare.cdf(1, degreesOfFreedom: df).isNaN, "df = \(df)")
            #expect(ChiSquare.survival(1, degreesOfFreedom: df).isNaN, "df = \(df)")
            #expect(ChiSquare.quantile(0.5, degreesOfFreedom: df).isNaN, "df = \(df)")
        }
        #expect(ChiSquare.cdf(.nan, degreesOfFreedom: 3).isNaN)
        for p in [Double.nan, -0.5, 1.5] {
            #expect(ChiSquare.quantile(p, degreesOfFreedom: 3).isNaN)
            #expect(ChiSquare.survivalQuantile(p, degreesOfFreedom: 3).isNaN)
        }
    }
}
