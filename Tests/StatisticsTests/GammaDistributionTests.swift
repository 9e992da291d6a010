import Foundation
import Testing
import TestSupport
import Statistics

/// `GammaDistribution` is the incomplete gamma function with a scale; the values are checked
/// through identities with functions tested against mpmath (`IncompleteGammaTests`), to rounding.
@Suite struct GammaDistributionTests {
    @Test func scaleEnters() {
        for (shape, scale, x) in [(0.5, 3.0, 0.2), (2.5, 0.1, 0.4), (40, 2, 70), (0.02, 1, 1e-5)] {
            #expect(GammaDistribution.cdf(x, shape: shape, scale: scale) == regularizedGammaP(shape, x / scale))
            #expect(GammaDistribution.survival(x, shape: shape, scale: scale) == regularizedGammaQ(shape, x / scale))
            let quantile = GammaDistribution.quantile(0.3, shape: shape, scale: scale)
            #expect(
                GammaDistribution.cdf(quantile, shape: shape, scale: scale)
                    .isApproximatelyEqual(to: 0.3, relativeTolerance: 1e-14))
        }
    }

    @Test func densityOfTheExponentialAndErlang() {
        // shape 1: (1/θ) e^(-x/θ); shape 3: x² e^(-x/θ) / (2 θ³).
        for x in [1e-3, 0.7, 5, 300] {
            #expect(
                GammaDistribution.density(x, shape: 1, scale: 2)
                    .isApproximatelyEqual(to: 0.5 * exp(-x / 2), relativeTolerance: 1e-14))
            #expect(GammaDistribution.density(x, shape: 3, scale: 0.5)
                .isApproximatelyEqual(to: x * x * exp(-2 * x) / (2 * 0.125), relativeTolerance: 1e-13))
        }
    }

    @Test func specialValues() {
        #expect(GammaDistribution.density(-1, shape: 2, scale: 1) == 0)
        #expect(GammaDistribution.density(.infinity, shape: 2, scale: 1) == 0)
        #expect(GammaDistribution.density(0, shape: 0.5, scale: 1) == .infinity)
        #expect(GammaDistribution.density(0, shape: 1, scale: 4) == 0.25)
        #expect(GammaDistribution.cdf(0, shape: 2, scale: 1) == 0)
        #expect(GammaDistribution.survival(0, shape: 2, scale: 1) == 1)
        #expect(GammaDistribution.quantile(0, shape: 2, scale: 1) == 0)
        #expect(GammaDistribution.quantile(1, shape: 2, scale: 1) == .infinity)
        #expect(GammaDistribution.survivalQuantile(1, shape: 2, scale: 1) == 0)
        for (shape, scale) in [(0.0, 1.0), (1, 0), (-1, 1), (1, -1), (.nan, 1), (1, .nan), (.infinity, 1), (1, .infinity)] {
            #expect(GammaDistribution.cdf(1, shape: shape, scale: scale).isNaN)
            #expect(GammaDistribution.density(1, shape: shape, scale: scale).isNaN)
            #expect(GammaDistribution.quantile(0.5, shape: shape, scale: scale).isNaN)
        }
        #expect(GammaDistribution.quantile(2, shape: 1, scale: 1).isNaN)
        #expect(GammaDistribution.survival(.nan, shape: 1, scale: 1).isNaN)
    }
}
