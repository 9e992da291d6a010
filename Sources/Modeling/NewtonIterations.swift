import Foundation
import LinearAlgebra

/// Where the iterations ended: the estimate and everything evaluated at it.
struct IterationResult {
    /// The estimate reported: the last iterate plus its Newton step.
    var coefficients: [Double]
    /// The last iterate `beta_k`, where `totals`, `information` and the log-likelihoods were
    /// evaluated (the final step changes them by far less than the tolerances).
    var evaluationPoint: [Double]
    /// The Newton pass at `evaluationPoint`.
    var totals: PassTotals
    /// The (penalized) information whose inverse is the model covariance, `k` x `k`.
    var information: Matrix
    /// Its Cholesky factorization.
    var factor: CholeskyFactorization
    /// The objective at `evaluationPoint` (log-likelihood, minus the ridge term, or plus Firth's).
    var penalizedLogLikelihood: Double
    var iterations: Int
    var converged: Bool
    var maxAbsGradient: Double
    var relativeDevianceChange: Double
    /// Firth's augmented information, when `firthCovariance == .augmentedInformation`.
    var augmentedInformation: Matrix?
}

/// The shared bookkeeping of the Newton-Raphson loops.
enum NewtonIterations {
    /// Step-halvings allowed per iteration before giving up.
    static let maximumHalvings = 30
    /// A linear predictor `|x_i' beta|` above this (fitted probability within `1e-13` of 0 or 1)
    /// starts the separation check (R's glm.fit warns at `10 eps`, `|eta| > 33.3`).
    static let separationTrigger = 30.0
    /// An unpenalized fit still not converged after this many iterations is checked for
    /// separation too (Newton converges in 5-8 iterations on regular data; separated data make
    /// it creep, one unit of the linear predictor per iteration).
    static let separationCheckIteration = 8

    /// `|Q - previous| / (|Q| + 0.1)`, R's `glm.fit` convergence measure.
    static func relativeChange(_ q: Double, from previous: Double) -> Double {
        abs(q - previous) / (abs(q) + 0.1)
    }

    /// Whether the objective rose by more than rounding between iterations (`Q` is -2 times the
    /// objective, so lower is better).
    static func rose(_ q: Double, from previous: Double) -> Bool {
        q - previous > 1e-12 * (abs(previous) + 0.1)
    }

    /// `max_j |g_j|` and `max_j |g_j| / sqrt(H_jj)`.
    static func gradientSizes(_ g: [Double], information: Matrix) -> (raw: Double, scaled: Double) {
        var raw = 0.0
        var scaled = 0.0
        for j in g.indices {
            raw = max(raw, abs(g[j]))
            let d = information[j, j]
            scaled = max(scaled, d > 0 ? abs(g[j]) / d.squareRoot() : .infinity)
        }
        return (raw, scaled)
    }

    /// `A + diag(penalty)` as a matrix.
    static func matrix(_ gram: [Double], order: Int, plus penalty: [Double]? = nil) -> Matrix {
        var m = Matrix(rows: order, columns: order, columnMajor: gram)
        if let penalty {
            for j in 0..<order { m[j, j] += penalty[j] }
        }
        return m
    }
}

extension LogisticRegression {
    /// Maximum likelihood or L2-penalized maximum likelihood by Newton-Raphson (= IRLS for the
    /// canonical logit link; McCullagh & Nelder 1989, section 2.5), started from statsmodels' GLM
    /// start (`startPass`), with step-halving when the penalized deviance rises.
    ///
    /// Unpenalized fits watch for separation: when a linear predictor exceeds
    /// `NewtonIterations.separationTrigger`, the fit has not converged after
    /// `separationCheckIteration` iterations, the information becomes numerically singular, or the
    /// iteration limit is reached, `SeparationCheck` (exact, whatever the iterate) decides whether
    /// the estimates diverge. It runs at most once per fit.
    static func newtonRaphson(
        passes: LogisticPasses, start: PassTotals, options: LogisticOptions, intercept: Int?,
        names: [String]
    ) throws(ModelingError) -> IterationResult {
        let k = passes.data.columns
        let lambda = options.l2
        let penalty: [Double]? =
            lambda > 0 ? (0..<k).map { $0 == intercept ? 0 : lambda } : nil
        var separationChecked = false

        func checkSeparation() throws(ModelingError) {
            guard penalty == nil, !separationChecked else { return }
            separationChecked = true
            let check = SeparationCheck(passes: passes)
            if let report = check.report(names: names, intercept: intercept) {
                throw .separation(report)
            }
        }

        // The start's weighted least squares: beta_1 = (X'W0X + lambda P)^-1 X'W0 z0.
        let startInformation = NewtonIterations.matrix(start.gram, order: k, plus: penalty)
        guard let startFactor = try? CholeskyFactorization(startInformation) else {
            throw .collinearColumns(
                DesignCrossProducts(gram: start.gram, order: k)
                    .aliasedColumns(names: names, tolerance: 1e-7))
        }
        var beta = startFactor.solve(start.gradient)
        var previousQ = start.deviance
        var previousBeta = beta
        var previousStep = [Double](repeating: 0, count: k)
        var halvings = 0
        var iterations = 0
        var lastRaw = Double.nan
        var lastChange = Double.nan

        while true {
            let totals = passes.newtonPass(beta: beta)
            let ridge = penalty.map { p in zip(p, beta).reduce(0) { $0 + $1.0 * $1.1 * $1.1 } } ?? 0
            let q = totals.deviance + ridge
            if !q.isFinite || (iterations >= 1 && NewtonIterations.rose(q, from: previousQ)) {
                if halvings < NewtonIterations.maximumHalvings && iterations >= 1 {
                    halvings += 1
                    let factor = pow(0.5, Double(halvings))
                    beta = zip(previousBeta, previousStep).map { $0 + factor * $1 }
                    continue
                }
                try checkSeparation()
                throw .didNotConverge(
                    iterations: iterations, maxAbsGradient: lastRaw, relativeDevianceChange: lastChange)
            }
            halvings = 0
            iterations += 1
            if totals.maxAbsLinearPredictor > NewtonIterations.separationTrigger
                || iterations >= NewtonIterations.separationCheckIteration
            {
                try checkSeparation()
            }
            var gradient = totals.gradient
            if let penalty {
                for j in 0..<k { gradient[j] -= penalty[j] * beta[j] }
            }
            let information = NewtonIterations.matrix(totals.gram, order: k, plus: penalty)
            let factor: CholeskyFactorization
            do {
                factor = try CholeskyFactorization(information)
            } catch {
                try checkSeparation()
                throw .didNotConverge(
                    iterations: iterations, maxAbsGradient: lastRaw, relativeDevianceChange: lastChange)
            }
            let step = factor.solve(gradient)
            let sizes = NewtonIterations.gradientSizes(gradient, information: information)
            let change = NewtonIterations.relativeChange(q, from: previousQ)
            lastRaw = sizes.raw
            lastChange = change
            let converged =
                change <= options.devianceTolerance && sizes.scaled <= options.gradientTolerance
            if converged || iterations >= options.maxIterations {
                if !converged {
                    try checkSeparation()
                    if !options.allowNonConvergence {
                        throw .didNotConverge(
                            iterations: iterations, maxAbsGradient: sizes.raw,
                            relativeDevianceChange: change)
                    }
                }
                return IterationResult(
                    coefficients: converged ? zip(beta, step).map { $0 + $1 } : beta,
                    evaluationPoint: beta, totals: totals, information: information,
                    factor: factor, penalizedLogLikelihood: -q / 2, iterations: iterations,
                    converged: converged, maxAbsGradient: sizes.raw, relativeDevianceChange: change,
                    augmentedInformation: nil)
            }
            previousQ = q
            previousBeta = beta
            previousStep = step
            beta = zip(beta, step).map { $0 + $1 }
        }
    }

