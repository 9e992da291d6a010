import Foundation
import LinearAlgebra

/// Detects complete and quasi-complete separation by the linear program of Konis (2007),
/// eq. (4.23), as R's `detectseparation` and Python's firthmodels solve it:
/// ```
/// maximize    sum_i f_i a_i' beta
/// subject to  a_i' beta >= 0  for every row with f_i > 0,      -1 <= beta_j <= 1
/// ```
/// with `a_i = (2 y_i - 1) x_i`. `beta = 0` is always feasible; the data are separated exactly
/// when the optimum is positive, and then the coefficients with `beta_j != 0` in the solution
/// are those whose maximum-likelihood estimates are infinite, in the direction of `sign(beta_j)`
/// (Albert & Anderson 1984 for the definitions; Konis 2007, chapter 4; Kosmidis, Schumacher &
/// Schwendinger 2022, R package detectseparation).
///
/// ## Method
/// The LP has `k` variables and `n` row constraints, so it is solved through its dual
/// ```
/// minimize  sum_j (u_j + v_j)   subject to  -sum_i lambda_i a_i + u - v = c,   lambda, u, v >= 0
/// ```
/// (`c = sum_i f_i a_i`) by the revised simplex method: the basis is only `k` x `k`, the start
/// basis `{u_j or v_j}` is feasible without a phase 1, and the simplex multipliers of the dual are
/// the primal `beta`. Pricing a row is checking its constraint `a_i' beta >= 0`, i.e. one
/// matrix-vector product with the design (a parallel pass); rows are priced in batches of the
/// most violated ones (partial pricing) and the whole design is re-priced to confirm optimality.
/// Dantzig's rule (on row-normalized reduced costs) is used, switching to Bland's rule, which
/// cannot cycle, after a run of degenerate pivots.
///
/// ## Complete or quasi-complete
/// One LP vertex need not show every row that some separating direction predicts perfectly. The
/// rows left on the boundary (`a_i' beta = 0`) are tested by solving the LP again with only them
/// in the objective; any that can be made positive join the perfectly predicted set (a sum of
/// separating directions separates), until none can. The data are completely separated when no
/// row is left on the boundary.
///
/// Only called when the Newton iterations show the symptoms (fitted probabilities numerically
/// 0 or 1, a singular information matrix, or no convergence): the LP then decides between
/// separation and other trouble.
struct SeparationCheck {
    /// The LP's solution `beta` (primal), one entry per design column.
    let direction: [Double]
    /// Rows (with positive weight) that some separating direction predicts perfectly.
    let perfectlyPredictedRows: Int
    /// Rows (with positive weight) on the boundary of every separating direction.
    let boundaryRows: Int

    /// Relative tolerance of `a_i' beta >= 0` (per unit of `||x_i||`).
    static let feasibilityTolerance = 1e-9
    /// A row is perfectly predicted when `a_i' beta > 1e-7 ||x_i||`.
    static let marginTolerance = 1e-7
    /// `|beta_j| > 1e-6` marks a diverging coefficient (the box is [-1, 1]).
    static let directionTolerance = 1e-6

    /// Solves the LP for the data of `passes`.
    init(passes: LogisticPasses) {
        let data = passes.data
        let n = data.rows
        let weights = (0..<n).map { data.weights?[$0] ?? 1 }
        var solver = DualSimplex(passes: passes, objectiveWeights: weights)
        let beta = solver.solve()
        let norms = solver.rowNorms
        let signs = solver.signs
        var linear = [Double](repeating: 0, count: n)

        /// Rows with a positive weight whose margin `a_i' beta` is not strictly positive.
        func boundary(of direction: [Double], among rows: [Int]) -> [Int] {
            passes.linearPredictor(beta: direction, into: &linear)
            return rows.filter { signs[$0] * linear[$0] <= Self.marginTolerance * norms[$0] }
        }

        let positive = (0..<n).filter { weights[$0] > 0 }
        var remaining = boundary(of: beta, among: positive)
        if remaining.count < positive.count {
            // separated: find every row some separating direction predicts perfectly
            while !remaining.isEmpty {
                var indicator = [Double](repeating: 0, count: n)
                for i in remaining { indicator[i] = 1 }
                var again = DualSimplex(passes: passes, objectiveWeights: indicator)
                let next = boundary(of: again.solve(), among: remaining)
                if next.count == remaining.count { break }
                remaining = next
            }
        }
        direction = beta
        boundaryRows = remaining.count
        perfectlyPredictedRows = positive.count - remaining.count
    }

