import Foundation
import LinearAlgebra
import TestSupport
import Testing

@testable import Modeling

/// Collinear designs name their aliased columns (the later of collinear columns, as R's lm);
/// variance inflation factors agree with statsmodels (also in LogisticRegressionTests).
@Suite struct DesignCrossProductsTests {
    /// 40 rows of three unrelated features and a target that does not separate them.
    static func base() -> (columns: [[Double]], target: [Double]) {
        var generator = SplitMix64(seed: 11)
        let n = 40
        let columns = (0..<3).map { _ in (0..<n).map { _ in generator.normal() } }
        let target = (0..<n).map { i in generator.uniform() < 1 / (1 + exp(-columns[0][i])) ? 1.0 : 0.0 }
        return (columns, target)
    }

    static func aliasing(_ columns: [[Double]], _ names: [String], target: [Double]) -> [Aliasing]? {
        let n = target.count
        do {
            _ = try LogisticRegression.fit(
                design: Matrix(columns: [[Double](repeating: 1, count: n)] + columns), target: target,
                columnNames: ["const"] + names)
            return nil
        } catch {
            guard case .collinearColumns(let aliased) = error else { return nil }
            #expect(error.category == .collinearity)
            return aliased
        }
    }

    @Test func duplicatedColumnIsNamed() throws {
        let (c, target) = Self.base()
        let aliased = try #require(Self.aliasing([c[0], c[1], c[0]], ["a", "b", "a copy"], target: target))
        #expect(aliased.count == 1)
        #expect(aliased[0].column == "a copy")
        #expect(aliased[0].combination.map(\.column) == ["a"])
        #expect(aliased[0].combination[0].coefficient.isApproximatelyEqual(to: 1, relativeTolerance: 1e-9))
    }

