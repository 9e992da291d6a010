import Foundation
import Testing
@testable import Statistics

/// The root finder behind the quantile functions, on functions whose roots are known in closed form.
@Suite struct SafeguardedNewtonTests {
    @Test func findsRootsAcrossMagnitudes() {
        // f(x) = x³ - c: root c^(1/3), from a poor start, in (0, inf) with an infinite upper end.
        for c in [1e-300, 1e-20, 0.5, 8, 1e150] {
            let root = solveIncreasing(initial: 1, lower: 0, upper: .infinity, residualScale: c) { x in
                RootProbe(residual: x * x * x - c, derivative: 3 * x * x, curvature: 2 / x,
                          logResidual: log(x * x * x / c), logDerivative: 3 / x)
            }
            #expect(root.isApproximatelyEqual(to: cbrt(c), relativeTolerance: 4e-16), "c = \(c): \(root)")
        }
    }

    @Test func survivesUselessDerivatives() {
        // A step function's derivative is 0 almost everywhere: bisection alone must bracket the jump.
        let root = solveIncreasing(initial: 0.9, lower: 0, upper: 1, residualScale: 1) { x in
            RootProbe(residual: x < 0.3 ? -1 : 1, derivative: 0, curvature: 0, logResidual: .nan, logDerivative: 0)
        }
        #expect(abs(root - 0.3) < 1e-15)
    }

    @Test func stopsAtTheNoiseFloor() {
        // A residual with rounding noise of 1e-12 cannot locate the root better than that; the
        // solver must stop (not spin) and return a point within the noise band.
        var probes = 0
        let root = solveIncreasing(initial: 3, lower: 0, upper: 10, residualScale: 1e-30) { x in
            probes += 1
            let noise = 1e-12 * sin(1e9 * x)
            return RootProbe(residual: x - 2 + noise, derivative: 1, curvature: 0, logResidual: .nan, logDerivative: 0)
        }
        #expect(abs(root - 2) < 3e-12)
        #expect(probes < 50)
    }
}
