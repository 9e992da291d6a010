import Foundation
import LinearAlgebra
import Tabular

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
/// This is `Statistics.logistic` and `log1pExp` fused for the IRLS hot loop, sharing the
/// exponential between the fitted probability and the log-likelihood (the tests check the two
/// agree).
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

/// One row's frequency weight `f`, target `y` and Bernoulli quantities at its linear predictor.
struct RowObservation {
    let f: Double
    let y: Double
    let mu: Double
    let oneMinusMu: Double
    /// `log P(y)`.
    let logProbability: Double

    /// `mu (1 - mu)`.
    var variance: Double { mu * oneMinusMu }
    /// `y - mu`, exactly (`1 - mu` is computed as such, not by subtraction).
    var residual: Double { y == 1 ? oneMinusMu : -mu }
}

/// Scratch and accumulators of one row segment, reused from pass to pass.
struct SegmentWorkspace {
    /// Chunk-local row vectors (resized to the chunk's row count by the kernels or `prepare`).
    var linear: [Double] = []
    var rowWeights: [Double] = []
    var rowValues: [Double] = []
    var forms: [Double] = []
    var gramScratch: [Double] = []
    var formScratch: [Double] = []
    /// Accumulators.
    var gram: [Double]
    var gradient: [Double]
    var deviance = 0.0
    var pearson = 0.0
    var maxAbsLinear = 0.0

    init(columns: Int) {
        gram = [Double](repeating: 0, count: columns * columns)
        gradient = [Double](repeating: 0, count: columns)
    }

    mutating func reset() {
        for i in gram.indices { gram[i] = 0 }
        for i in gradient.indices { gradient[i] = 0 }
        deviance = 0
        pearson = 0
        maxAbsLinear = 0
    }

    /// Makes `rowWeights` and `rowValues` exactly `count` entries long (keeping their capacity).
    mutating func prepare(rows count: Int) {
        rowWeights.resize(to: count)
        rowValues.resize(to: count)
    }
}

/// Memory the estimator owns and hands to concurrent segment workers, each touching only its
/// own segment's workspace and its own rows.
final class PassStorage: @unchecked Sendable {
    let workspaces: UnsafeMutableBufferPointer<SegmentWorkspace>
    let target: UnsafeMutableBufferPointer<Double>
    let weights: UnsafeMutableBufferPointer<Double>?
    let offset: UnsafeMutableBufferPointer<Double>?

    init(data: LogisticData, segments: Int) {
        workspaces = .allocate(capacity: segments)
        _ = workspaces.initialize(from: (0..<segments).map { _ in SegmentWorkspace(columns: data.columns) })
        func copy(_ values: [Double]) -> UnsafeMutableBufferPointer<Double> {
            let buffer = UnsafeMutableBufferPointer<Double>.allocate(capacity: values.count)
            _ = buffer.initialize(from: values)
            return buffer
        }
        target = copy(data.target)
        weights = data.weights.map(copy)
        offset = data.offset.map(copy)
    }

    /// Row `i` at the linear predictor `linear` (offset not included): its frequency weight,
    /// target, and Bernoulli quantities (`bernoulliRow` at `linear + o_i`).
    @inline(__always)
    func observation(_ i: Int, linear: Double) -> RowObservation {
        let y = target[i]
        let row = bernoulliRow(eta: linear + (offset?[i] ?? 0), y: y)
        return RowObservation(
            f: weights?[i] ?? 1, y: y, mu: row.mu, oneMinusMu: row.oneMinusMu, logProbability: row.logProbability)
    }

    deinit {
        workspaces.deinitialize()
        workspaces.deallocate()
        target.deallocate()
        weights?.deallocate()
        offset?.deallocate()
    }
}

/// The fused, chunked, multi-threaded passes over the data that the logistic estimators need.
///
/// Each pass visits every row once, in chunks of `RowSegments.chunkRows` rows while they are in
/// cache: the linear predictor of the chunk by `dgemv`, the per-row Bernoulli quantities, the
/// weighted cross-products by `dsyrk` on a square-root-weighted copy, the gradient by a
/// transposed `dgemv` (the row kernels of `LinearAlgebra`). Segments are summed in order, so the
/// results do not depend on the number of threads.
final class LogisticPasses: Sendable {
    let data: LogisticData
    let segments: RowSegments
    let threads: Int
    private let storage: PassStorage

