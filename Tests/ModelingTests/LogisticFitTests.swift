import Foundation
import LinearAlgebra
import TestSupport
import Testing

@testable import Modeling

@Suite struct LogisticFitTests {
    static func fit(robust: LogisticOptions.RobustCovariance = .none) throws -> LogisticFit {
        let fixture = try LogisticReferences.load(WeightsReference.self, "logistic_weights.json")
        return try LogisticRegression.fit(
            design: Matrix(rowMajor: fixture.design), target: fixture.target, weights: fixture.frequencyWeights,
            options: LogisticOptions(robust: robust), columnNames: fixture.weighted.columns)
    }

    /// A fit survives a JSON round trip unchanged (model files store it).
    @Test func codableRoundTrip() throws {
        for robust in LogisticOptions.RobustCovariance.allCases {
            let fit = try Self.fit(robust: robust)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let data = try encoder.encode(fit)
            let decoded = try JSONDecoder().decode(LogisticFit.self, from: data)
            #expect(decoded == fit)
            #expect(try encoder.encode(decoded) == data)
        }
    }

    /// Fits stopped early hold finite numbers too (JSONEncoder refuses NaN and infinity).
    @Test func stoppedFitsEncode() throws {
        let fixture = try LogisticReferences.load(WeightsReference.self, "logistic_weights.json")
        for firth in [false, true] {
            let fit = try LogisticRegression.fit(
                design: Matrix(rowMajor: fixture.design), target: fixture.target,
                options: LogisticOptions(firth: firth, maxIterations: 1, allowNonConvergence: true),
                columnNames: fixture.weighted.columns)
            #expect(!fit.converged && fit.relativeDevianceChange.isFinite)
            #expect(try JSONDecoder().decode(LogisticFit.self, from: JSONEncoder().encode(fit)) == fit)
        }
    }

    @Test func accessors() throws {
        let fit = try Self.fit()
        #expect(fit.estimates == fit.coefficients.map(\.estimate))
        #expect(fit.standardErrors == fit.coefficients.map(\.standardError))
        #expect(fit.coefficient(named: "x2")?.name == "x2")
        #expect(fit.coefficient(named: "nope") == nil)
        #expect(fit.standardErrors == fit.modelCovariance.indices.map { fit.modelCovariance[$0][$0].squareRoot() })
        // intervals are symmetric around the estimate, Phi^-1(0.975) standard errors wide
        for row in fit.coefficients {
            let half = (row.confidenceUpper - row.confidenceLower) / 2
            #expect(half.isApproximatelyEqual(to: 1.959963984540054 * row.standardError, relativeTolerance: 1e-12))
            #expect(
                ((row.confidenceUpper + row.confidenceLower) / 2).isApproximatelyEqual(
                    to: row.estimate, relativeTolerance: 1e-12))
        }
        #expect(fit.informationConditionNumber >= 1 && fit.informationConditionNumber.isFinite)
        #expect(fit.deviance == -2 * fit.logLikelihood)
    }

    @Test func confidenceLevel() throws {
        let fixture = try LogisticReferences.load(WeightsReference.self, "logistic_weights.json")
        let fit = try LogisticRegression.fit(
            design: Matrix(rowMajor: fixture.design), target: fixture.target,
            options: LogisticOptions(confidenceLevel: 0.9), columnNames: fixture.weighted.columns)
        let row = fit.coefficients[1]
        #expect(
            (row.confidenceUpper - row.estimate).isApproximatelyEqual(
                to: 1.6448536269514722 * row.standardError, relativeTolerance: 1e-10))
    }

    @Test func pseudoRSquaredFormulas() {
        let r2 = PseudoRSquared(
            logLikelihood: -12.889634222131415, nullLogLikelihood: -20.591729696617286, observations: 32)
        // Spector: statsmodels prsquared and the Cox-Snell / Nagelkerke formulas (fixture values)
        #expect(r2.mcFadden.isApproximatelyEqual(to: 0.3740382953721044, relativeTolerance: 1e-14))
        #expect(r2.coxSnell.isApproximatelyEqual(to: 0.38207053797403157, relativeTolerance: 1e-13))
        #expect(r2.nagelkerke.isApproximatelyEqual(to: 0.5277964599691142, relativeTolerance: 1e-13))
        let perfect = PseudoRSquared(logLikelihood: 0, nullLogLikelihood: -10, observations: 20)
        #expect(perfect.mcFadden == 1 && perfect.nagelkerke == 1)
        let none = PseudoRSquared(logLikelihood: -10, nullLogLikelihood: -10, observations: 20)
        #expect(none.mcFadden == 0 && none.coxSnell == 0 && none.nagelkerke == 0)
    }
}
