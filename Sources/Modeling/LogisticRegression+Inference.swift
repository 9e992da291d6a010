import Foundation
import LinearAlgebra
import Statistics

extension LogisticRegression {
    /// The fit's inference from the end of the iterations: covariance (model-based and sandwich),
    /// Wald table, likelihood-ratio test, information criteria, pseudo-R2.
    ///
    /// The Wald table uses `Normal` for `p = 2 (1 - Phi(|z|))` and the interval
    /// `estimate -/+ Phi^-1((1 + level) / 2) SE`; the likelihood-ratio test the chi-square upper
    /// tail on `k - 1` degrees of freedom (`k` without an intercept).
    static func assembleFit(
        result: IterationResult, null: InterceptOnlyModel, passes: LogisticPasses,
        options: LogisticOptions, intercept: Int?, names: [String],
        varianceInflation: [VarianceInflation]
    ) -> LogisticFit {
        let k = names.count
        let data = passes.data
        let observations = passes.totalWeight
        let method: LogisticFit.Method =
            options.firth ? .firth : (options.l2 > 0 ? .l2 : .maximumLikelihood)

        let modelCovariance =
            result.augmentedInformation.flatMap { try? CholeskyFactorization($0).inverse() }
            ?? result.factor.inverse()
        var robustCovariance: Matrix? = nil
        var covarianceKind = LogisticFit.CovarianceKind.model
        if options.robust != .none {
            let meat = passes.scoreOuterProductPass(beta: result.evaluationPoint)
            let m = Matrix(rows: k, columns: k, columnMajor: meat.gram)
            var sandwich = modelCovariance.multiplied(by: m).multiplied(by: modelCovariance)
            if options.robust == .hc1 {
                let factor = observations / (observations - 1)
                sandwich = Matrix(
                    rows: k, columns: k, columnMajor: sandwich.storage.map { $0 * factor })
            }
            sandwich.symmetrizeFromUpper()
            robustCovariance = sandwich
            covarianceKind = options.robust == .hc1 ? .hc1 : .hc0
        }
        let covariance = robustCovariance ?? modelCovariance

        let critical = Normal.quantile(0.5 + options.confidenceLevel / 2)
        let coefficients = (0..<k).map { j -> CoefficientEstimate in
            let estimate = result.coefficients[j]
            let se = covariance[j, j].squareRoot()
            let z = estimate / se
            return CoefficientEstimate(
                name: names[j], estimate: estimate, standardError: se, zStatistic: z,
                pValue: 2 * Normal.survival(abs(z)), confidenceLower: estimate - critical * se,
                confidenceUpper: estimate + critical * se)
        }

        let logLikelihood = -result.totals.deviance / 2
        // Firth: penalized on both sides (SAS, logistf); otherwise the plain log-likelihood.
        let compared = options.firth ? result.penalizedLogLikelihood : logLikelihood
        let statistic = 2 * (compared - null.logLikelihood)
        let degrees = k - (intercept == nil ? 0 : 1)
        let likelihoodRatio = LikelihoodRatioTest(
            statistic: statistic, degreesOfFreedom: degrees,
            pValue: degrees > 0
                ? ChiSquare.survival(max(statistic, 0), degreesOfFreedom: Double(degrees)) : 1)

        let events = (0..<data.rows).reduce(0.0) { $0 + (data.weights?[$1] ?? 1) * data.target[$1] }
        let condition = (try? SymmetricEigen(result.information).conditionNumber) ?? .infinity
        return LogisticFit(
            method: method, l2: options.l2, columnNames: names, interceptIndex: intercept,
            coefficients: coefficients, covarianceKind: covarianceKind,
            modelCovariance: rowsOf(modelCovariance), robustCovariance: robustCovariance.map(rowsOf),
            rows: data.rows, observations: observations, events: events,
            logLikelihood: logLikelihood, penalizedLogLikelihood: result.penalizedLogLikelihood,
            nullLogLikelihood: null.logLikelihood, likelihoodRatio: likelihoodRatio,
            deviance: result.totals.deviance, pearsonChiSquare: result.totals.pearson,
            aic: -2 * compared + 2 * Double(k), bic: -2 * compared + log(observations) * Double(k),
            pseudoR2: PseudoRSquared(
                logLikelihood: compared, nullLogLikelihood: null.logLikelihood,
                observations: observations),
            iterations: result.iterations, converged: result.converged,
            maxAbsGradient: result.maxAbsGradient,
            relativeDevianceChange: result.relativeDevianceChange,
            informationConditionNumber: condition, varianceInflation: varianceInflation)
    }

    /// A matrix as an array of its rows (for `Codable` plain values).
    static func rowsOf(_ m: Matrix) -> [[Double]] {
        (0..<m.rows).map { i in (0..<m.columns).map { j in m[i, j] } }
    }
}
