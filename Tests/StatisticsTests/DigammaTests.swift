import Foundation
import Testing
import TestSupport
import Statistics

/// `digamma` and `trigamma` against `mpmath.digamma` / `mpmath.polygamma(1, ·)` on (1e-150, 1e15).
///
/// Tolerance: 2e-15 relative (observed worst 6.4e-16 for trigamma); digamma has a zero at
/// 1.4616321449683623, where only an absolute error (below 5e-16) is meaningful.
@Suite struct DigammaTests {
    @Test func matchesMpmath() {
        for c in DistributionFixture.cases("digamma") {
            let x = c[required: "x"]
            let psi = digamma(x)
            let psi1 = trigamma(x)
            #expect(matches(psi, c[required: "digamma"], relative: 2e-15, absolute: 5e-16), "digamma(\(x)) = \(psi)")
            #expect(matches(psi1, c[required: "trigamma"], relative: 2e-15), "trigamma(\(x)) = \(psi1)")
        }
    }

    @Test func knownValues() {
        // ψ(1) = -γ, ψ(1/2) = -γ - 2 log 2, ψ'(1) = π²/6, ψ'(1/2) = π²/2.
        #expect(digamma(1).isApproximatelyEqual(to: -0.5772156649015329, relativeTolerance: 1e-15))
        #expect(digamma(0.5).isApproximatelyEqual(to: -0.5772156649015329 - 2 * log(2.0), relativeTolerance: 1e-15))
        #expect(trigamma(1).isApproximatelyEqual(to: Double.pi * Double.pi / 6, relativeTolerance: 1e-15))
        #expect(trigamma(0.5).isApproximatelyEqual(to: Double.pi * Double.pi / 2, relativeTolerance: 1e-15))
        // Recurrences ψ(x + 1) = ψ(x) + 1/x, ψ'(x + 1) = ψ'(x) - 1/x².
        for x in [1.7, 3.3, 9.5, 19.5, 250] {  // (no cancellation between the two terms here)
            #expect(
                digamma(x + 1)
                    .isApproximatelyEqual(to: digamma(x) + 1 / x, relativeTolerance: 4e-15, absoluteTolerance: 1e-15))
            #expect(trigamma(x + 1).isApproximatelyEqual(to: trigamma(x) - 1 / (x * x), relativeTolerance: 4e-15))
        }
    }

    @Test func specialValues() {
        for x in [0.0, -1, -2.5, .nan, -.infinity] {
            #expect(digamma(x).isNaN, "digamma(\(x))")
            #expect(trigamma(x).isNaN, "trigamma(\(x))")
        }
        #expect(digamma(.infinity) == .infinity)
        #expect(trigamma(.infinity) == 0)
    }
}
