import Foundation
import Testing
import TestSupport
@testable import Statistics

/// `regularizedIncompleteBeta` against a 70-digit reference (the continued fraction A&S 26.5.8 in
/// mpmath, cross-checked against `mpmath.betainc` where that converges) for every pair of
/// `a, b` in {1e-3, 0.5, 1, 2.5, 30, 1000, 1e5} and `x` at 1e-10, 1e-3, 0.1, 0.5, 0.9, 1 - 1e-3,
/// 1 - 1e-10 and at the mean ± 2 and 6 standard deviations.
///
/// Tolerance: `tailTolerance` — 1e-14 relative for values of moderate size (observed worst
/// 3.7e-15) plus 5e-16 per unit of `|log I|`, because `x^a (1-x)^b / B(a, b)` is an exponential of
/// a quantity whose rounding grows with its size; with parameters near 1e5 that is the limit of
/// double precision, not of the method (the observed errors are a fifth to a half of the bound).
/// Both `I` and `1 - I` are checked, each against its own value.
@Suite struct IncompleteBetaTests {
    @Test func matchesHighPrecisionReference() {
        for c in DistributionFixture.cases("incompleteBeta") {
            let (x, a, b) = (c[required: "x"], c[required: "a"], c[required: "b"])
            let lower = regularizedIncompleteBeta(x, a: a, b: b)
            let upper = BetaDistribution.survival(x, alpha: a, beta: b)
            let (expectedLower, expectedUpper) = (c[required: "lower"], c[required: "upper"])
            #expect(matches(lower, expectedLower, relative: tailTolerance(expectedLower)),
                    "I_\(x)(\(a), \(b)) = \(lower), expected \(expectedLower)")
            #expect(matches(upper, expectedUpper, relative: tailTolerance(expectedUpper)),
                    "1 - I_\(x)(\(a), \(b)) = \(upper), expected \(expectedUpper)")
        }
    }

    @Test func closedForms() {
        // I_x(a, 1) = x^a; I_x(1, b) = 1 - (1-x)^b; I_x(1/2, 1/2) = (2/π) asin(√x).
        for x in [1e-12, 0.01, 0.3, 0.5, 0.77, 0.999] {
            for s in [1e-3, 0.5, 2, 37.5, 1e4] {
                #expect(
                    regularizedIncompleteBeta(x, a: s, b: 1)
                        .isApproximatelyEqual(to: pow(x, s), relativeTolerance: tailTolerance(pow(x, s))))
                let complement = exp(s * log1p(-x))
                #expect(
                    BetaDistribution.survival(x, alpha: 1, beta: s)
                        .isApproximatelyEqual(to: complement, relativeTolerance: tailTolerance(complement)))
            }
            #expect(regularizedIncompleteBeta(x, a: 0.5, b: 0.5)
                .isApproximatelyEqual(to: 2 / Double.pi * asin(x.squareRoot()), relativeTolerance: 1e-14))
        }
    }

    @Test func symmetryRelation() {
        // I_x(a, b) = 1 - I_{1-x}(b, a): the upper ratio for (a, b, x) is the lower one for (b, a, 1-x).
        for (a, b) in [(0.3, 4.0), (25, 40), (1e3, 2e3), (5e4, 12)] {
            for x in [0.25, 0.5, 0.75] {
                let upper = incompleteBetaRatios(a: a, b: b, x: x, y: 1 - x)!.upper
                let mirrored = incompleteBetaRatios(a: b, b: a, x: 1 - x, y: x)!.lower
                #expect(
                    upper.isApproximatelyEqual(to: mirrored, relativeTolerance: 1e-15), "a = \(a), b = \(b), x = \(x)")
            }
        }
    }

    @Test func extremeShapes() {
        // Shapes below the paper's eps (apser and fpser) and a = b tending to 0, where I -> b/(a+b).
        #expect(
            regularizedIncompleteBeta(0.3, a: 1e-300, b: 1e-300)
                .isApproximatelyEqual(to: 0.5, relativeTolerance: 1e-15))
        let tinyA = BetaDistribution.survival(0.2, alpha: 1e-20, beta: 3)
        // 1 - I_x(a, b) ≈ a ∫_x^1 (1-t)^(b-1)/t dt for tiny a; with b = 3 the integral is
        // -log x - 2(1 - x) + (1 - x²)/2.
        let exact = 1e-20 * (-log(0.2) - 2 * 0.8 + (1 - 0.04) / 2)
        #expect(tinyA.isApproximatelyEqual(to: exact, relativeTolerance: 1e-14))
        let tinyB = regularizedIncompleteBeta(0.4, a: 2, b: 1e-20)
        // I_x(a, b) ≈ b ∫_0^x t^(a-1)/(1-t) dt for tiny b; with a = 2: b (-log(1-x) - x).
        #expect(tinyB.isApproximatelyEqual(to: 1e-20 * (-log(0.6) - 0.4), relativeTolerance: 1e-14))
    }

    @Test func specialValues() {
        #expect(regularizedIncompleteBeta(0, a: 2, b: 3) == 0)
        #expect(regularizedIncompleteBeta(1, a: 2, b: 3) == 1)
        // Degenerate shapes: point masses at 0 (a = 0 or b = inf) or at 1 (b = 0 or a = inf).
        #expect(regularizedIncompleteBeta(0.5, a: 0, b: 3) == 1)
        #expect(regularizedIncompleteBeta(0.5, a: 2, b: .infinity) == 1)
        #expect(regularizedIncompleteBeta(0.5, a: 2, b: 0) == 0)
        #expect(regularizedIncompleteBeta(0.5, a: .infinity, b: 3) == 0)
        #expect(regularizedIncompleteBeta(0.5, a: 0, b: 0).isNaN)
        #expect(regularizedIncompleteBeta(0.5, a: .infinity, b: .infinity).isNaN)
        let invalid: [(Double, Double, Double)] = [
            (.nan, 1, 1), (0.5, .nan, 1), (0.5, 1, .nan), (-0.1, 1, 1), (1.1, 1, 1), (0.5, -1, 1), (0.5, 1, -2),
        ]
        for (x, a, b) in invalid {
            #expect(regularizedIncompleteBeta(x, a: a, b: b).isNaN, "x = \(x), a = \(a), b = \(b)")
        }
    }

    @Test func inverseRoundTrips() {
        // inverseIncompleteBeta solves I_x(a, b) = p; the recovered probability matches p to 1e-13
        // plus the change of I over two ulps of the solved variable.
        for (a, b) in [(0.5, 0.5), (2, 3), (0.02, 40), (600.5, 9400.5), (1e5, 1e5), (3, 1e-2)] {
            for p in [1e-200, 1e-8, 0.025, 0.5, 0.975, 1 - 1e-8] {
                let (x, y) = inverseIncompleteBeta(a: a, b: b, p: p, q: 1 - p)
                if x == 0 || y == 0 { continue }  // a root beyond the doubles (checked in BetaDistributionTests)
                let ratios = incompleteBetaRatios(a: a, b: b, x: x, y: y)!
                let density = BetaDistribution.density(x, alpha: a, beta: b)
                let tail = min(p, 1 - p)
                let slope = min(x, y) * density / tail
                let recovered = p <= 0.5 ? ratios.lower : ratios.upper
                #expect(
                    recovered.isApproximatelyEqual(to: tail, relativeTolerance: 1e-13 + 4 * Double.ulpOfOne * slope),
                        "a = \(a), b = \(b), p = \(p): x = \(x)")
            }
        }
    }
}