    init(data: LogisticData, threads: Int) {
        self.data = data
        self.segments = RowSegments(rows: data.rows)
        self.threads = threads
        self.storage = PassStorage(data: data, segments: segments.count)
    }

    /// Runs `body(segment, &workspace)` on every segment and sums the accumulators in order.
    private func run(_ body: @Sendable (Int, inout SegmentWorkspace) -> Void) -> PassTotals {
        let storage = self.storage
        segments.forEach(threads: threads) { s in
            storage.workspaces[s].reset()
            body(s, &storage.workspaces[s])
        }
        let k = data.columns
        var totals = PassTotals(
            gram: [Double](repeating: 0, count: k * k), gradient: [Double](repeating: 0, count: k),
            deviance: 0, pearson: 0, maxAbsLinearPredictor: 0)
        for workspace in storage.workspaces {
            for i in 0..<(k * k) { totals.gram[i] += workspace.gram[i] }
            for j in 0..<k { totals.gradient[j] += workspace.gradient[j] }
            totals.deviance += workspace.deviance
            totals.pearson += workspace.pearson
            totals.maxAbsLinearPredictor = max(totals.maxAbsLinearPredictor, workspace.maxAbsLinear)
        }
        symmetrizeFromUpper(&totals.gram, order: k)
        return totals
    }

    /// Runs `body(rows, &workspace)` on every chunk of every segment (a segment's chunks in row
    /// order), after putting the chunk's `X beta` in `workspace.linear` when `beta` is given, and
    /// sums the segments' accumulators in order.
    private func runChunks(
        beta: [Double]? = nil, _ body: @Sendable (Range<Int>, inout SegmentWorkspace) -> Void
    ) -> PassTotals {
        let design = data.design
        let segments = self.segments
        return run { s, workspace in
            for start in segments.chunks(of: s) {
                let rows = segments.chunk(startingAt: start, in: s)
                if let beta { design.multiplyRows(rows, by: beta, into: &workspace.linear) }
                body(rows, &workspace)
            }
        }
    }

    /// `N = sum_i f_i`.
    var totalWeight: Double {
        data.weights.map { $0.reduce(0, +) } ?? Double(data.rows)
    }

    /// The start of IRLS as in statsmodels' GLM: `mu_i = (y_i + 1/2) / 2`, `eta_i = logit(mu_i)`,
    /// working weights `w_i = f_i mu_i (1 - mu_i) = 3 f_i / 16` (the same for every row) and the
    /// weighted least-squares right-hand side `X' (w (eta - o) + f (y - mu))`.
    ///
    /// `gram` is `3/16 X'FX`, the frequency-weighted cross-products of the design, which also
    /// give the rank check and the variance inflation factors. `deviance` is that of `mu`.
    func startPass() -> PassTotals {
        let design = data.design
        let storage = self.storage
        let logThree = log(3.0)
        var totals = runChunks { rows, workspace in
            workspace.prepare(rows: rows.count)
            workspace.rowWeights.withUnsafeMutableBufferPointer { weights in
                workspace.rowValues.withUnsafeMutableBufferPointer { values in
                    for k in 0..<rows.count {
                        let i = rows.lowerBound + k
                        let f = storage.weights?[i] ?? 1
                        let y = storage.target[i]
                        let w = 0.1875 * f
                        let eta = y == 1 ? logThree : -logThree
                        let mu = y == 1 ? 0.75 : 0.25
                        weights[k] = w
                        values[k] = w * (eta - (storage.offset?[i] ?? 0)) + f * (y - mu)
                    }
                }
            }
            design.accumulateWeightedGramRows(
                rows, weights: workspace.rowWeights, into: &workspace.gram, scratch: &workspace.gramScratch)
            design.accumulateTransposeMultiplyRows(rows, by: workspace.rowValues, into: &workspace.gradient)
        }
        totals.deviance = -2 * log(0.75) * totalWeight
        return totals
    }

