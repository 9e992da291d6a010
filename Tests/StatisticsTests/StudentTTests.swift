import Foundation
import Testing
import TestSupport
import Statistics

/// `StudentT` against mpmath: the distribution functions from the incomplete beta function at 70
/// digits for df 1, 2, 2.5, 30, 1e6 and t from -1e5 to 1e5; the quantiles as roots of it.
///
/// Tolerances: distribution functions and density `tailTolerance`, which is 1e-14 near the centre
/// (observed worst 1.4e-15, thanks to forming `ν/(ν+t²)` and `t²/(ν+t²)` with compensated
/// arithmetic); quantiles 1e-14 plus four ulps times their condition number
/// `tail / (|t| f(t))`.
@Suite struct StudentTTests {
    @Test func distributionFunctionsMatchMpmath() {
        for c in DistributionFixture.cases("studentT") {
            let t = c[required: "t"]
            let df = c[required: "df"]
            let context = "t = \(t), df = \(df)"
            let cdf = StudentT.cdf(t, degreesOfFreedom: df)
            let survival = StudentT.survival(t, degreesOfFreedom: df)
            let twoSided = StudentT.twoSidedPValue(t, degreesOfFreedom: df)
            let density = StudentT.density(t, degreesOfFreedom: df)
            #expect(
                matches(cdf, c[required: "cdf"], relative: tailTolerance(c[required: "cdf"])), "cdf: \(context): \(cdf)")
            #expect(matches(survival, c[required: "survival"], relative: tailTolerance(c[required: "survival"])),
                    "survival: \(context): \(survival)")
            #expect(matches(twoSided, c[required: "twoSided"], relative: tailTolerance(c[required: "twoSided"])),
                    "two-sided: \(context): \(twoSided)")
            #expect(matches(density, c[required: "density"], relative: tailTolerance(c[required: "density"])),
                    "density: \(context): \(density)")
        }
    }

    @Test func quantilesMatchMpmath() {
        for c in DistributionFixture.cases("studentTQuantile") {
            let p = c[required: "p"]
            let df = c[required: "df"]
            let expected = c[required: "quantile"]
            let t = StudentT.quantile(p, degreesOfFreedom: df)
            let condition = min(p, 1 - p) / (abs(expected) * StudentT.density(expected, degreesOfFreedom: df))
            let tolerance = 1e-14 + 4 * Double.ulpOfOne * condition
            #expect(matches(t, expected, relative: tolerance), "quantile(\(p); \(df)) = \(t), expected \(expected)")
            let upper = StudentT.survivalQuantile(1 - p, degreesOfFreedom: df)
            if p < 0.5 {
                // survivalQuantile(q) = -quantile(q) exactly by symmetry, for the accurate small tail.
                #expect(StudentT.survivalQuantile(p, degreesOfFreedom: df) == -t)
            } else {
                #expect(matches(upper, expected, relative: tolerance + 1e-15), "survivalQuantile(\(1 - p); \(df))")
            }
        }
    }

    @Test func closedFormsForOneAndTwoDegreesOfFreedom() {
        // Lower tails in cancellation-free closed forms: Cauchy F(t) = atan(1/|t|)/π; df 2
        // F(t) = 1 / (s (s + |t|)) with s = √(2 + t²), for t < 0.
        for t in [-1e6, -30, -1, -1e-3] {
            let s = (2 + t * t).squareRoot()
            #expect(
                StudentT.cdf(t, degreesOfFreedom: 1)
                    .isApproximatelyEqual(to: atan(-1 / t) / Double.pi, relativeTolerance: 1e-14))
            #expect(
                StudentT.cdf(t, degreesOfFreedom: 2)
                    .isApproximatelyEqual(to: 1 / (s * (s - t)), relativeTolerance: 1e-14))
            #expect(StudentT.survival(-t, degreesOfFreedom: 2) == StudentT.cdf(t, degreesOfFreedom: 2))
        }
        #expect(
            StudentT.quantile(0.975, degreesOfFreedom: 1)
                .isApproximatelyEqual(to: 12.706204736174694, relativeTolerance: 1e-14))
        #expect(
            StudentT.quantile(0.975, degreesOfFreedom: 2)
                .isApproximatelyEqual(to: 4.302652729749462, relativeTolerance: 1e-14))
    }

    @Test func infiniteDegreesOfFreedomIsTheNormal() {
        for t in [-9.0, -1, 0.3, 5] {
            #expect(StudentT.cdf(t, degreesOfFreedom: .infinity) == Normal.cdf(t))
            #expect(StudentT.density(t, degreesOfFreedom: .infinity) == Normal.density(t))
        }
        #expect(StudentT.quantile(0.01, degreesOfFreedom: .infinity) == Normal.quantile(0.01))
        // A huge but finite df is close to it: F_ν(t) ≈ Φ(t) - φ(t)(t + t³)/(4ν), a relative
        // difference of 2.5e-11 at t = -3, ν = 1e12.
        let difference = Normal.density(-3) * (-3 - 27) / 4e12
        #expect(StudentT.cdf(-3, degreesOfFreedom: 1e12)
            .isApproximatelyEqual(to: Normal.cdf(-3) - difference, relativeTolerance: 1e-13))
    }

    @Test func specialValues() {
        #expect(StudentT.cdf(0, degreesOfFreedom: 5) == 0.5)
        #expect(StudentT.twoSidedPValue(0, degreesOfFreedom: 5) == 1)
        #expect(StudentT.cdf(-.infinity, degreesOfFreedom: 5) == 0)
        #expect(StudentT.cdf(.infinity, degreesOfFreedom: 5) == 1)
        #expect(StudentT.survival(.infinity, degreesOfFreedom: 5) == 0)
        #expect(StudentT.twoSidedPValue(.infinity, degreesOfFreedom: 5) == 0)
        #expect(StudentT.density(.infinity, degreesOfFreedom: 5) == 0)
        #expect(StudentT.quantile(0, degreesOfFreedom: 5) == -.infinity)
        #expect(StudentT.quantile(1, degreesOfFreedom: 5) == .infinity)
        #expect(StudentT.quantile(0.5, degreesOfFreedom: 5) == 0)
        #expect(StudentT.cdf(1e-300, degreesOfFreedom: 5) == 0.5)
        for df in [0.0, -2, .nan] {
            #expect(StudentT.cdf(1, degreesOfFreedom: df).isNaN, "df = \(df)")
            #expect(StudentT.twoSidedPValue(1, degreesOfFreedom: df).isNaN, "df = \(df)")
            #expect(StudentT.quantile(0.3, degreesOfFreedom: df).isNaN, "df = \(df)")
            #expect(StudentT.density(1, degreesOfFreedom: df).isNaN, "df = \(df)")
        }
        #expect(StudentT.cdf(.nan, degreesOfFreedom: 3).isNaN)
        for p in [Double.nan, -1e-9, 1.5] {
            #expect(StudentT.quantile(p, degreesOfFreedom: 3).isNaN)
            #expect(StudentT.survivalQuantile(p, degreesOfFreedom: 3).isNaN)
        }
    }
}
