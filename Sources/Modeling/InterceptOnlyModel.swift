import Foundation
import Statistics

/// The intercept-only ("null") logistic model with the same frequency weights and offset as the
/// full model: the reference of the likelihood-ratio test and the pseudo-R2, as statsmodels'
/// `llnull` (which always fits a constant, whether or not the design has one).
///
/// With `Y = sum_i f_i y_i` events among `N = sum_i f_i` observations and no offset, both fits
/// have closed forms:
/// ```
/// maximum likelihood   p = Y / N,                   l0 = Y log p + (N - Y) log(1 - p)
/// Firth                p = (Y + 1/2) / (N + 1),     l0* = Y log p + (N - Y) log(1 - p) + 1/2 log(N p (1 - p))
/// ```
/// (Firth's modified score `Y - N p + (1/2 - p) sum_i h_i` with `sum_i h_i = 1`). With an offset
/// the single coefficient is found by Newton-Raphson (Fisher scoring for Firth) over the rows.
struct InterceptOnlyModel {
    /// The fitted intercept.
    let intercept: Double
    /// The log-likelihood (penalized by `1/2 log I` for Firth).
    let logLikelihood: Double

    /// Maximum likelihood or Firth's penalized likelihood.
    init(data: LogisticData, firth: Bool) {
        let n = data.rows
        var events = 0.0
        var total = 0.0
        for i in 0..<n {
            let f = data.weights?[i] ?? 1
            events += f * data.target[i]
            total += f
        }
        guard let offset = data.offset else {
            let p = firth ? (events + 0.5) / (total + 1) : events / total
            var l = events * log(p) + (total - events) * log1p(-p)
            if firth { l += 0.5 * log(total * p * (1 - p)) }
            intercept = logit(p)
            logLikelihood = l
            return
        }
        // Newton-Raphson on b, eta_i = b + o_i; start from the closed form without offset.
        let p0 = (events + 0.5) / (total + 1)
        var b = logit(p0) - offset.reduce(0, +) / Double(max(n, 1))
        var best = Self.evaluate(b, data: data, offset: offset, firth: firth)
        for _ in 0..<200 {
            let step = best.score / best.information
            var candidate = b + step
            var trial = Self.evaluate(candidate, data: data, offset: offset, firth: firth)
            var halvings = 0
            while trial.objective < best.objective - 1e-12 * abs(best.objective), halvings < 30 {
                halvings += 1
                candidate = b + step / pow(2, Double(halvings))
                trial = Self.evaluate(candidate, data: data, offset: offset, firth: firth)
            }
            b = candidate
            best = trial
            if abs(step) <= 1e-13 * max(1, abs(b)) { break }
        }
        intercept = b
        logLikelihood = best.objective
    }

    /// The (penalized) log-likelihood, (modified) score and information at intercept `b`.
    private static func evaluate(
        _ b: Double, data: LogisticData, offset: [Double], firth: Bool
    ) -> (objective: Double, score: Double, information: Double) {
        var l = 0.0
        var information = 0.0
        var score = 0.0
        for i in 0..<data.rows {
            let f = data.weights?[i] ?? 1
            let y = data.target[i]
            let row = bernoulliRow(eta: b + offset[i], y: y)
            l += f * row.logProbability
            information += f * row.mu * row.oneMinusMu
            score += f * (y == 1 ? row.oneMinusMu : -row.mu)
        }
        guard firth else { return (l, score, information) }
        // h_i = f_i mu_i (1 - mu_i) / I; U* = score + sum_i h_i (1/2 - mu_i)
        var correction = 0.0
        for i in 0..<data.rows {
            let f = data.weights?[i] ?? 1
            let row = bernoulliRow(eta: b + offset[i], y: data.target[i])
            correction += f * row.mu * row.oneMinusMu * (0.5 - row.mu)
        }
        return (l + 0.5 * log(information), score + correction / information, information)
    }
}
