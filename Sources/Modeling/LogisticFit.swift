import Foundation

/// A fitted binary logistic regression with its inference: what statsmodels' `Logit` summary,
/// Stata's `logit` or SAS PROC LOGISTIC print, as plain values (`Codable`, so a model file can
/// store it).
///
/// Notation: `n` rows, frequency weights `f_i`, `N = sum_i f_i` observations, `k` coefficients
/// (all columns of the design, the intercept included), `l` the log-likelihood at the estimate
/// and `l0` that of the intercept-only model (see `nullLogLikelihood`).
///
/// ## Which log-likelihood
/// - Maximum likelihood: `logLikelihood` = `penalizedLogLikelihood` = `l`.
/// - L2: `penalizedLogLikelihood = l - lambda/2 ||beta||^2`; the likelihood-ratio test, AIC, BIC
///   and pseudo-R2 use the unpenalized `l` at the penalized estimate and the (unpenalized)
///   intercept-only model. They describe the fit; the LR statistic is not chi-square distributed.
/// - Firth: `penalizedLogLikelihood = l + 1/2 log det(X'WX)`; the likelihood-ratio test, AIC, BIC
///   and pseudo-R2 use penalized log-likelihoods on both sides, against the Firth-penalized
///   intercept-only model (SAS PROC LOGISTIC FIRTH, R logistf). `deviance` stays `-2 l`.
///
/// ## Covariance
/// `modelCovariance` is the inverse of the (penalized) information at the estimate: `(X'WX)^-1`
/// for maximum likelihood, `(X'WX + lambda P)^-1` for L2 (`P` = identity with 0 for the
/// intercept; the inverse of the penalized Hessian, so the standard errors describe the curvature
/// of the penalized objective and are smaller than unpenalized ones; they ignore the penalty's
/// bias), `(X'WX)^-1` or the augmented information for Firth (`LogisticOptions.firthCovariance`).
/// The coefficient table uses `robustCovariance` when one was asked for.
public struct LogisticFit: Equatable, Sendable, Codable {
    /// How the coefficients were estimated.
    public enum Method: String, Equatable, Sendable, Codable {
        case maximumLikelihood
        case l2
        case firth
    }

    /// Which covariance the coefficient table uses.
    public enum CovarianceKind: String, Equatable, Sendable, Codable {
        /// The inverse (penalized) information, `modelCovariance`.
        case model
        /// White's sandwich, `hc0`.
        case hc0
        /// `hc0 * N / (N - 1)`.
        case hc1
    }

    /// The estimator.
    public let method: Method
    /// The L2 penalty `lambda` (0 unless `method == .l2`).
    public let l2: Double
    /// The design's column names, in order; `coefficients[j]` belongs to `columnNames[j]`.
    public let columnNames: [String]
    /// The index of the intercept column (the column of ones), if the design has one.
    public let interceptIndex: Int?
    /// One row of the coefficient table per design column.
    public let coefficients: [CoefficientEstimate]
    /// The covariance the coefficient table uses (see `covarianceKind`), `k` x `k`, row by row.
    public let covarianceKind: CovarianceKind
    /// The inverse of the (penalized) information matrix at the estimate, `k` x `k`, row by row.
    public let modelCovariance: [[Double]]
    /// The sandwich covariance `H^-1 M H^-1` (scaled by `N / (N - 1)` for HC1) when asked for.
    ///
    /// ```
    /// M = sum_i f_i (y_i - mu_i)^2 x_i x_i'
    /// ```
    /// (each row counted `f_i` times). Reference: White (1980), *Econometrica* 48, 817-838.
    public let robustCovariance: [[Double]]?

    /// Number of design rows.
    public let rows: Int
    /// `N = sum_i f_i`, the number of observations (rows when unweighted), as statsmodels GLM
    /// counts `freq_weights`: a row of weight 3 is three identical observations.
    public let observations: Double
    /// `sum_i f_i y_i`, the number of events (target 1).
    public let events: Double

    /// `l`, the (unpenalized) log-likelihood at the estimate.
    public let logLikelihood: Double
    /// The objective at the estimate: `l`, `l - lambda/2 ||beta||^2` or `l + 1/2 log det I`.
    public let penalizedLogLikelihood: Double
    /// `l0`, the log-likelihood of the intercept-only model with the same weights and offset
    /// (the Firth-penalized one for Firth fits), as statsmodels' `llnull`.
    public let nullLogLikelihood: Double
    /// The likelihood-ratio test of all coefficients but the intercept.
    public let likelihoodRatio: LikelihoodRatioTest
    /// `D = -2 l` (the saturated model of 0/1 outcomes has log-likelihood 0). McCullagh & Nelder
    /// (1989), section 4.4.
    public let deviance: Double
    /// Pearson's statistic `X2 = sum_i f_i (y_i - mu_i)^2 / (mu_i (1 - mu_i))`.
    public let pearsonChiSquare: Double
    /// Akaike's information criterion `-2 l + 2 k` (Akaike 1974).
    public let aic: Double
    /// Schwarz's Bayesian information criterion `-2 l + k ln N`, statsmodels' `Logit.bic`
    /// convention (Schwarz 1978).
    public let bic: Double
    /// McFadden, Cox-Snell and Nagelkerke pseudo-R2.
    public let pseudoR2: PseudoRSquared

