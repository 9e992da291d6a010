import Foundation
import LinearAlgebra
import TestSupport
import Testing

@testable import Modeling

/// The null model against statsmodels' llnull and firthmodels' intercept-only fits.
@Suite struct InterceptOnlyModelTests {
    static func data(_ fixture: WeightsReference, weights: Bool, offset: Bool) -> LogisticData {
        LogisticData(
            design: Matrix(rowMajor: fixture.design), target: fixture.target,
            weights: weights ? fixture.frequencyWeights : nil, offset: offset ? fixture.offset : nil)
    }

    @Test func maximumLikelihoodMatchesStatsmodels() throws {
        let fixture = try LogisticReferences.load(WeightsReference.self, "logistic_weights.json")
        let cases: [(Bool, Bool, FitReference)] = [
            (true, false, fixture.weighted), (false, true, fixture.withOffset),
            (true, true, fixture.weightedWithOffset),
        ]
        for (weights, offset, reference) in cases {
            let null = InterceptOnlyModel(data: Self.data(fixture, weights: weights, offset: offset), firth: false)
            #expect(null.logLikelihood.isApproximatelyEqual(to: reference.nullLogLikelihood, relativeTolerance: 1e-12))
        }
    }

    /// Without an offset: the closed forms p = Y / N and p = (Y + 1/2) / (N + 1).
    @Test func closedForms() {
        let target: [Double] = [1, 1, 1, 0, 0, 0, 0, 0, 0, 0]
        let data = LogisticData(
            design: Matrix(rows: 10, columns: 1, repeating: 1), target: target, weights: nil, offset: nil)
        let ml = InterceptOnlyModel(data: data, firth: false)
        #expect(ml.intercept.isApproximatelyEqual(to: log(0.3 / 0.7), relativeTolerance: 1e-15))
        #expect(ml.logLikelihood.isApproximatelyEqual(to: 3 * log(0.3) + 7 * log(0.7), relativeTolerance: 1e-15))
        let firth = InterceptOnlyModel(data: data, firth: true)
        let p = 3.5 / 11
        #expect(firth.intercept.isApproximatelyEqual(to: log(p / (1 - p)), relativeTolerance: 1e-15))
        #expect(
            firth.logLikelihood.isApproximatelyEqual(
                to: 3 * log(p) + 7 * log(1 - p) + 0.5 * log(10 * p * (1 - p)), relativeTolerance: 1e-15))
        // a zero offset takes the iterative path and lands on the closed forms
        let zeroOffset = LogisticData(
            design: data.design, target: target, weights: nil, offset: [Double](repeating: 0, count: 10))
        #expect(
            InterceptOnlyModel(data: zeroOffset, firth: false).intercept.isApproximatelyEqual(
                to: ml.intercept, relativeTolerance: 1e-12))
        #expect(
            InterceptOnlyModel(data: zeroOffset, firth: true).logLikelihood.isApproximatelyEqual(
                to: firth.logLikelihood, relativeTolerance: 1e-13))
    }

    @Test func firthMatchesFirthmodels() throws {
        let fixture = try LogisticReferences.load(FirthFixture.self, "logistic_firth.json")
        let plain = LogisticData(
            design: Matrix(rowMajor: fixture.design), target: fixture.target, weights: nil, offset: nil)
        let null = InterceptOnlyModel(data: plain, firth: true)
        #expect(null.intercept.isApproximatelyEqual(to: fixture.separated.nullIntercept, relativeTolerance: 1e-10))
        #expect(
            null.logLikelihood.isApproximatelyEqual(
                to: fixture.separated.nullPenalizedLogLikelihood, relativeTolerance: 1e-12))
        let weighted = LogisticData(
            design: plain.design, target: fixture.target, weights: fixture.frequencyWeights, offset: fixture.offset)
        let weightedNull = InterceptOnlyModel(data: weighted, firth: true)
        #expect(
            weightedNull.intercept.isApproximatelyEqual(
                to: fixture.weightedWithOffset.nullIntercept, relativeTolerance: 1e-10))
        #expect(
            weightedNull.logLikelihood.isApproximatelyEqual(
                to: fixture.weightedWithOffset.nullPenalizedLogLikelihood, relativeTolerance: 1e-12))
    }
}
