import Foundation
import Testing
import TestSupport
@testable import Statistics

/// `regularizedGammaP` / `regularizedGammaQ` against mpmath's `gammainc` (70 digits), for shapes
/// `a` from 1e-3 to 1e4 and `x` from 1e-10 to `a + 10√a` (around `x ≈ a` most densely).
///
/// Tolerance: `tailTolerance` — 1e-14 relative plus 5e-16 per unit of `|log value|` (the rounding
/// of the exponent of `x^a e^(-x) / Γ(a+1)`); the observed worst is about a fifth of that.
@Suite struct IncompleteGammaTests {
    @Test func matchesMpmath() {
        for c in DistributionFixture.cases("gamma") {
            let a = c[required: "a"]
            let x = c[required: "x"]
            let p = regularizedGammaP(a, x)
            let q = regularizedGammaQ(a, x)
            let expectedP = c[required: "p"]
            let expectedQ = c[required: "q"]
            #expect(
                matches(p, expectedP, relative: tailTolerance(expectedP)), "P(\(a), \(x)) = \(p), expected \(expectedP)")
            #expect(
                matches(q, expectedQ, relative: tailTolerance(expectedQ)), "Q(\(a), \(x)) = \(q), expected \(expectedQ)")
        }
    }

    @Test func closedForms() {
        // P(1, x) = 1 - e^(-x); Q(1/2, x) = erfc(√x) = 2 Φ(-√(2x)).
        for x in [1e-8, 0.5, 1, 7.5, 30, 700] {
            #expect(regularizedGammaQ(1, x).isApproximatelyEqual(to: exp(-x), relativeTolerance: 1e-14))
            #expect(regularizedGammaP(1, x).isApproximatelyEqual(to: -expm1(-x), relativeTolerance: 1e-14))
            let erfc = 2 * Normal.survival((2 * x).squareRoot())
            #expect(regularizedGammaQ(0.5, x).isApproximatelyEqual(to: erfc, relativeTolerance: 1e-13))
        }
    }

    @Test func specialValues() {
        #expect(regularizedGammaP(2, 0) == 0)
        #expect(regularizedGammaQ(2, 0) == 1)
        #expect(regularizedGammaP(2, .infinity) == 1)
        #expect(regularizedGammaQ(2, .infinity) == 0)
        for (a, x) in [(Double.nan, 1.0), (1, .nan), (0, 1), (-1, 1), (.infinity, 1), (1, -1)] {
            #expect(regularizedGammaP(a, x).isNaN, "P(\(a), \(x))")
            #expect(regularizedGammaQ(a, x).isNaN, "Q(\(a), \(x))")
        }
    }

    @Test func complementsAddToOne() {
        for a in [1e-3, 0.3, 1, 4.5, 50, 5000] {
            for factor in [0.01, 0.5, 0.99, 1, 1.01, 2, 10] {
                let x = a * factor
                #expect(abs(regularizedGammaP(a, x) + regularizedGammaQ(a, x) - 1) <= 4e-16, "a = \(a), x = \(x)")
            }
        }
    }

    @Test func inverseRoundTrips() {
        // inverseRegularizedGamma solves P(a, x) = p. Round trip tolerance: 1e-13 plus the change of
        // the tail over two ulps of x, 4 eps x f(x) / p (up to 3e-13 for a = 1e4 in the far tails,
        // where d log P / d log x = x f / P is about 2700).
        for a in [1e-2, 0.25, 1, 3.5, 100, 1e4] {
            for p in [1e-200, 1e-10, 0.01, 0.5, 0.99] {
                let x = inverseRegularizedGamma(a, p: p, q: 1 - p)
                if x == 0 {
                    // The root underflows: even the smallest subnormal number has a larger P.
                    #expect(regularizedGammaP(a, .leastNonzeroMagnitude) > p, "a = \(a), p = \(p)")
                    continue
                }
                let slope = x * GammaDistribution.density(x, shape: a, scale: 1) / p
                #expect(
                    regularizedGammaP(a, x)
                        .isApproximatelyEqual(to: p, relativeTolerance: 1e-13 + 4 * Double.ulpOfOne * slope),
                        "a = \(a), p = \(p), x = \(x)")
            }
            for q in [1e-300, 1e-10] {
                let x = inverseRegularizedGamma(a, p: 1 - q, q: q)
                let slope = x * GammaDistribution.density(x, shape: a, scale: 1) / q
                #expect(
                    regularizedGammaQ(a, x)
                        .isApproximatelyEqual(to: q, relativeTolerance: 1e-13 + 4 * Double.ulpOfOne * slope),
                        "a = \(a), q = \(q)")
            }
        }
        // A root below the smallest subnormal number is returned as 0: P(1e-3, x) = 0.3 at
        // x = 0.3^1000 Γ(1.001)^1000 ≈ 1e-523.
        #expect(inverseRegularizedGamma(1e-3, p: 0.3, q: 0.7) == 0)
    }
}