    /// The report, or `nil` when the data are not separated.
    func report(names: [String], intercept: Int?) -> SeparationReport? {
        guard perfectlyPredictedRows > 0 else { return nil }
        var features: [SeparationReport.DivergingCoefficient] = []
        var interceptDiverges = false
        for (j, value) in direction.enumerated() where abs(value) > Self.directionTolerance {
            if j == intercept {
                interceptDiverges = true
            } else {
                features.append(.init(column: names[j], direction: value > 0 ? 1 : -1))
            }
        }
        return SeparationReport(
            kind: boundaryRows == 0 ? .complete : .quasiComplete, features: features,
            interceptDiverges: interceptDiverges, perfectlyPredictedRows: perfectlyPredictedRows)
    }
}

/// The revised simplex method on the dual of Konis' LP; see `SeparationCheck`. The objective is
/// `c = sum_i omega_i a_i` for given row weights `omega` (the frequency weights for Konis' LP).
///
/// Dual columns are coded `0..<n` for `lambda_i` (column `-a_i`, cost 0), `n + j` for `u_j`
/// (column `e_j`, cost 1) and `n + k + j` for `v_j` (column `-e_j`, cost 1).
struct DualSimplex {
    let passes: LogisticPasses
    let n: Int
    let k: Int
    /// `||x_i||_2` per row.
    let rowNorms: [Double]
    /// `sign_i = 2 y_i - 1` for rows with a positive weight, 0 for rows with weight 0.
    let signs: [Double]
    /// `c = sum_i omega_i a_i`.
    let objective: [Double]

    /// Basic variables' codes, one per constraint.
    var basis: [Int]
    /// `B^-1`, `k` x `k`, column-major.
    var inverse: [Double]
    /// Values of the basic variables.
    var values: [Double]

    /// Rows priced between two full pricings.
    let batchSize: Int
    /// Consecutive degenerate pivots before switching to Bland's rule.
    static let degenerateRunLimit = 50
    /// Pivots between refactorizations of the basis.
    static let refactorInterval = 50

    init(passes: LogisticPasses, objectiveWeights: [Double]) {
        self.passes = passes
        let data = passes.data
        let n = data.rows
        let k = data.columns
        var norms = [Double](repeating: 0, count: n)
        data.design.storage.withUnsafeBufferPointer { x in
            for j in 0..<k {
                let column = x.baseAddress! + j * n
                for i in 0..<n { norms[i] += column[i] * column[i] }
            }
        }
        let signs = (0..<n).map { i in (data.weights?[i] ?? 1) > 0 ? 2 * data.target[i] - 1 : 0 }
        var c = [Double](repeating: 0, count: k)
        let weightedSigns = (0..<n).map { i in objectiveWeights[i] * signs[i] }
        data.design.accumulateTransposeMultiplyRows(0..<n, by: weightedSigns, into: &c)
        var inverse = [Double](repeating: 0, count: k * k)
        for j in 0..<k { inverse[j + j * k] = c[j] >= 0 ? 1 : -1 }
        self.n = n
        self.k = k
        self.rowNorms = norms.map { $0.squareRoot() }
        self.signs = signs
        self.objective = c
        self.basis = (0..<k).map { j in c[j] >= 0 ? n + j : n + k + j }
        self.inverse = inverse
        self.values = c.map(abs)
        self.batchSize = max(1024, 50 * k)
    }