    /// A Newton-Raphson pass at `beta`: the deviance, Pearson's statistic, the information
    /// `X'WX` with `w_i = f_i mu_i (1 - mu_i)` and the score `X' f (y - mu)`.
    func newtonPass(beta: [Double]) -> PassTotals {
        let design = data.design
        let storage = self.storage
        return runChunks(beta: beta) { rows, workspace in
            workspace.prepare(rows: rows.count)
            var deviance = 0.0
            var pearson = 0.0
            var maxAbs = workspace.maxAbsLinear
            workspace.linear.withUnsafeBufferPointer { linear in
                workspace.rowWeights.withUnsafeMutableBufferPointer { weights in
                    workspace.rowValues.withUnsafeMutableBufferPointer { values in
                        for k in 0..<rows.count {
                            let x = linear[k]
                            maxAbs = max(maxAbs, abs(x))
                            let row = storage.observation(rows.lowerBound + k, linear: x)
                            let variance = row.variance
                            let residual = row.residual
                            deviance -= row.f * row.logProbability
                            pearson += row.f * residual * residual / variance
                            weights[k] = row.f * variance
                            values[k] = row.f * residual
                        }
                    }
                }
            }
            workspace.deviance += 2 * deviance
            workspace.pearson += pearson
            workspace.maxAbsLinear = maxAbs
            design.accumulateWeightedGramRows(
                rows, weights: workspace.rowWeights, into: &workspace.gram, scratch: &workspace.gramScratch)
            design.accumulateTransposeMultiplyRows(rows, by: workspace.rowValues, into: &workspace.gradient)
        }
    }

    /// Firth's modified score at `beta` (Firth 1993, section 3; Heinze & Schemper 2002, eq. 2):
    /// ```
    /// U*(beta) = X' ( f (y - mu) + h (1/2 - mu) ),   h_i = w_i x_i' (X'WX)^-1 x_i
    /// ```
    /// `h` is the diagonal of the hat matrix `W^1/2 X (X'WX)^-1 X' W^1/2`. With
    /// `augmentedGram`, `gram` is `X' diag((f + h) mu (1 - mu)) X`, else it is left at 0.
    func firthScorePass(beta: [Double], inverseInformation: Matrix, augmentedGram: Bool) -> PassTotals {
        let design = data.design
        let storage = self.storage
        return runChunks(beta: beta) { rows, workspace in
            design.rowQuadraticForms(
                rows, symmetric: inverseInformation, into: &workspace.forms, scratch: &workspace.formScratch)
            workspace.prepare(rows: rows.count)
            for k in 0..<rows.count {
                let row = storage.observation(rows.lowerBound + k, linear: workspace.linear[k])
                let variance = row.variance
                let h = row.f * variance * workspace.forms[k]
                workspace.rowValues[k] = row.f * row.residual + h * (0.5 - row.mu)
                workspace.rowWeights[k] = (row.f + h) * variance
            }
            design.accumulateTransposeMultiplyRows(rows, by: workspace.rowValues, into: &workspace.gradient)
            if augmentedGram {
                design.accumulateWeightedGramRows(
                    rows, weights: workspace.rowWeights, into: &workspace.gram, scratch: &workspace.gramScratch)
            }
        }
    }

    /// The "meat" of the sandwich at `beta`: `M = sum_i f_i (y_i - mu_i)^2 x_i x_i'`.
    func scoreOuterProductPass(beta: [Double]) -> PassTotals {
        let design = data.design
        let storage = self.storage
        return runChunks(beta: beta) { rows, workspace in
            workspace.prepare(rows: rows.count)
            for k in 0..<rows.count {
                let row = storage.observation(rows.lowerBound + k, linear: workspace.linear[k])
                workspace.rowWeights[k] = row.f * row.residual * row.residual
            }
            design.accumulateWeightedGramRows(
                rows, weights: workspace.rowWeights, into: &workspace.gram, scratch: &workspace.gramScratch)
        }
    }

    /// `X beta` for every row, into `output` (`rows` entries), segments in parallel.
    func linearPredictor(beta: [Double], into output: inout [Double]) {
        precondition(output.count == data.rows)
        output.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let shared = SharedPointer(base: base)
            _ = runChunks(beta: beta) { rows, workspace in
                for (k, i) in rows.enumerated() { shared.base[i] = workspace.linear[k] }
            }
        }
    }
}
