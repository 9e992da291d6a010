import Foundation
import LinearAlgebra
import Statistics
import TestSupport
import Testing

@testable import Modeling

/// The fused passes equal a plain row-by-row computation, and give the same bits for every thread
/// count.
@Suite struct LogisticPassesTests {
    /// `n` rows: intercept and `k - 1` normal features, weights 1-3, small offsets.
    static func data(rows n: Int, columns k: Int, seed: UInt64 = 3) -> LogisticData {
        var generator = SplitMix64(seed: seed)
        var columns: [[Double]] = [[Double](repeating: 1, count: n)]
        for _ in 1..<k { columns.append((0..<n).map { _ in generator.normal() }) }
        let target = (0..<n).map { i in generator.uniform() < 1 / (1 + exp(-(0.5 * columns[1][i] - 0.3))) ? 1.0 : 0.0 }
        let weights = (0..<n).map { _ in Double(1 + Int(generator.uniform() * 3)) }
        let offset = (0..<n).map { _ in 0.1 * generator.normal() }
        return LogisticData(design: Matrix(columns: columns), target: target, weights: weights, offset: offset)
    }

    @Test func newtonPassEqualsRowByRowSums() {
        let data = Self.data(rows: 300, columns: 4)
        let beta = [0.2, -0.4, 0.1, 0.05]
        let totals = LogisticPasses(data: data, threads: 2).newtonPass(beta: beta)
        var gram = [Double](repeating: 0, count: 16)
        var gradient = [Double](repeating: 0, count: 4)
        var deviance = 0.0
        var pearson = 0.0
        var maxLinear = 0.0
        for i in 0..<data.rows {
            let x = (0..<4).map { data.design[i, $0] }
            let linear = zip(x, beta).reduce(0) { $0 + $1.0 * $1.1 }
            let mu = 1 / (1 + exp(-(linear + data.offset![i])))
            let f = data.weights![i]
            let y = data.target[i]
            deviance -= 2 * f * (y * log(mu) + (1 - y) * log(1 - mu))
            pearson += f * (y - mu) * (y - mu) / (mu * (1 - mu))
            maxLinear = max(maxLinear, abs(linear))
            for a in 0..<4 {
                gradient[a] += f * (y - mu) * x[a]
                for b in 0..<4 { gram[a + 4 * b] += f * mu * (1 - mu) * x[a] * x[b] }
            }
        }
        #expect(totals.gram.isApproximatelyEqual(to: gram, relativeTolerance: 1e-12))
        #expect(totals.gradient.isApproximatelyEqual(to: gradient, relativeTolerance: 1e-10, absoluteTolerance: 1e-12))
        #expect(totals.deviance.isApproximatelyEqual(to: deviance, relativeTolerance: 1e-13))
        #expect(totals.pearson.isApproximatelyEqual(to: pearson, relativeTolerance: 1e-12))
        #expect(totals.maxAbsLinearPredictor == maxLinear)
    }

