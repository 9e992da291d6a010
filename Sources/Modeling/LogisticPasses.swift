import Foundation
import LinearAlgebra

/// The data of one logistic fit, already checked by `LogisticRegression.fit`.
struct LogisticData: Sendable {
    /// `n` x `k`, column-major, finite.
    let design: Matrix
    /// 0 or 1 per row.
    let target: [Double]
    /// Frequency weights `f_i >= 0`, or `nil` for all 1.
    let weights: [Double]?
    /// Offsets `o_i`, or `nil` for all 0.
    let offset: [Double]?

    var rows: Int { design.rows }
    var columns: Int { design.columns }
}

/// What one pass over the data adds up.
struct PassTotals {
    /// A `k` x `k` symmetric matrix, column-major (both triangles filled).
    var gram: [Double]
    /// A `k`-vector: `X' v` for the pass's row values `v`.
    var gradient: [Double]
    /// `-2 sum_i f_i log P(y_i)` (0 for passes that do not compute it).
    var deviance: Double
    /// `sum_i f_i (y_i - mu_i)^2 / (mu_i (1 - mu_i))` (Newton passes only).
    var pearson: Double
    /// `max_i |x_i' beta|`, offset excluded (Newton passes only).
    var maxAbsLinearPredictor: Double
}

/// The Bernoulli quantities of one row at linear predictor `eta` (target `y` 0 or 1), from one
/// `exp` and one `log1p` and without overflow for any finite `eta`:
/// ```
/// t = exp(-|eta|),  mu = 1 / (1 + t) or t / (1 + t),  log P(y) = -log1p(t) - |eta| [y != sign]
/// ```
/// (the same arithmetic as `Statistics.logistic` and `log1pExp`, sharing the exponential).
@inline(__always)
func bernoulliRow(eta: Double, y: Double) -> (mu: Double, oneMinusMu: Double, logProbability: Double) {
    let a = abs(eta)
    let t = exp(-a)
    let s = 1 + t
    let large = 1 / s
    let small = t / s
    let l1p = log1p(t)
    // the observed class is the likely one (log P = -log1p(t)) or the unlikely one (-log1p(t) - |eta|)
    let likely = (eta >= 0) == (y == 1)
    let logProbability = likely ? -l1p : -l1p - a
    return eta >= 0 ? (large, small, logProbability) : (small, large, logProbability)
}

/// Scratch and accumulators of one row segment, reused from pass to pass.
final class SegmentWorkspace: @unchecked Sendable {
    var linear: [Double] = []
    var rowWeights: [Double] = []
    var rowValues: [Double] = []
    var forms: [Double] = []
    var gramScratch: [Double] = []
    var formScratch: [Double] = []
    var gram: [Double]
    var gradient: [Double]
    var deviance = 0.0
    var pearson = 0.0
    var maxAbsLinear = 0.0

    init(columns: Int) {
        gram = [Double](repeating: 0, count: columns * columns)
        gradient = [Double](repeating: 0, count: columns)
        let chunk = RowSegments.chunkRows
        linear.reserveCapacity(chunk)
        rowWeights.reserveCapacity(chunk)
        rowValues.reserveCapacity(chunk)
    }

    func reset() {
        for i in gram.indices { gram[i] = 0 }
        for i in gradient.indices { gradient[i] = 0 }
        deviance = 0
        pearson = 0
        maxAbsLinear = 0
    }
}

/// A raw pointer that concurrent segment workers write to at disjoint indices.
struct SharedOutput: @unchecked Sendable {
    let base: UnsafeMutablePointer<Double>
}

/// The fused, chunked, multi-threaded passes over the data that the logistic estimators need.
///
/// Each pass visits every row once, in chunks of `RowSegments.chunkRows` rows while they are in
/// cache: the linear predictor of the chunk by `dgemv`, the per-row Bernoulli quantities, the
/// weighted cross-products by `dsyrk` on a square-root-weighted copy, the gradient by a
/// transposed `dgemv` (the row kernels of `LinearAlgebra`). Segments are summed in order, so the
/// results do not depend on the number of threads.
final class LogisticPasses: @unchecked Sendable {
    let data: LogisticData
    let segments: RowSegments
    let threads: Int
    private let workspaces: [SegmentWorkspace]

    init(data: LogisticData, threads: Int) {
        self.data = data
        self.segments = RowSegments(rows: data.rows)
        self.threads = threads
        self.workspaces = (0..<segments.count).map { _ in SegmentWorkspace(columns: data.columns) }
    }