    /// Firth's penalized likelihood (Firth 1993; Heinze & Schemper 2002) by the modified-score
    /// iteration of SAS PROC LOGISTIC and logistf:
    /// ```
    /// beta <- beta + (X'WX)^-1 U*(beta)
    /// ```
    /// with step-halving when `l*(beta) = l(beta) + 1/2 log det(X'WX)` falls. Each iteration is
    /// two passes over the data: the information at `beta`, then the hat values and `U*`.
    static func firthIterations(
        passes: LogisticPasses, start: PassTotals, options: LogisticOptions
    ) throws(ModelingError) -> IterationResult {
        let k = passes.data.columns
        let augmented = options.firthCovariance == .augmentedInformation
        guard
            let startFactor = try? CholeskyFactorization(
                NewtonIterations.matrix(start.gram, order: k))
        else {
            throw .didNotConverge(iterations: 0, maxAbsGradient: .nan, relativeDevianceChange: .nan)
        }
        var beta = startFactor.solve(start.gradient)
        // the start's deviance, as for maximum likelihood (it has no penalty term, so the first
        // change is never mistaken for convergence of the penalized objective)
        var previousQ = start.deviance
        var previousBeta = beta
        var previousStep = [Double](repeating: 0, count: k)
        var halvings = 0
        var iterations = 0
        var lastRaw = Double.nan
        var lastChange = Double.nan

        while true {
            let totals = passes.newtonPass(beta: beta)
            let information = NewtonIterations.matrix(totals.gram, order: k)
            let factor = try? CholeskyFactorization(information)
            let q = factor.map { totals.deviance - $0.logDeterminant } ?? .infinity
            if !q.isFinite || (iterations >= 1 && NewtonIterations.rose(q, from: previousQ)) {
                if halvings < NewtonIterations.maximumHalvings && iterations >= 1 {
                    halvings += 1
                    let scale = pow(0.5, Double(halvings))
                    beta = zip(previousBeta, previousStep).map { $0 + scale * $1 }
                    continue
                }
                throw .didNotConverge(
                    iterations: iterations, maxAbsGradient: lastRaw, relativeDevianceChange: lastChange)
            }
            guard let factor else { preconditionFailure("finite objective implies a factorization") }
            halvings = 0
            iterations += 1
            let inverse = factor.inverse()
            let score = passes.firthScorePass(
                beta: beta, inverseInformation: inverse, augmentedGram: augmented)
            let step = factor.solve(score.gradient)
            let sizes = NewtonIterations.gradientSizes(score.gradient, information: information)
            let change = NewtonIterations.relativeChange(q, from: previousQ)
            lastRaw = sizes.raw
            lastChange = change
            let converged =
                change <= options.devianceTolerance && sizes.scaled <= options.gradientTolerance
            if converged || iterations >= options.maxIterations {
                if !converged && !options.allowNonConvergence {
                    throw .didNotConverge(
                        iterations: iterations, maxAbsGradient: sizes.raw,
                        relativeDevianceChange: change)
                }
                return IterationResult(
                    coefficients: converged ? zip(beta, step).map { $0 + $1 } : beta,
                    evaluationPoint: beta, totals: totals, information: information,
                    factor: factor, penalizedLogLikelihood: -q / 2, iterations: iterations,
                    converged: converged, maxAbsGradient: sizes.raw, relativeDevianceChange: change,
                    augmentedInformation: augmented
                        ? NewtonIterations.matrix(score.gram, order: k) : nil)
            }
            previousQ = q
            previousBeta = beta
            previousStep = step
            beta = zip(beta, step).map { $0 + $1 }
        }
    }
}
