import Foundation
import LinearAlgebra
import TestSupport
import Testing

@testable import Modeling

/// End-to-end fits against statsmodels (fixtures from make_logistic_references.py) and published
/// tables.
///
/// Tolerances: coefficients, standard errors and the covariance agree to 1e-8 relative (the
/// references are Newton-polished to ~1e-15 and the stopping rule leaves ~1e-12); everything
/// computed from them (z, p, intervals, likelihoods, criteria) to 1e-6 relative, the bar of the
/// project; published numbers to half a unit of their last printed digit.
@Suite struct LogisticRegressionTests {
    static let tight = 1e-8
    static let standard = 1e-6

    /// Compares every statistic of `fit` with a statsmodels reference.
    static func expectMatches(_ fit: LogisticFit, _ reference: FitReference, robust: Bool = false) {
        #expect(fit.columnNames == reference.columns)
        #expect(fit.converged)
        #expect(fit.observations == reference.nobs)
        #expect(
            fit.estimates.isApproximatelyEqual(to: reference.coefficients, relativeTolerance: tight),
            "coefficients differ by \(fit.estimates.maxRelativeDifference(to: reference.coefficients))")
        let modelSE = fit.modelCovariance.indices.map { fit.modelCovariance[$0][$0].squareRoot() }
        #expect(
            modelSE.isApproximatelyEqual(to: reference.standardErrors, relativeTolerance: tight),
            "standard errors differ by \(modelSE.maxRelativeDifference(to: reference.standardErrors))")
        // entrywise on the scale of the variances: |V_ij - R_ij| <= tol sqrt(R_ii R_jj) (an
        // off-diagonal covariance near 0 has no relative accuracy of its own)
        for i in reference.covariance.indices {
            for j in reference.covariance.indices {
                let scale = (reference.covariance[i][i] * reference.covariance[j][j]).squareRoot()
                #expect(
                    abs(fit.modelCovariance[i][j] - reference.covariance[i][j]) <= tight * scale,
                    "covariance (\(i), \(j))")
            }
        }
        if !robust {
            #expect(
                fit.coefficients.map(\.zStatistic).isApproximatelyEqual(
                    to: reference.zStatistics, relativeTolerance: standard))
            #expect(
                fit.coefficients.map(\.pValue).isApproximatelyEqual(to: reference.pValues, relativeTolerance: standard))
            #expect(
                fit.coefficients.map(\.confidenceLower).isApproximatelyEqual(
                    to: reference.confidenceLower, relativeTolerance: standard))
            #expect(
                fit.coefficients.map(\.confidenceUpper).isApproximatelyEqual(
                    to: reference.confidenceUpper, relativeTolerance: standard))
        }
        #expect(fit.logLikelihood.isApproximatelyEqual(to: reference.logLikelihood, relativeTolerance: tight))
        #expect(fit.nullLogLikelihood.isApproximatelyEqual(to: reference.nullLogLikelihood, relativeTolerance: tight))
        #expect(
            fit.likelihoodRatio.statistic.isApproximatelyEqual(
                to: reference.likelihoodRatio, relativeTolerance: standard))
        #expect(fit.likelihoodRatio.degreesOfFreedom == reference.likelihoodRatioDF)
        #expect(
            fit.likelihoodRatio.pValue.isApproximatelyEqual(
                to: reference.likelihoodRatioPValue, relativeTolerance: standard))
        #expect(fit.deviance.isApproximatelyEqual(to: reference.deviance, relativeTolerance: tight))
        #expect(fit.pearsonChiSquare.isApproximatelyEqual(to: reference.pearsonChiSquare, relativeTolerance: standard))
        #expect(fit.aic.isApproximatelyEqual(to: reference.aic, relativeTolerance: standard))
        #expect(fit.bic.isApproximatelyEqual(to: reference.bic, relativeTolerance: standard))
        #expect(fit.pseudoR2.mcFadden.isApproximatelyEqual(to: reference.mcFaddenR2, relativeTolerance: standard))
        #expect(fit.pseudoR2.coxSnell.isApproximatelyEqual(to: reference.coxSnellR2, relativeTolerance: standard))
        #expect(fit.pseudoR2.nagelkerke.isApproximatelyEqual(to: reference.nagelkerkeR2, relativeTolerance: standard))
        if let vif = reference.vif {
            #expect(fit.varianceInflation.count == vif.count)
            for entry in fit.varianceInflation {
                #expect(
                    entry.factor.isApproximatelyEqual(to: vif[entry.column]!, relativeTolerance: standard),
                    "VIF \(entry.column)")
            }
        }
    }

    // MARK: Spector & Mazzeo (1980)

    @Test(.enabled(if: TestPaths.hasSharedDatasets))
    func spectorMatchesStatsmodels() throws {
        let (design, target, names) = try TestDesigns.spector()
        let reference = try LogisticReferences.load(SpectorReference.self, "logistic_spector.json").fit
        let fit = try LogisticRegression.fit(design: design, target: target, columnNames: names)
        Self.expectMatches(fit, reference)
        #expect(fit.interceptIndex == 0)
        #expect(fit.method == .maximumLikelihood)
        #expect(fit.covarianceKind == .model)
        #expect(fit.robustCovariance == nil)
        #expect(fit.rows == 32 && fit.events == 11)
    }

    /// The numbers Stata and statsmodels print (Spector & Mazzeo 1980 as in Greene, Econometric
    /// Analysis; statsmodels' Logit example; Stata's vce(robust)), to their printed precision.
    ///
    /// Some 7-decimal figures come from fits stopped at ~1e-7 and differ from the exact maximum
    /// (the Newton-polished statsmodels fixture, which the fit matches to 1e-10) in the last digit,
    /// e.g. const -13.0213459 against -13.02134686: they are asserted to half a unit of the last
    /// digit or 1e-6 relative, whichever is larger.
    @Test(.enabled(if: TestPaths.hasSharedDatasets))
    func spectorMatchesPublishedTable() throws {
        let (design, target, names) = try TestDesigns.spector()
        let fit = try LogisticRegression.fit(design: design, target: target, columnNames: names)
        let published: [(String, String, String)] = [
            ("const", "-13.0213459", "4.9313239"), ("gpa", "2.8261124", "1.2629410"),
            ("tuce", "0.0951577", "0.1415542"), ("psi", "2.3786875", "1.0645642"),
        ]
        for (name, estimate, se) in published {
            let row = try #require(fit.coefficient(named: name))
            #expect(matchesPrinted(row.estimate, estimate), "\(name) \(row.estimate)")
            #expect(matchesPrinted(row.standardError, se), "\(name) SE \(row.standardError)")
        }
        #expect(matchesPrinted(fit.logLikelihood, "-12.889634"))
        #expect(matchesPrinted(fit.nullLogLikelihood, "-20.591730"))
        #expect(matchesPrinted(fit.likelihoodRatio.statistic, "15.4042"))
        #expect(matchesPrinted(fit.likelihoodRatio.pValue, "0.0015019"))
        #expect(matchesPrinted(fit.aic, "33.779268"))
        #expect(matchesPrinted(fit.bic, "39.642212"))
        #expect(matchesPrinted(fit.pseudoR2.mcFadden, "0.374038"))
        #expect(matchesPrinted(fit.deviance, "25.779268"))
        #expect(matchesPrinted(fit.pearsonChiSquare, "27.257117"))
    }

    @Test(.enabled(if: TestPaths.hasSharedDatasets))
    func spectorRobustStandardErrors() throws {
        let (design, target, names) = try TestDesigns.spector()
        let reference = try LogisticReferences.load(SpectorReference.self, "logistic_spector.json").fit
        let hc0 = try LogisticRegression.fit(
            design: design, target: target, options: LogisticOptions(robust: .hc0), columnNames: names)
        let hc1 = try LogisticRegression.fit(
            design: design, target: target, options: LogisticOptions(robust: .hc1), columnNames: names)
        Self.expectMatches(hc0, reference, robust: true)
        #expect(hc0.covarianceKind == .hc0 && hc1.covarianceKind == .hc1)
        #expect(hc0.standardErrors.isApproximatelyEqual(to: reference.hc0StandardErrors, relativeTolerance: Self.tight))
        #expect(hc1.standardErrors.isApproximatelyEqual(to: reference.hc1StandardErrors, relativeTolerance: Self.tight))
        // published: statsmodels cov_type="HC0" and Stata's vce(robust)
        // (published to their printed precision or 1e-6 relative, see spectorMatchesPublishedTable)
        for (value, text) in zip(hc0.standardErrors, ["5.19758541", "1.26754598", "0.11792227", "0.96441921"]) {
            #expect(matchesPrinted(value, text), "HC0 \(value) vs \(text)")
        }
        for (value, text) in zip(hc1.standardErrors, ["5.2807514", "1.2878279", "0.1198091", "0.9798508"]) {
            #expect(matchesPrinted(value, text), "HC1 \(value) vs \(text)")
        }
        // the robust table's z uses the robust SE; the estimates are unchanged
        #expect(hc1.estimates == hc0.estimates)
        let z = hc1.coefficients.map { $0.estimate / $0.standardError }
        #expect(z == hc1.coefficients.map(\.zStatistic))
        #expect(try #require(hc1.robustCovariance).count == 4)
    }

    // MARK: German credit (UCI Statlog)

    @Test(.enabled(if: TestPaths.hasSharedDatasets))
    func germanCreditMatchesStatsmodels() throws {
        let (design, target, names) = try TestDesigns.germanCredit()
        let reference = try LogisticReferences.load(FitReference.self, "logistic_german_credit.json")
        #expect(names == reference.columns)
        #expect(names.count == 49)
        let fit = try LogisticRegression.fit(design: design, target: target, columnNames: names)
        Self.expectMatches(fit, reference)
        #expect(matchesPrinted(fit.logLikelihood, "-447.908893"))
        #expect(matchesPrinted(fit.aic, "993.817785"))
        #expect(matchesPrinted(try #require(fit.coefficient(named: "duration_in_month")).estimate, "0.02786332449"))
        #expect(
            matchesPrinted(
                try #require(fit.coefficient(named: "status_of_existing_checking_account=A14")).estimate,
                "-1.711887955"))
        let hc1 = try LogisticRegression.fit(
            design: design, target: target, options: LogisticOptions(robust: .hc1), columnNames: names)
        #expect(hc1.standardErrors.isApproximatelyEqual(to: reference.hc1StandardErrors, relativeTolerance: Self.tight))
    }

    // MARK: Frequency weights and offsets

    static func weightsData() throws -> (WeightsReference, Matrix) {
        let reference = try LogisticReferences.load(WeightsReference.self, "logistic_weights.json")
        return (reference, Matrix(rowMajor: reference.design))
    }

    @Test func frequencyWeightsMatchStatsmodelsGLM() throws {
        let (reference, design) = try Self.weightsData()
        let fit = try LogisticRegression.fit(
            design: design, target: reference.target, weights: reference.frequencyWeights,
            columnNames: reference.weighted.columns)
        Self.expectMatches(fit, reference.weighted)
        #expect(fit.rows == 150)
        #expect(fit.observations == reference.frequencyWeights.reduce(0, +))
    }

    @Test func frequencyWeightsEqualExpandedRows() throws {
        let (reference, design) = try Self.weightsData()
        var rows: [[Double]] = []
        var target: [Double] = []
        for (i, weight) in reference.frequencyWeights.enumerated() {
            for _ in 0..<Int(weight) {
                rows.append(reference.design[i])
                target.append(reference.target[i])
            }
        }
        let weighted = try LogisticRegression.fit(
            design: design, target: reference.target, weights: reference.frequencyWeights,
            options: LogisticOptions(robust: .hc1), columnNames: reference.weighted.columns)
        let expanded = try LogisticRegression.fit(
            design: Matrix(rowMajor: rows), target: target, options: LogisticOptions(robust: .hc1),
            columnNames: reference.weighted.columns)
        Self.expectMatches(expanded, reference.expanded, robust: true)
        // Same statistics either way (to rounding: the sums run in a different order).
        #expect(weighted.estimates.isApproximatelyEqual(to: expanded.estimates, relativeTolerance: 1e-10))
        #expect(weighted.standardErrors.isApproximatelyEqual(to: expanded.standardErrors, relativeTolerance: 1e-10))
        for (a, b) in [
            (weighted.logLikelihood, expanded.logLikelihood), (weighted.nullLogLikelihood, expanded.nullLogLikelihood),
            (weighted.aic, expanded.aic), (weighted.bic, expanded.bic),
            (weighted.pearsonChiSquare, expanded.pearsonChiSquare),
            (weighted.pseudoR2.coxSnell, expanded.pseudoR2.coxSnell),
            (weighted.pseudoR2.nagelkerke, expanded.pseudoR2.nagelkerke),
            (weighted.observations, expanded.observations), (weighted.events, expanded.events),
        ] {
            #expect(a.isApproximatelyEqual(to: b, relativeTolerance: 1e-10))
        }
        for (a, b) in zip(weighted.varianceInflation, expanded.varianceInflation) {
            #expect(a.factor.isApproximatelyEqual(to: b.factor, relativeTolerance: 1e-10))
        }
    }

    @Test func offsetMatchesStatsmodelsGLM() throws {
        let (reference, design) = try Self.weightsData()
        let fit = try LogisticRegression.fit(
            design: design, target: reference.target, offset: reference.offset,
            columnNames: reference.withOffset.columns)
        Self.expectMatches(fit, reference.withOffset)
        let both = try LogisticRegression.fit(
            design: design, target: reference.target, weights: reference.frequencyWeights,
            offset: reference.offset, columnNames: reference.weightedWithOffset.columns)
        Self.expectMatches(both, reference.weightedWithOffset)
    }

    /// Rows of weight 0 do not count anywhere: the fit equals the fit without them.
    @Test func zeroWeightRowsAreIgnored() throws {
        let (reference, design) = try Self.weightsData()
        var weights = reference.frequencyWeights
        for i in stride(from: 0, to: weights.count, by: 7) { weights[i] = 0 }
        let kept = weights.indices.filter { weights[$0] > 0 }
        let full = try LogisticRegression.fit(
            design: design, target: reference.target, weights: weights, columnNames: reference.weighted.columns)
        let reduced = try LogisticRegression.fit(
            design: Matrix(rowMajor: kept.map { reference.design[$0] }), target: kept.map { reference.target[$0] },
            weights: kept.map { weights[$0] }, columnNames: reference.weighted.columns)
        #expect(full.estimates.isApproximatelyEqual(to: reduced.estimates, relativeTolerance: 1e-10))
        #expect(full.standardErrors.isApproximatelyEqual(to: reduced.standardErrors, relativeTolerance: 1e-10))
        #expect(full.logLikelihood.isApproximatelyEqual(to: reduced.logLikelihood, relativeTolerance: 1e-12))
        #expect(full.rows == reference.target.count && reduced.rows == kept.count)
    }

    // MARK: L2

    @Test func ridgeMatchesScipyOnTheDocumentedObjective() throws {
        let fixture = try LogisticReferences.load(RidgeFixture.self, "logistic_l2.json")
        let design = Matrix(rowMajor: fixture.design)
        // scipy's solution has |gradient| < 1e-10 on an objective whose Hessian has eigenvalues
        // >= lambda = 2.5, so it is within ~1e-10 of the optimum: 1e-8 relative holds.
        let plain = try LogisticRegression.fit(
            design: design, target: fixture.target, options: LogisticOptions(l2: fixture.plain.lambda),
            columnNames: fixture.plain.columns)
        #expect(plain.method == .l2 && plain.l2 == 2.5)
        #expect(plain.estimates.isApproximatelyEqual(to: fixture.plain.coefficients, relativeTolerance: 1e-8))
        #expect(plain.standardErrors.isApproximatelyEqual(to: fixture.plain.standardErrors, relativeTolerance: 1e-8))
        #expect(plain.logLikelihood.isApproximatelyEqual(to: fixture.plain.logLikelihood, relativeTolerance: 1e-10))
        #expect(
            plain.penalizedLogLikelihood.isApproximatelyEqual(
                to: fixture.plain.penalizedLogLikelihood, relativeTolerance: 1e-10))
        // scikit-learn (C = 1 / lambda) converges less tightly: 1e-6
        let sklearn = try #require(fixture.plain.scikitLearnCoefficients)
        #expect(plain.estimates.isApproximatelyEqual(to: sklearn, relativeTolerance: 1e-6, absoluteTolerance: 1e-9))

        let weighted = try LogisticRegression.fit(
            design: design, target: fixture.target, weights: fixture.frequencyWeights, offset: fixture.offset,
            options: LogisticOptions(l2: fixture.weightedWithOffset.lambda),
            columnNames: fixture.weightedWithOffset.columns)
        #expect(
            weighted.estimates.isApproximatelyEqual(
                to: fixture.weightedWithOffset.coefficients, relativeTolerance: 1e-8))
        #expect(
            weighted.standardErrors.isApproximatelyEqual(
                to: fixture.weightedWithOffset.standardErrors, relativeTolerance: 1e-8))
        #expect(
            weighted.penalizedLogLikelihood.isApproximatelyEqual(
                to: fixture.weightedWithOffset.penalizedLogLikelihood, relativeTolerance: 1e-10))
    }

    /// The intercept is never penalized: an enormous penalty shrinks every other coefficient to
    /// ~0 and leaves the intercept-only fit.
    @Test func ridgeNeverPenalizesTheIntercept() throws {
        let fixture = try LogisticReferences.load(RidgeFixture.self, "logistic_l2.json")
        let fit = try LogisticRegression.fit(
            design: Matrix(rowMajor: fixture.design), target: fixture.target, options: LogisticOptions(l2: 1e12),
            columnNames: fixture.plain.columns)
        let rate = fixture.target.reduce(0, +) / Double(fixture.target.count)
        #expect(fit.estimates[0].isApproximatelyEqual(to: log(rate / (1 - rate)), relativeTolerance: 1e-6))
        #expect(fit.estimates.dropFirst().allSatisfy { abs($0) < 1e-9 })
        #expect(fit.logLikelihood.isApproximatelyEqual(to: fit.nullLogLikelihood, relativeTolerance: 1e-9))
    }

    // MARK: Special shapes

    /// A design without a column of ones has no intercept: the null model is still the
    /// intercept-only model (statsmodels' llnull) and the LR test has k degrees of freedom.
    @Test func modelWithoutIntercept() throws {
        let (reference, _) = try Self.weightsData()
        let design = Matrix(rowMajor: reference.design.map { Array($0.dropFirst()) })
        let fit = try LogisticRegression.fit(design: design, target: reference.target, columnNames: ["x1", "x2", "x3"])
        #expect(fit.interceptIndex == nil)
        #expect(fit.likelihoodRatio.degreesOfFreedom == 3)
        #expect(fit.varianceInflation.map(\.column) == ["x1", "x2", "x3"])
        let null = InterceptOnlyModel(
            data: LogisticData(design: design, target: reference.target, weights: nil, offset: nil), firth: false)
        #expect(fit.nullLogLikelihood == null.logLikelihood)
    }

    /// An intercept-only design: the fit is the null model, LR = 0 on 0 df, p = 1.
    @Test func interceptOnlyDesign() throws {
        let target: [Double] = [1, 0, 0, 1, 0, 0, 0, 1, 0, 0]
        let fit = try LogisticRegression.fit(
            design: Matrix(rows: 10, columns: 1, repeating: 1), target: target, columnNames: ["const"])
        #expect(fit.estimates[0].isApproximatelyEqual(to: log(3.0 / 7.0), relativeTolerance: 1e-12))
        #expect(
            fit.standardErrors[0].isApproximatelyEqual(
                to: (1 / (10 * 0.3 * 0.7)).squareRoot(), relativeTolerance: 1e-12))
        #expect(fit.likelihoodRatio.degreesOfFreedom == 0 && fit.likelihoodRatio.pValue == 1)
        #expect(abs(fit.likelihoodRatio.statistic) < 1e-12)
        #expect(fit.varianceInflation.isEmpty)
    }

    /// The intercept may be any column.
    @Test func interceptInAnyPosition() throws {
        let (reference, design) = try Self.weightsData()
        let moved = Matrix(rowMajor: reference.design.map { Array($0.dropFirst()) + [1] })
        let first = try LogisticRegression.fit(
            design: design, target: reference.target, columnNames: ["c", "x1", "x2", "x3"])
        let last = try LogisticRegression.fit(
            design: moved, target: reference.target, columnNames: ["x1", "x2", "x3", "c"])
        #expect(last.interceptIndex == 3)
        #expect(
            Array(first.estimates.dropFirst()).isApproximatelyEqual(
                to: Array(last.estimates.dropLast()), relativeTolerance: 1e-10))
        #expect(first.estimates[0].isApproximatelyEqual(to: last.estimates[3], relativeTolerance: 1e-10))
    }
}