    /// The weight of row `i`.
    @inline(__always)
    private func weight(_ i: Int) -> Double { data.weights?[i] ?? 1 }

    /// Runs `body(segment, workspace)` on every segment and sums the accumulators in order.
    private func run(_ body: @Sendable (Int, SegmentWorkspace) -> Void) -> PassTotals {
        let workspaces = self.workspaces
        segments.forEach(threads: threads) { s in
            let workspace = workspaces[s]
            workspace.reset()
            body(s, workspace)
        }
        let k = data.columns
        var totals = PassTotals(
            gram: [Double](repeating: 0, count: k * k), gradient: [Double](repeating: 0, count: k),
            deviance: 0, pearson: 0, maxAbsLinearPredictor: 0)
        for workspace in workspaces {
            for i in 0..<(k * k) { totals.gram[i] += workspace.gram[i] }
            for j in 0..<k { totals.gradient[j] += workspace.gradient[j] }
            totals.deviance += workspace.deviance
            totals.pearson += workspace.pearson
            totals.maxAbsLinearPredictor = max(totals.maxAbsLinearPredictor, workspace.maxAbsLinear)
        }
        symmetrizeFromUpper(&totals.gram, order: k)
        return totals
    }

    /// The start of IRLS as in statsmodels' GLM: `mu_i = (y_i + 1/2) / 2`, `eta_i = logit(mu_i)`,
    /// working weights `w_i = f_i mu_i (1 - mu_i) = 3 f_i / 16` (the same for every row) and the
    /// weighted least-squares right-hand side `X' (w (eta - o) + f (y - mu))`.
    ///
    /// `gram` is `3/16 X'FX`, the frequency-weighted cross-products of the design, which also
    /// give the rank check and the variance inflation factors. `deviance` is that of `mu`.
    func startPass() -> PassTotals {
        let design = data.design
        let target = data.target
        let offset = data.offset
        let logThree = log(3.0)
        var totals = run { s, workspace in
            for start in segments.chunks(of: s) {
                let rows = segments.chunk(startingAt: start, in: s)
                workspace.rowWeights.removeAll(keepingCapacity: true)
                workspace.rowValues.removeAll(keepingCapacity: true)
                for i in rows {
                    let f = weight(i)
                    let y = target[i]
                    let w = 0.1875 * f
                    let eta = y == 1 ? logThree : -logThree
                    let mu = y == 1 ? 0.75 : 0.25
                    workspace.rowWeights.append(w)
                    workspace.rowValues.append(w * (eta - (offset?[i] ?? 0)) + f * (y - mu))
                }
                design.accumulateWeightedGramRows(
                    rows, weights: workspace.rowWeights, into: &workspace.gram,
                    scratch: &workspace.gramScratch)
                design.accumulateTransposeMultiplyRows(
                    rows, by: workspace.rowValues, into: &workspace.gradient)
            }
        }
        totals.deviance = -2 * log(0.75) * totalWeight
        return totals
    }

    /// `N = sum_i f_i`.
    var totalWeight: Double {
        data.weights.map { $0.reduce(0, +) } ?? Double(data.rows)
    }

    /// A Newton-Raphson pass at `beta`: the deviance, Pearson's statistic, the information
    /// `X'WX` with `w_i = f_i mu_i (1 - mu_i)` and the score `X' f (y - mu)`.
    func newtonPass(beta: [Double]) -> PassTotals {
        let design = data.design
        let target = data.target
        let offset = data.offset
        return run { s, workspace in
            for start in segments.chunks(of: s) {
                let rows = segments.chunk(startingAt: start, in: s)
                design.multiplyRows(rows, by: beta, into: &workspace.linear)
                workspace.rowWeights.removeAll(keepingCapacity: true)
                workspace.rowValues.removeAll(keepingCapacity: true)
                var deviance = 0.0
                var pearson = 0.0
                var maxAbs = workspace.maxAbsLinear
                for (k, i) in rows.enumerated() {
                    let linear = workspace.linear[k]
                    maxAbs = max(maxAbs, abs(linear))
                    let f = weight(i)
                    let y = target[i]
                    let row = bernoulliRow(eta: linear + (offset?[i] ?? 0), y: y)
                    let variance = row.mu * row.oneMinusMu
                    let residual = y == 1 ? row.oneMinusMu : -row.mu
                    deviance -= f * row.logProbability
                    pearson += f * residual * residual / variance
                    workspace.rowWeights.append(f * variance)
                    workspace.rowValues.append(f * residual)
                }
                workspace.deviance += 2 * deviance
                workspace.pearson += pearson
                workspace.maxAbsLinear = maxAbs
                design.accumulateWeightedGramRows(
                    rows, weights: workspace.rowWeights, into: &workspace.gram,
                    scratch: &workspace.gramScratch)
                design.accumulateTransposeMultiplyRows(
                    rows, by: workspace.rowValues, into: &workspace.gradient)
            }
        }
    }

