import Foundation
import Testing
import TestSupport
import Statistics

/// `Binomial` against exact sums in mpmath (60 digits: the probability mass function from the
/// binomial coefficient, the tails summed term by term from the smaller side), for n from 1 to 1e6,
/// p from 1e-8 to 0.9, and k out to 30 standard deviations.
///
/// Tolerance: `tailTolerance` (see `FixtureSupport`), because the mass is `exp(-deviance)` with a
/// deviance of up to 450 here; the gap `k - np` is formed with a fused multiply-add, so p's rounding
/// does not add the `|k - np| eps` error the textbook formula has (2e-12 at 30 sd for n = 1e6).
@Suite struct BinomialTests {
    @Test func matchesExactSums() {
        for c in DistributionFixture.cases("binomial") {
            let k = Int(c[required: "k"])
            let n = Int(c[required: "n"])
            let p = c[required: "p"]
            let context = "k = \(k), n = \(n), p = \(p)"
            let pmf = Binomial.pmf(k, trials: n, probability: p)
            let cdf = Binomial.cdf(k, trials: n, probability: p)
            let survival = Binomial.survival(atLeast: k, trials: n, probability: p)
            #expect(
                matches(pmf, c[required: "pmf"], relative: tailTolerance(c[required: "pmf"])), "pmf: \(context): \(pmf)")
            #expect(
                matches(cdf, c[required: "cdf"], relative: tailTolerance(c[required: "cdf"])), "cdf: \(context): \(cdf)")
            #expect(matches(survival, c[required: "survival"], relative: tailTolerance(c[required: "survival"])),
                    "survival: \(context): \(survival)")
        }
    }

    @Test func smallCasesByHand() {
        // n = 4, p = 1/2: masses 1, 4, 6, 4, 1 over 16 (to a few ulps: the saddle-point formula
        // does not return exact dyadic fractions).
        for (k, count) in [1.0, 4, 6, 4, 1].enumerated() {
            #expect(
                Binomial.pmf(k, trials: 4, probability: 0.5)
                    .isApproximatelyEqual(to: count / 16, relativeTolerance: 1e-15))
        }
        #expect(
            Binomial.cdf(1, trials: 4, probability: 0.5).isApproximatelyEqual(to: 5.0 / 16, relativeTolerance: 1e-15))
        #expect(
            Binomial.survival(atLeast: 3, trials: 4, probability: 0.5)
                .isApproximatelyEqual(to: 5.0 / 16, relativeTolerance: 1e-15))
        // A grade of 1000 obligors with PD 0.1% and 5 defaults: P(X >= 5) = 0.003644...
        let p = Binomial.survival(atLeast: 5, trials: 1000, probability: 0.001)
        let direct = 1 - (0...4).reduce(0) { $0 + Binomial.pmf($1, trials: 1000, probability: 0.001) }
        #expect(p.isApproximatelyEqual(to: direct, relativeTolerance: 1e-12))
    }

    @Test func edges() {
        #expect(Binomial.pmf(-1, trials: 5, probability: 0.3) == 0)
        #expect(Binomial.pmf(6, trials: 5, probability: 0.3) == 0)
        #expect(Binomial.pmf(0, trials: 0, probability: 0.3) == 1)
        #expect(Binomial.pmf(0, trials: 5, probability: 0) == 1)
        #expect(Binomial.pmf(2, trials: 5, probability: 0) == 0)
        #expect(Binomial.pmf(5, trials: 5, probability: 1) == 1)
        #expect(Binomial.cdf(-1, trials: 5, probability: 0.3) == 0)
        #expect(Binomial.cdf(5, trials: 5, probability: 0.3) == 1)
        #expect(Binomial.cdf(2, trials: 5, probability: 0) == 1)
        #expect(Binomial.cdf(2, trials: 5, probability: 1) == 0)
        #expect(Binomial.survival(atLeast: 0, trials: 5, probability: 0.3) == 1)
        #expect(Binomial.survival(atLeast: 6, trials: 5, probability: 0.3) == 0)
        #expect(Binomial.survival(atLeast: 1, trials: 5, probability: 0) == 0)
        #expect(Binomial.survival(atLeast: 5, trials: 5, probability: 1) == 1)
        for p in [Double.nan, -0.1, 1.5] {
            #expect(Binomial.pmf(1, trials: 5, probability: p).isNaN)
            #expect(Binomial.cdf(1, trials: 5, probability: p).isNaN)
            #expect(Binomial.survival(atLeast: 1, trials: 5, probability: p).isNaN)
        }
    }
}
