import Foundation
import Testing
import TestSupport
@testable import Statistics

/// `logBeta` against `mpmath.log(mpmath.beta)` for all pairs from {1e-3, 0.5, 1, 2.5, 8, 30, 1000,
/// 1e5, 1e10}. Tolerance 2e-15 relative (observed worst 5e-16), with 2e-15 absolute for values near
/// 0, since the Stirling-form combination keeps every large logarithm out of a subtraction.
@Suite struct LogBetaTests {
    @Test func matchesMpmath() {
        for c in DistributionFixture.cases("logBeta") {
            let (a, b) = (c[required: "a"], c[required: "b"])
            let value = logBeta(a, b)
            #expect(
                matches(value, c[required: "value"], relative: 2e-15, absolute: 2e-15), "logBeta(\(a), \(b)) = \(value)")
            #expect(logBeta(b, a) == value)
        }
    }

    @Test func reciprocalOfATimesBeta() {
        // 1/(a B(a, b)) is computed without logarithms for small shapes: B(a, 1) = 1/a.
        for a in [1e-8, 0.3, 0.99] {
            #expect(reciprocalATimesBeta(a, 1).isApproximatelyEqual(to: 1, relativeTolerance: 4e-16))
        }
        // 1/(a B(a, b)) = Γ(a + b) / (Γ(1 + a) Γ(b)); a = 0.5, b = 1.5: Γ(2) / (Γ(1.5)²) = 4/π.
        #expect(reciprocalATimesBeta(0.5, 1.5).isApproximatelyEqual(to: 4 / Double.pi, relativeTolerance: 1e-15))
        #expect(
            reciprocalATimesBeta(0.5, 3.5)
                .isApproximatelyEqual(to: exp(-log(0.5) - logBeta(0.5, 3.5)), relativeTolerance: 1e-15))
    }

    @Test func specialValues() {
        #expect(logBeta(1, 1) == 0)
        #expect(logBeta(0, 2) == .infinity)
        #expect(logBeta(2, .infinity) == -.infinity)
        #expect(logBeta(.nan, 2).isNaN)
        #expect(logBeta(-1, 2).isNaN)
    }
}
