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

extension NewtonIterations {
    /// What a Newton-Raphson loop carries from one iteration to the next: the iterate, the last
    /// accepted objective and step (to halve the step when the objective rises), the iterations
    /// done, and the last gradient size and objective change (for the report when it stops).
    struct Progress {
        /// The iterate to evaluate next.
        private(set) var beta: [Double]
        /// Iterations accepted so far.
        private(set) var iterations = 0
        private var previousQ: Double
        private var previousBeta: [Double]
        private var previousStep: [Double]
        private var halvings = 0
        private var lastRaw = Double.nan
        private var lastChange = Double.nan

        /// Starts at `beta`, measuring the first change of the objective from `objective`.
        init(start beta: [Double], objective: Double) {
            self.beta = beta
            previousQ = objective
            previousBeta = beta
            previousStep = [Double](repeating: 0, count: beta.count)
        }

        /// Whether `q`, the objective at `beta` (`-2` times the penalized log-likelihood), cannot be
        /// accepted: it is not finite, or it rose since the last accepted iterate.
        func rejects(_ q: Double) -> Bool {
            !q.isFinite || (iterations >= 1 && NewtonIterations.rose(q, from: previousQ))
        }

        /// Moves `beta` to the last accepted iterate plus the next halving of its step; false when
        /// no halving is left, or there is no step to halve yet.
        mutating func halveStep() -> Bool {
            guard halvings < NewtonIterations.maximumHalvings && iterations >= 1 else { return false }
            halvings += 1
            let factor = pow(0.5, Double(halvings))
            beta = zip(previousBeta, previousStep).map { $0 + factor * $1 }
            return true
        }

        /// Accepts `beta` as the next iterate.
        mutating func accept() {
            halvings = 0
            iterations += 1
        }

        /// The gradient's sizes and the objective's relative change at the accepted `beta`, and
        /// whether both are within `options`' tolerances.
        mutating func measure(
            objective q: Double, gradient: [Double], information: Matrix, options: LogisticOptions
        ) -> (raw: Double, change: Double, converged: Bool) {
            let sizes = NewtonIterations.gradientSizes(gradient, information: information)
            let change = NewtonIterations.relativeChange(q, from: previousQ)
            lastRaw = sizes.raw
            lastChange = change
            let converged = change <= options.devianceTolerance && sizes.scaled <= options.gradientTolerance
            return (sizes.raw, change, converged)
        }

        /// Takes `step` from the accepted `beta`, whose objective was `q`.
        mutating func advance(by step: [Double], objective q: Double) {
            previousQ = q
            previousBeta = beta
            previousStep = step
            beta = zip(beta, step).map { $0 + $1 }
        }

        /// Stopping now: the iterations done, the last gradient size and objective change.
        var didNotConverge: ModelingError {
            .didNotConverge(iterations: iterations, maxAbsGradient: lastRaw, relativeDevianceChange: lastChange)
        }
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
        var progress = NewtonIterations.Progress(start: startFactor.solve(start.gradient), objective: start.deviance)
        while true {
            let beta = progress.beta
            let totals = passes.newtonPass(beta: beta)
            let ridge = penalty.map { p in zip(p, beta).reduce(0) { $0 + $1.0 * $1.1 * $1.1 } } ?? 0
            let q = totals.deviance + ridge
            if progress.rejects(q) {
                if progress.halveStep() { continue }
                try checkSeparation()
                throw progress.didNotConverge
            }
            progress.accept()
            if totals.maxAbsLinearPredictor > NewtonIterations.separationTrigger
                || progress.iterations >= NewtonIterations.separationCheckIteration
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
                throw progress.didNotConverge
            }
            let step = factor.solve(gradient)
            let (raw, change, converged) = progress.measure(
                objective: q, gradient: gradient, information: information, options: options)
            if converged || progress.iterations >= options.maxIterations {
                if !converged {
                    try checkSeparation()
                    if !options.allowNonConvergence { throw progress.didNotConverge }
                }
                return IterationResult(
                    coefficients: converged ? zip(beta, step).map { $0 + $1 } : beta,
                    evaluationPoint: beta, totals: totals, information: information,
                    factor: factor, penalizedLogLikelihood: -q / 2, iterations: progress.iterations,
                    converged: converged, maxAbsGradient: raw, relativeDevianceChange: change,
                    augmentedInformation: nil)
            }
            progress.advance(by: step, objective: q)
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
        // the start's deviance, as for maximum likelihood (it has no penalty term, so the first
        // change is never mistaken for convergence of the penalized objective)
        var progress = NewtonIterations.Progress(start: startFactor.solve(start.gradient), objective: start.deviance)
        while true {
            let beta = progress.beta
            let totals = passes.newtonPass(beta: beta)
            let information = NewtonIterations.matrix(totals.gram, order: k)
            let factor = try? CholeskyFactorization(information)
            let q = factor.map { totals.deviance - $0.logDeterminant } ?? .infinity
            if progress.rejects(q) {
                if progress.halveStep() { continue }
                throw progress.didNotConverge
            }
            guard let factor else { preconditionFailure("finite objective implies a factorization") }
            progress.accept()
            let inverse = factor.inverse()
            let score = passes.firthScorePass(
                beta: beta, inverseInformation: inverse, augmentedGram: augmented)
            let step = factor.solve(score.gradient)
            let (raw, change, converged) = progress.measure(
                objective: q, gradient: score.gradient, information: information, options: options)
            if converged || progress.iterations >= options.maxIterations {
                if !converged && !options.allowNonConvergence { throw progress.didNotConverge }
                return IterationResult(
                    coefficients: converged ? zip(beta, step).map { $0 + $1 } : beta,
                    evaluationPoint: beta, totals: totals, information: information,
                    factor: factor, penalizedLogLikelihood: -q / 2, iterations: progress.iterations,
                    converged: converged, maxAbsGradient: raw, relativeDevianceChange: change,
                    augmentedInformation: augmented
                        ? NewtonIterations.matrix(score.gram, order: k) : nil)
            }
            progress.advance(by: step, objective: q)
        }
    }
}