    /// Firth's modified score at `beta` (Firth 1993, eq. for canonical links; Heinze & Schemper
    /// 2002, eq. 2):
    /// ```
    /// U*(beta) = X' ( f (y - mu) + h (1/2 - mu) ),   h_i = w_i x_i' (X'WX)^-1 x_i
    /// ```
    /// `h` is the diagonal of the hat matrix `W^1/2 X (X'WX)^-1 X' W^1/2`. With
    /// `augmentedGram`, `gram` is `X' diag((f + h) mu (1 - mu)) X`, else it is left at 0.
    func firthScorePass(beta: [Double], inverseInformation: Matrix, augmentedGram: Bool) -> PassTotals {
        let design = data.design
        let target = data.target
        let offset = data.offset
        return run { s, workspace in
            for start in segments.chunks(of: s) {
                let rows = segments.chunk(startingAt: start, in: s)
                design.multiplyRows(rows, by: beta, into: &workspace.linear)
                design.rowQuadraticForms(
                    rows, symmetric: inverseInformation, into: &workspace.forms,
                    scratch: &workspace.formScratch)
                workspace.rowWeights.removeAll(keepingCapacity: true)
                workspace.rowValues.removeAll(keepingCapacity: true)
                for (k, i) in rows.enumerated() {
                    let f = weight(i)
                    let y = target[i]
                    let row = bernoulliRow(eta: workspace.linear[k] + (offset?[i] ?? 0), y: y)
                    let variance = row.mu * row.oneMinusMu
                    let residual = y == 1 ? row.oneMinusMu : -row.mu
                    let h = f * variance * workspace.forms[k]
                    workspace.rowValues.append(f * residual + h * (0.5 - row.mu))
                    workspace.rowWeights.append((f + h) * variance)
                }
                design.accumulateTransposeMultiplyRows(
                    rows, by: workspace.rowValues, into: &workspace.gradient)
                if augmentedGram {
                    design.accumulateWeightedGramRows(
                        rows, weights: workspace.rowWeights, into: &workspace.gram,
                        scratch: &workspace.gramScratch)
                }
            }
        }
    }

    /// The "meat" of the sandwich at `beta`: `M = sum_i f_i (y_i - mu_i)^2 x_i x_i'`.
    func scoreOuterProductPass(beta: [Double]) -> PassTotals {
        let design = data.design
        let target = data.target
        let offset = data.offset
        return run { s, workspace in
            for start in segments.chunks(of: s) {
                let rows = segments.chunk(startingAt: start, in: s)
                design.multiplyRows(rows, by: beta, into: &workspace.linear)
                workspace.rowWeights.removeAll(keepingCapacity: true)
                for (k, i) in rows.enumerated() {
                    let y = target[i]
                    let row = bernoulliRow(eta: workspace.linear[k] + (offset?[i] ?? 0), y: y)
                    let residual = y == 1 ? row.oneMinusMu : -row.mu
                    workspace.rowWeights.append(weight(i) * residual * residual)
                }
                design.accumulateWeightedGramRows(
                    rows, weights: workspace.rowWeights, into: &workspace.gram,
                    scratch: &workspace.gramScratch)
            }
        }
    }

    /// `X beta` for every row, into `output` (`rows` entries), segments in parallel.
    func linearPredictor(beta: [Double], into output: inout [Double]) {
        precondition(output.count == data.rows)
        let design = data.design
        output.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let shared = SharedOutput(base: base)
            _ = run { s, workspace in
                for start in segments.chunks(of: s) {
                    let rows = segments.chunk(startingAt: start, in: s)
                    design.multiplyRows(rows, by: beta, into: &workspace.linear)
                    for (k, i) in rows.enumerated() { shared.base[i] = workspace.linear[k] }
                }
            }
        }
    }
}