    /// Column `code` of the constraint matrix.
    private func column(_ code: Int) -> [Double] {
        if code < n {
            let s = signs[code]
            return (0..<k).map { j in -s * passes.data.design[code, j] }
        }
        var e = [Double](repeating: 0, count: k)
        if code < n + k { e[code - n] = 1 } else { e[code - n - k] = -1 }
        return e
    }

    private func cost(_ code: Int) -> Double { code < n ? 0 : 1 }

    /// `y = B^-T c_B`: the primal `beta`.
    private func multipliers() -> [Double] {
        var y = [Double](repeating: 0, count: k)
        for (r, code) in basis.enumerated() where cost(code) != 0 {
            // y_j += c_B[r] * (B^-1)[r, j]
            for j in 0..<k { y[j] += inverse[r + j * k] }
        }
        return y
    }

    /// Reduced cost of a row variable, normalized by the row's norm: `a_i' y / ||x_i||`.
    private func rowReducedCost(_ i: Int, linear: Double) -> Double {
        rowNorms[i] > 0 ? signs[i] * linear / rowNorms[i] : 0
    }

    /// Solves the LP; returns the primal solution `beta`.
    mutating func solve() -> [Double] {
        var isBasic = [Bool](repeating: false, count: n + 2 * k)
        for code in basis { isBasic[code] = true }
        var linear = [Double](repeating: 0, count: n)
        var batch: [Int] = []
        var batchRows: [Double] = []  // the batch rows' a_i, row-major
        var degenerateRun = 0
        var pivots = 0
        let tolerance = SeparationCheck.feasibilityTolerance
        let pivotLimit = 50 * (n + 2 * k) + 1000
        while pivots < pivotLimit {
            let y = multipliers()
            let bland = degenerateRun >= Self.degenerateRunLimit
            // Bound variables u_j, v_j: reduced costs 1 - y_j and 1 + y_j.
            var entering = -1
            var best = -tolerance
            for j in 0..<k {
                for (code, d) in [(n + j, 1 - y[j]), (n + k + j, 1 + y[j])] where !isBasic[code] && d < best {
                    if bland {
                        if entering < 0 || code < entering { entering = code }
                    } else {
                        best = d
                        entering = code
                    }
                }
            }
            // Rows: from the batch, or from a full pricing when the batch has nothing (always in
            // Bland mode, which needs the smallest violating index over all rows).
            var rowChoice = -1
            var rowBest = -tolerance
            if !bland {
                for (b, i) in batch.enumerated() where !isBasic[i] {
                    var value = 0.0
                    for j in 0..<k { value += batchRows[b * k + j] * y[j] }
                    let d = rowNorms[i] > 0 ? value / rowNorms[i] : 0
                    if d < rowBest {
                        rowBest = d
                        rowChoice = i
                    }
                }
            }
            if rowChoice < 0 {
                passes.linearPredictor(beta: y, into: &linear)
                var mostViolated = BoundedMaxHeap(capacity: batchSize)
                for i in 0..<n where signs[i] != 0 && !isBasic[i] {
                    let d = rowReducedCost(i, linear: linear[i])
                    guard d < -tolerance else { continue }
                    if bland {
                        rowChoice = i
                        rowBest = d
                        break
                    }
                    mostViolated.insert(d, i)
                }
                if !bland {
                    let chosen = mostViolated.sorted()
                    batch = chosen.map(\.index)
                    batchRows = []
                    batchRows.reserveCapacity(batch.count * k)
                    for i in batch {
                        for j in 0..<k { batchRows.append(signs[i] * passes.data.design[i, j]) }
                    }
                    if let first = chosen.first {
                        rowChoice = first.index
                        rowBest = first.value
                    }
                }
            }
            if bland {
                if rowChoice >= 0 && (entering < 0 || rowChoice < entering) { entering = rowChoice }
            } else if rowChoice >= 0 && rowBest < best {
                entering = rowChoice
            }
            if entering < 0 { return y }  // optimal: y is the primal solution

            // Direction u = B^-1 a_q and the ratio test.
            let a = column(entering)
            var u = [Double](repeating: 0, count: k)
            for j in 0..<k where a[j] != 0 {
                for r in 0..<k { u[r] += inverse[r + j * k] * a[j] }
            }
            let largest = u.map(abs).max() ?? 0
            var leaving = -1
            var ratio = Double.infinity
            for r in 0..<k where u[r] > 1e-11 * max(1, largest) {
                let theta = max(0, values[r]) / u[r]
                let better: Bool
                if theta < ratio * (1 - 1e-12) {
                    better = true
                } else if theta <= ratio * (1 + 1e-12) && leaving >= 0 {
                    better = bland ? basis[r] < basis[leaving] : u[r] > u[leaving]
                } else {
                    better = false
                }
                if better {
                    ratio = theta
                    leaving = r
                }
            }
            if leaving < 0 { return y }  // unbounded dual: cannot happen (beta = 0 is feasible)

            degenerateRun = ratio <= 1e-14 ? degenerateRun + 1 : 0
            // Pivot.
            for r in 0..<k { values[r] -= ratio * u[r] }
            values[leaving] = ratio
            isBasic[basis[leaving]] = false
            basis[leaving] = entering
            isBasic[entering] = true
            let pivot = u[leaving]
            for j in 0..<k { inverse[leaving + j * k] /= pivot }
            for r in 0..<k where r != leaving && u[r] != 0 {
                let factor = u[r]
                for j in 0..<k { inverse[r + j * k] -= factor * inverse[leaving + j * k] }
            }
            pivots += 1
            if pivots % Self.refactorInterval == 0 { refactor() }
        }
        return multipliers()
    }