    @Test func sumOfTwoColumnsIsNamed() throws {
        let (c, target) = Self.base()
        let sum = zip(c[0], c[1]).map { $0 + $1 }
        let aliased = try #require(Self.aliasing([c[0], c[1], c[2], sum], ["a", "b", "c", "a+b"], target: target))
        #expect(aliased.map(\.column) == ["a+b"])
        #expect(aliased[0].combination.map(\.column) == ["a", "b"])
        for term in aliased[0].combination {
            #expect(term.coefficient.isApproximatelyEqual(to: 1, relativeTolerance: 1e-9))
        }
        let error = ModelingError.collinearColumns(aliased)
        #expect(
            error.description
                == "collinear design: column 'a+b' is a linear combination of 'a', 'b' (a+b = 1 * a + 1 * b); drop the aliased column"
        )
    }

    /// Several aliased columns at once, scaled, and one aliased with the intercept.
    @Test func severalAliasedColumns() throws {
        let (c, target) = Self.base()
        let scaled = c[1].map { -1000 * $0 }
        let shifted = c[2].map { 3 + 2 * $0 }
        let aliased = try #require(
            Self.aliasing([c[0], c[1], scaled, c[2], shifted], ["a", "b", "big", "c", "shifted"], target: target))
        #expect(aliased.map(\.column) == ["big", "shifted"])
        #expect(aliased[0].combination.map(\.column) == ["b"])
        #expect(aliased[0].combination[0].coefficient.isApproximatelyEqual(to: -1000, relativeTolerance: 1e-9))
        #expect(aliased[1].combination.map(\.column) == ["const", "c"])
        #expect(aliased[1].combination[0].coefficient.isApproximatelyEqual(to: 3, relativeTolerance: 1e-9))
        #expect(aliased[1].combination[1].coefficient.isApproximatelyEqual(to: 2, relativeTolerance: 1e-9))
        #expect(ModelingError.collinearColumns(aliased).description.hasSuffix("drop the aliased columns"))
    }

    /// A column constant on the rows that count (weight > 0) is aliased with the intercept.
    @Test func constantOnWeightedRows() throws {
        let (c, target) = Self.base()
        var flat = [Double](repeating: 2, count: target.count)
        flat[0] = 7
        var weights = [Double](repeating: 1, count: target.count)
        weights[0] = 0
        let n = target.count
        do {
            _ = try LogisticRegression.fit(
                design: Matrix(columns: [[Double](repeating: 1, count: n), c[0], flat]), target: target,
                weights: weights,
                columnNames: ["const", "a", "flat"])
            Issue.record("aliased column not reported")
        } catch {
            guard case .collinearColumns(let aliased) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(aliased.map(\.column) == ["flat"])
            #expect(aliased[0].combination.map(\.column) == ["const"])
        }
    }

    /// Nearly but not exactly collinear columns (1 - R2 ~ 1e-6) are fitted.
    @Test func nearCollinearButIdentifiable() throws {
        let (c, target) = Self.base()
        var generator = SplitMix64(seed: 5)
        let close = c[0].map { $0 + 1e-3 * generator.normal() }
        #expect(Self.aliasing([c[0], close], ["a", "close"], target: target) == nil)
    }

    @Test func zeroColumnIsAliasedWithNothing() {
        let gram: [Double] = [4, 1, 0, 1, 2, 0, 0, 0, 0]
        let products = DesignCrossProducts(gram: gram, order: 3)
        let aliased = products.aliasedColumns(names: ["a", "b", "zero"], tolerance: 1e-10)
        #expect(aliased == [Aliasing(column: "zero", combination: [])])
        #expect(aliased[0].description == "column 'zero' is all zeros")
    }

    /// Two standardized features with correlation rho: VIF = 1 / (1 - rho^2) for both; with a
    /// third independent one, 1.
    @Test func varianceInflationOfKnownCorrelation() throws {
        let rho = 0.6
        // X'X / n for columns const, a, b, c with means 0, unit variances, corr(a, b) = rho
        let gram: [Double] = [
            1, 0, 0, 0,
            0, 1, rho, 0,
            0, rho, 1, 0,
            0, 0, 0, 1,
        ]
        let products = DesignCrossProducts(gram: gram.map { $0 * 50 }, order: 4)
        let vif = try products.varianceInflation(names: ["const", "a", "b", "c"], intercept: 0)
        #expect(vif.map(\.column) == ["a", "b", "c"])
        #expect(vif[0].factor.isApproximatelyEqual(to: 1 / (1 - rho * rho), relativeTolerance: 1e-12))
        #expect(vif[1].factor.isApproximatelyEqual(to: 1 / (1 - rho * rho), relativeTolerance: 1e-12))
        #expect(vif[2].factor.isApproximatelyEqual(to: 1, relativeTolerance: 1e-12))
        // nonzero means: centring removes them (column a = 5 + standardized a)
        let mean = 5.0
        let shifted: [Double] = [
            1, mean, 0, 0,
            mean, 1 + mean * mean, rho, 0,
            0, rho, 1, 0,
            0, 0, 0, 1,
        ]
        let withMean = try DesignCrossProducts(gram: shifted, order: 4)
            .varianceInflation(names: ["const", "a", "b", "c"], intercept: 0)
        #expect(withMean[0].factor.isApproximatelyEqual(to: 1 / (1 - rho * rho), relativeTolerance: 1e-12))
    }

    @Test(.enabled(if: TestPaths.hasSharedDatasets))
    func varianceInflationMatchesStatsmodelsOnGermanCredit() throws {
        let (design, target, names) = try TestDesigns.germanCredit()
        let reference = try #require(try LogisticReferences.load(FitReference.self, "logistic_german_credit.json").vif)
        let fit = try LogisticRegression.fit(design: design, target: target, columnNames: names)
        #expect(fit.varianceInflation.count == 48)
        for entry in fit.varianceInflation {
            // 1e-9: the equilibrated cross-products keep ~12 digits on this design
            #expect(
                entry.factor.isApproximatelyEqual(to: reference[entry.column]!, relativeTolerance: 1e-9),
                "\(entry.column)")
        }
    }
}