    /// Newton-Raphson iterations (passes over the data after the start; step-halving passes not
    /// counted).
    public let iterations: Int
    /// Whether the stopping rule of `LogisticOptions` was met.
    public let converged: Bool
    /// `max_j |g_j|` of the (penalized, or Firth-modified) score at the last iteration.
    public let maxAbsGradient: Double
    /// The relative change of the (penalized) deviance at the last iteration.
    public let relativeDevianceChange: Double
    /// The spectral condition number `max lambda / min lambda` of the (penalized) information
    /// matrix whose inverse is `modelCovariance`.
    public let informationConditionNumber: Double
    /// Variance inflation factors of the feature columns (every column but the intercept).
    public let varianceInflation: [VarianceInflation]

    /// The estimated coefficients, in design order.
    public var estimates: [Double] { coefficients.map(\.estimate) }
    /// The standard errors of the coefficient table, in design order.
    public var standardErrors: [Double] { coefficients.map(\.standardError) }

    /// The coefficient table row of the column `name`, if there is one.
    public func coefficient(named name: String) -> CoefficientEstimate? {
        coefficients.first { $0.name == name }
    }
}

/// One coefficient with its Wald inference.
///
/// ```
/// z = estimate / standardError,   p = 2 (1 - Phi(|z|)),   CI = estimate -/+ Phi^-1(1 - alpha/2) SE
/// ```
public struct CoefficientEstimate: Equatable, Sendable, Codable {
    /// The design column's name.
    public let name: String
    /// The estimated coefficient.
    public let estimate: Double
    /// Its standard error (from the covariance the table uses).
    public let standardError: Double
    /// The Wald statistic `estimate / standardError`.
    public let zStatistic: Double
    /// The two-sided p-value of the Wald test against 0.
    public let pValue: Double
    /// The lower end of the Wald confidence interval.
    public let confidenceLower: Double
    /// The upper end of the Wald confidence interval.
    public let confidenceUpper: Double

    public init(
        name: String, estimate: Double, standardError: Double, zStatistic: Double, pValue: Double,
        confidenceLower: Double, confidenceUpper: Double
    ) {
        self.name = name
        self.estimate = estimate
        self.standardError = standardError
        self.zStatistic = zStatistic
        self.pValue = pValue
        self.confidenceLower = confidenceLower
        self.confidenceUpper = confidenceUpper
    }
}

/// A likelihood-ratio test `LR = 2 (l - l0)` on `degreesOfFreedom`, `p = P(chi2_df > LR)`.
///
/// Reference: Wilks (1938), *Annals of Mathematical Statistics* 9, 60-62.
public struct LikelihoodRatioTest: Equatable, Sendable, Codable {
    /// `2 (l - l0)`.
    public let statistic: Double
    /// The number of coefficients tested (those other than the intercept).
    public let degreesOfFreedom: Int
    /// The upper tail probability of the chi-square distribution.
    public let pValue: Double

    public init(statistic: Double, degreesOfFreedom: Int, pValue: Double) {
        self.statistic = statistic
        self.degreesOfFreedom = degreesOfFreedom
        self.pValue = pValue
    }
}

/// Likelihood-based pseudo-R2 measures.
///
/// ```
/// McFadden     1 - l / l0                                      (McFadden 1974)
/// Cox-Snell    1 - exp(2 (l0 - l) / N)                         (Cox & Snell 1989)
/// Nagelkerke   Cox-Snell / (1 - exp(2 l0 / N))                 (Nagelkerke 1991)
/// ```
/// Nagelkerke rescales Cox-Snell by its maximum so that a perfect fit scores 1.
public struct PseudoRSquared: Equatable, Sendable, Codable {
    public let mcFadden: Double
    public let coxSnell: Double
    public let nagelkerke: Double

    public init(mcFadden: Double, coxSnell: Double, nagelkerke: Double) {
        self.mcFadden = mcFadden
        self.coxSnell = coxSnell
        self.nagelkerke = nagelkerke
    }

    /// The three measures from the log-likelihoods of the model and the null model and `N`.
    public init(logLikelihood l: Double, nullLogLikelihood l0: Double, observations n: Double) {
        let coxSnell = -expm1(2 * (l0 - l) / n)
        self.init(
            mcFadden: 1 - l / l0, coxSnell: coxSnell, nagelkerke: coxSnell / -expm1(2 * l0 / n))
    }
}

/// The variance inflation factor of one feature column.
///
/// ```
/// VIF_j = 1 / (1 - R2_j)
/// ```
/// with `R2_j` from the least-squares regression of column `j` on all other columns of the design
/// (the intercept included, so `R2_j` is centred), each row counted `f_i` times. Without an
/// intercept column, `R2_j` is uncentred. Equal to statsmodels' `variance_inflation_factor` on
/// the same design. Reference: Marquardt (1970), *Technometrics* 12, 591-612.
public struct VarianceInflation: Equatable, Sendable, Codable {
    /// The feature column.
    public let column: String
    /// `1 / (1 - R2_j)`.
    public let factor: Double

    public init(column: String, factor: Double) {
        self.column = column
        self.factor = factor
    }
}
