/// How `LogisticRegression.fit` estimates a model: penalty, covariance, and when to stop.
///
/// ## Objective
/// With rows `i`, frequency weights `f_i` (1 when none are given), offsets `o_i` (0 when none),
/// `eta_i = x_i' beta + o_i` and `mu_i = 1 / (1 + exp(-eta_i))`, the log-likelihood is
/// ```
/// l(beta) = sum_i f_i [ y_i log mu_i + (1 - y_i) log(1 - mu_i) ]
/// ```
/// and the estimator maximizes, depending on the options,
/// ```
/// maximum likelihood (default)   l(beta)
/// l2 = lambda > 0                l(beta) - lambda / 2 * sum_{j != intercept} beta_j^2
/// firth = true                   l(beta) + 1/2 log det I(beta),   I(beta) = X' W X
/// ```
/// with `W = diag(f_i mu_i (1 - mu_i))`. The L2 penalty is on the *sum* of the log-likelihood
/// (not the mean), never on the intercept column, and on the coefficients in the units of the
/// design (standardize the columns first for a scale-free penalty). It equals scikit-learn's
/// `LogisticRegression(C = 1 / lambda)` and the penalized deviance `D(beta) + lambda ||beta||^2`.
/// Firth's penalty is Jeffreys' invariant prior (Firth 1993; Heinze & Schemper 2002), as in SAS
/// PROC LOGISTIC's FIRTH option and R's logistf.
///
/// ## Stopping rule
/// Each Newton-Raphson iteration is one pass over the data at the current `beta_k`, giving the
/// (penalized) deviance `Q_k = -2 (penalized log-likelihood)`, the gradient `g_k` and the
/// information `H_k`. The fit has converged at iteration `k` when both
/// ```
/// |Q_k - Q_{k-1}| / (|Q_k| + 0.1)        <= devianceTolerance   (R's glm.fit form)
/// max_j |g_kj| / sqrt(H_k[j, j])         <= gradientTolerance
/// ```
/// The second is the score of each coefficient in units of its own standard deviation, so it
/// does not depend on how the columns are scaled or on the number of rows; `1e-8` means the
/// remaining Newton step is about `1e-8` standard errors. The defaults (`1e-10`, `1e-8`) leave the
/// estimates within about `1e-12` relative of the exact optimum on well-conditioned data (Newton
/// converges quadratically, and the last step is still applied), well inside the `1e-8` agreement
/// with statsmodels that the tests ask for.
public struct LogisticOptions: Equatable, Sendable, Codable {
    /// Robust (sandwich) covariance choices.
    public enum RobustCovariance: String, Equatable, Sendable, Codable, CaseIterable {
        /// The model-based covariance `H^-1` only.
        case none
        /// White's (1980) heteroskedasticity-consistent sandwich `H^-1 M H^-1`.
        case hc0
        /// `hc0 * n / (n - 1)`, Stata's `vce(robust)` for maximum-likelihood models.
        case hc1
    }

    /// Which information matrix gives the covariance of Firth estimates.
    public enum FirthCovariance: String, Equatable, Sendable, Codable, CaseIterable {
        /// `(X'WX)^-1` at the Firth estimate: SAS PROC LOGISTIC FIRTH, Heinze & Schemper (2002).
        case fisherInformation
        /// `(X' diag((f_i + h_i) mu_i (1 - mu_i)) X)^-1`, the information of Firth's augmented
        /// data (each row counted `1 + h_i` times): firthmodels and logistf >= 1.24.
        case augmentedInformation
    }

    /// L2 (ridge) penalty `lambda >= 0`; see the objective above. 0 = maximum likelihood.
    public var l2: Double
    /// Firth's bias-reducing penalized likelihood (cannot be combined with `l2`).
    public var firth: Bool
    /// Robust covariance for the coefficient table; the model-based one is always kept too.
    public var robust: RobustCovariance
    /// Covariance of Firth estimates (ignored otherwise).
    public var firthCovariance: FirthCovariance
    /// Maximum number of Newton-Raphson iterations (passes over the data after the start).
    public var maxIterations: Int
    /// When the iteration limit is reached: `false` (default) throws
    /// `ModelingError.didNotConverge`; `true` returns the last iterate with `converged == false`.
    /// Separation is reported either way.
    public var allowNonConvergence: Bool
    /// Relative change of the (penalized) deviance between iterations; see the stopping rule.
    public var devianceTolerance: Double
    /// Largest standardized score `|g_j| / sqrt(H_jj)`; see the stopping rule.
    public var gradientTolerance: Double
    /// A column is aliased (collinear) when the earlier columns explain all but this fraction of
    /// its frequency-weighted sum of squares (`1 - R^2_j` of the uncentred regression on the
    /// earlier columns, so a variance inflation above `1 / tolerance`).
    public var collinearityTolerance: Double
    /// Confidence level of the Wald intervals, in (0, 1).
    public var confidenceLevel: Double
    /// Worker threads for the passes over the data; `nil` = the number of active processors.
    /// The results are bit-for-bit the same for every thread count (fixed row segments, fixed
    /// summation order).
    public var threads: Int?

    public init(
        l2: Double = 0,
        firth: Bool = false,
        robust: RobustCovariance = .none,
        firthCovariance: FirthCovariance = .fisherInformation,
        maxIterations: Int = 100,
        allowNonConvergence: Bool = false,
        devianceTolerance: Double = 1e-10,
        gradientTolerance: Double = 1e-8,
        collinearityTolerance: Double = 1e-10,
        confidenceLevel: Double = 0.95,
        threads: Int? = nil
    ) {
        self.l2 = l2
        self.firth = firth
        self.robust = robust
        self.firthCovariance = firthCovariance
        self.maxIterations = maxIterations
        self.allowNonConvergence = allowNonConvergence
        self.devianceTolerance = devianceTolerance
        self.gradientTolerance = gradientTolerance
        self.collinearityTolerance = collinearityTolerance
        self.confidenceLevel = confidenceLevel
        self.threads = threads
    }

    /// Checks the options a caller could get wrong; these are programmer errors.
    func validate() {
        precondition(l2.isFinite && l2 >= 0, "LogisticOptions: l2 must be a finite number >= 0, got \(l2)")
        precondition(!(firth && l2 > 0), "LogisticOptions: firth and l2 cannot be combined")
        precondition(maxIterations >= 1, "LogisticOptions: maxIterations must be >= 1, got \(maxIterations)")
        precondition(
            devianceTolerance > 0 && gradientTolerance > 0,
            "LogisticOptions: tolerances must be > 0")
        precondition(
            collinearityTolerance > 0 && collinearityTolerance < 1,
            "LogisticOptions: collinearityTolerance must be in (0, 1)")
        precondition(
            confidenceLevel > 0 && confidenceLevel < 1,
            "LogisticOptions: confidenceLevel must be in (0, 1), got \(confidenceLevel)")
        if let threads { precondition(threads >= 1, "LogisticOptions: threads must be >= 1") }
    }
}
