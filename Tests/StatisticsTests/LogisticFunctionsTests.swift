import Foundation
import Testing
import TestSupport
import Statistics

/// `log1pExp`, `logistic` and `logit` against mpmath, including both overflow regions and the
/// switch points (-37, 18, 33.3, and 1/4, 3/4). Tolerance 1e-15 relative (observed worst 2e-16).
@Suite struct LogisticFunctionsTests {
    @Test func matchesMpmath() {
        for c in DistributionFixture.cases("logistic") {
            let x = c[required: "x"]
            #expect(matches(log1pExp(x), c[required: "log1pExp"], relative: 1e-15), "log1pExp(\(x)) = \(log1pExp(x))")
            #expect(matches(logistic(x), c[required: "logistic"], relative: 1e-15), "logistic(\(x)) = \(logistic(x))")
        }
        for c in DistributionFixture.cases("logit") {
            let p = c[required: "p"]
            #expect(matches(logit(p), c[required: "value"], relative: 1e-15), "logit(\(p)) = \(logit(p))")
        }
    }

    @Test func inverses() {
        // (For large positive x, logistic(x) rounds to within eps of 1 and the round trip loses x e^x eps.)
        for x in [-700.0, -30, -1, -1e-12, 0, 1e-12, 2] {
            #expect(
                logit(logistic(x))
                    .isApproximatelyEqual(to: x, relativeTolerance: 1e-12, absoluteTolerance: 1e-15), "x = \(x)")
        }
        // log(logistic(x)) = -log1pExp(-x)
        #expect(log(logistic(-50)).isApproximatelyEqual(to: -log1pExp(50), relativeTolerance: 1e-15))
    }

    @Test func specialValues() {
        #expect(log1pExp(-.infinity) == 0)
        #expect(log1pExp(.infinity) == .infinity)
        #expect(log1pExp(1000) == 1000)
        #expect(log1pExp(.nan).isNaN)
        #expect(logistic(-.infinity) == 0)
        #expect(logistic(.infinity) == 1)
        #expect(logistic(0) == 0.5)
        #expect(logistic(.nan).isNaN)
        #expect(logit(0) == -.infinity)
        #expect(logit(1) == .infinity)
        #expect(logit(0.5) == 0)
        for p in [Double.nan, -0.1, 1.1] {
            #expect(logit(p).isNaN)
        }
    }
}
