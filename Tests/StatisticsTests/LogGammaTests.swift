import Foundation
import Testing
import TestSupport
@testable import Statistics

/// `logGamma` against `mpmath.loggamma` over (1e-300, 1e300), densest on (1e-10, 1e6).
///
/// Tolerance: 2e-15 relative (observed worst 3.8e-16), and 3e-16 absolute near the zeros at 1 and 2
/// where a relative comparison of a value of size 1e-8 would ask for more than the argument holds.
@Suite struct LogGammaTests {
    @Test func matchesMpmath() {
        for c in DistributionFixture.cases("logGamma") {
            let x = c[required: "x"]
            let value = logGamma(x)
            #expect(matches(value, c[required: "value"], relative: 2e-15, absolute: 3e-16), "logGamma(\(x)) = \(value)")
        }
    }

    @Test func factorialsAndHalfIntegers() {
        var logFactorial = 0.0
        for n in 1...170 {
            logFactorial += log(Double(n))
            #expect(
                logGamma(Double(n + 1))
                    .isApproximatelyEqual(to: logFactorial, relativeTolerance: 1e-14, absoluteTolerance: 1e-15))
        }
        #expect(logGamma(0.5).isApproximatelyEqual(to: 0.5 * log(Double.pi), relativeTolerance: 2e-16))
        #expect(logGamma(1) == 0)
        #expect(logGamma(2) == 0)
    }

    @Test func helpersAroundOne() {
        // 1/Γ(1 + a) - 1 and log Γ(1 + z) keep relative accuracy near their zeros.
        #expect(
            reciprocalGammaOnePlusMinusOne(1e-10)
                .isApproximatelyEqual(to: 5.7721566483594506e-11, relativeTolerance: 1e-14))
        #expect(logGammaOnePlus(-1e-10).isApproximatelyEqual(to: 5.7721566498377955e-11, relativeTolerance: 1e-14))
        #expect(stirlingCorrection(10).isApproximatelyEqual(to: 0.00833056343336287, relativeTolerance: 1e-15))
        #expect(stirlingCorrection(0.5).isApproximatelyEqual(to: 0.15342640972002736, relativeTolerance: 1e-14))
        // log Γ(b) - log Γ(a + b) for b = 1e6, a = 0.5.
        // (mpmath: -6.907755153982137; the difference of the two logarithms would lose 7 digits)
        #expect(logGammaRatio(0.5, 1e6).isApproximatelyEqual(to: -6.907755153982137, relativeTolerance: 1e-15))
    }

    @Test func specialValues() {
        #expect(logGamma(0) == .infinity)
        #expect(logGamma(.infinity) == .infinity)
        #expect(logGamma(1e306) == .infinity)
        #expect(logGamma(.nan).isNaN)
        #expect(logGamma(-1).isNaN)
        #expect(logGamma(-0.5).isNaN)
        #expect(logGamma(.leastNonzeroMagnitude).isApproximatelyEqual(to: 744.4400719213812, relativeTolerance: 1e-15))
    }
}
