import Foundation
import LinearAlgebra
import Modeling
import Testing

@testable import SyntheticData

/// Fitting the true model to a large draw recovers the true coefficients: each lies within 4
/// standard errors of its maximum-likelihood estimate (a 4-SE miss has probability ~6e-5 per
/// coefficient under correct generation; a wrong sign, level order, reference or rounding in the
/// generator moves estimates by many SEs at this size).
@Suite struct RecoveryTests {
    @Test func trueCoefficientsLieWithinFourStandardErrors() throws {
        let portfolio = SyntheticPortfolio(
            options: PortfolioOptions(rows: 200_000, numericFeatures: 8, categoricalFeatures: 3, seed: 42))
        let blocks = Array(portfolio.blocks())
        let n = portfolio.options.rows
        let names = portfolio.designColumns
        var columns: [[Double]] = [Array(repeating: 1, count: n)]
        for j in portfolio.numericFeatures.indices {
            columns.append(blocks.flatMap { $0.numeric[j] })
        }
        for (c, feature) in portfolio.categoricalFeatures.enumerated() {
            let codes = blocks.flatMap { $0.categorical[c] }
            for level in 1..<feature.levels.count {
                columns.append(codes.map { $0 == level ? 1 : 0 })
            }
        }
        let target = blocks.flatMap { $0.defaults.map(Double.init) }
        let fit = try LogisticRegression.fit(
            design: Matrix(columns: columns), target: target, columnNames: names)
        #expect(fit.converged)
        let truth = portfolio.trueCoefficients
        for (j, coefficient) in fit.coefficients.enumerated() {
            #expect(coefficient.name == names[j])
            let z = (coefficient.estimate - truth[j]) / coefficient.standardError
            #expect(abs(z) < 4, "\(names[j]): estimate \(coefficient.estimate), truth \(truth[j]), SE \(coefficient.standardError)")
        }
    }
}