    /// statsmodels' start: mu = (y + 1/2) / 2, constant weights 3/16 f.
    @Test func startPass() {
        let data = Self.data(rows: 50, columns: 3)
        let totals = LogisticPasses(data: data, threads: 1).startPass()
        let gram = data.design.weightedGram(weights: data.weights!.map { 0.1875 * $0 })
        #expect(totals.gram.isApproximatelyEqual(to: gram.storage, relativeTolerance: 1e-13))
        var rhs = [Double](repeating: 0, count: 3)
        for i in 0..<data.rows {
            let y = data.target[i]
            let mu = (y + 0.5) / 2
            let f = data.weights![i]
            let v = 0.1875 * f * (log(mu / (1 - mu)) - data.offset![i]) + f * (y - mu)
            for j in 0..<3 { rhs[j] += v * data.design[i, j] }
        }
        #expect(totals.gradient.isApproximatelyEqual(to: rhs, relativeTolerance: 1e-12, absoluteTolerance: 1e-12))
        #expect(
            totals.deviance.isApproximatelyEqual(
                to: -2 * log(0.75) * data.weights!.reduce(0, +), relativeTolerance: 1e-14))
    }

    /// 100,000 rows in 6 segments: the fit is bit-for-bit the same on 1, 2, 3 and 8 threads.
    @Test func resultsDoNotDependOnThreads() throws {
        let data = Self.data(rows: 100_000, columns: 6, seed: 9)
        #expect(RowSegments(rows: data.rows).count == 6)
        let names = (0..<6).map { "c\($0)" }
        var fits: [LogisticFit] = []
        for threads in [1, 2, 3, 8] {
            fits.append(
                try LogisticRegression.fit(
                    design: data.design, target: data.target, weights: data.weights, offset: data.offset,
                    options: LogisticOptions(robust: .hc1, threads: threads), columnNames: names))
        }
        for fit in fits.dropFirst() {
            #expect(fit == fits[0])
        }
        let passes = (1...4).map {
            LogisticPasses(data: data, threads: $0).newtonPass(beta: [0.1, 0.2, 0, 0, -0.1, 0.3])
        }
        for totals in passes.dropFirst() {
            #expect(totals.gram == passes[0].gram && totals.gradient == passes[0].gradient)
            #expect(totals.deviance == passes[0].deviance)
        }
    }

    @Test func firthScorePassHatValuesSumToRank() {
        // sum_i h_i = trace of the hat matrix = k
        let data = Self.data(rows: 200, columns: 3)
        let unweighted = LogisticData(design: data.design, target: data.target, weights: nil, offset: nil)
        let passes = LogisticPasses(data: unweighted, threads: 2)
        let beta = [0.1, 0.3, -0.2]
        let information = Matrix(rows: 3, columns: 3, columnMajor: passes.newtonPass(beta: beta).gram)
        let inverse = try! CholeskyFactorization(information).inverse()
        // with augmentedGram, gram = X' diag((1 + h) w) X, so gram - information = X' diag(h w) X
        let score = passes.firthScorePass(beta: beta, inverseInformation: inverse, augmentedGram: true)
        var traceTerm = 0.0
        for i in 0..<data.rows {
            let x = (0..<3).map { data.design[i, $0] }
            let mu = 1 / (1 + exp(-zip(x, beta).reduce(0) { $0 + $1.0 * $1.1 }))
            let w = mu * (1 - mu)
            var form = 0.0
            for a in 0..<3 { for b in 0..<3 { form += x[a] * inverse[a, b] * x[b] } }
            traceTerm += w * form
        }
        #expect(traceTerm.isApproximatelyEqual(to: 3, relativeTolerance: 1e-12))
        #expect(score.gram.allSatisfy { $0.isFinite })
        #expect(score.gram[0] > information[0, 0])
    }

    @Test func bernoulliRowSpecialValues() {
        let zero = bernoulliRow(eta: 0, y: 1)
        #expect(zero.mu == 0.5 && zero.oneMinusMu == 0.5 && zero.logProbability == -log(2.0))
        for eta in [40.0, 800, .infinity] {
            let likely = bernoulliRow(eta: eta, y: 1)
            let unlikely = bernoulliRow(eta: eta, y: 0)
            #expect(likely.mu == 1)
            #expect(likely.logProbability <= 0 && likely.logProbability > -1e-17)
            #expect(unlikely.logProbability.isApproximatelyEqual(to: -eta, relativeTolerance: 1e-15))
            #expect(unlikely.oneMinusMu >= 0)
            let mirrored = bernoulliRow(eta: -eta, y: 0)
            #expect(mirrored.oneMinusMu == 1 && mirrored.logProbability == likely.logProbability)
        }
        // tiny probabilities keep their relative accuracy (no 1 - mu cancellation)
        let tail = bernoulliRow(eta: 30, y: 1)
        #expect(tail.oneMinusMu.isApproximatelyEqual(to: exp(-30) / (1 + exp(-30)), relativeTolerance: 1e-15))
        #expect(bernoulliRow(eta: .nan, y: 1).mu.isNaN)
    }

    /// The fused kernel equals Statistics' logistic and log1pExp.
    @Test func bernoulliRowMatchesStatistics() {
        for eta in [-800.0, -40, -30, -18.5, -5, -0.3, -1e-300, 0, 1e-12, 0.7, 3, 18.5, 33.4, 40, 745, 800] {
            for y in [0.0, 1] {
                let row = bernoulliRow(eta: eta, y: y)
                #expect(row.mu.isApproximatelyEqual(to: logistic(eta), relativeTolerance: 4e-16))
                #expect(row.oneMinusMu.isApproximatelyEqual(to: logistic(-eta), relativeTolerance: 4e-16))
                let expected = y == 1 ? -log1pExp(-eta) : -log1pExp(eta)
                #expect(
                    row.logProbability.isApproximatelyEqual(to: expected, relativeTolerance: 4e-16),
                    "eta \(eta), y \(y): \(row.logProbability) vs \(expected)")
            }
        }
    }

    @Test func linearPredictorPass() {
        let data = Self.data(rows: 70_000, columns: 3)
        var output = [Double](repeating: 0, count: data.rows)
        LogisticPasses(data: data, threads: 2).linearPredictor(beta: [1, 2, 3], into: &output)
        #expect(output == data.design.multiplied(by: [1, 2, 3]))
    }
}