    /// Recomputes `B^-1` and the basic values from the basis, removing accumulated rounding.
    private mutating func refactor() {
        var b = Matrix(rows: k, columns: k)
        for (r, code) in basis.enumerated() {
            let a = column(code)
            for j in 0..<k { b[j, r] = a[j] }
        }
        guard let fresh = try? LinearAlgebra.solve(b, Matrix.identity(k)) else { return }
        inverse = fresh.storage
        var x = [Double](repeating: 0, count: k)
        for j in 0..<k where objective[j] != 0 {
            for r in 0..<k { x[r] += inverse[r + j * k] * objective[j] }
        }
        values = x
    }
}

/// The `capacity` entries of smallest value seen (a max-heap on value, ties broken by index so
/// the choice does not depend on the order of insertion).
struct BoundedMaxHeap {
    let capacity: Int
    private(set) var entries: [(value: Double, index: Int)] = []

    init(capacity: Int) {
        precondition(capacity >= 1)
        self.capacity = capacity
    }

    private static func above(_ a: (value: Double, index: Int), _ b: (value: Double, index: Int)) -> Bool {
        a.value > b.value || (a.value == b.value && a.index > b.index)
    }

    mutating func insert(_ value: Double, _ index: Int) {
        let entry = (value: value, index: index)
        if entries.count < capacity {
            entries.append(entry)
            var child = entries.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard Self.above(entries[child], entries[parent]) else { break }
                entries.swapAt(child, parent)
                child = parent
            }
        } else if Self.above(entries[0], entry) {
            entries[0] = entry
            var parent = 0
            while true {
                let left = 2 * parent + 1
                let right = left + 1
                var largest = parent
                if left < entries.count && Self.above(entries[left], entries[largest]) { largest = left }
                if right < entries.count && Self.above(entries[right], entries[largest]) { largest = right }
                if largest == parent { break }
                entries.swapAt(parent, largest)
                parent = largest
            }
        }
    }

    /// The entries, smallest value first.
    func sorted() -> [(value: Double, index: Int)] {
        entries.sorted { Self.above($1, $0) }
    }
}
