import Foundation
import LinearAlgebra

/// The frequency-weighted cross-products `G = X'FX` of a design, equilibrated to unit diagonal,
/// and what they tell about the columns: which are aliased (collinear) and how much each one's
/// variance is inflated by the others.
///
/// ```
/// G^ = D G D,   D = diag(1 / sqrt(G_jj))
/// ```
/// Equilibration makes both diagnostics independent of the columns' units. The Cholesky factor
/// `U` of `G^` (in design order) has `U_jj^2 = 1 - R2_j`, the share of column `j`'s sum of squares
/// that the columns before it leave unexplained (uncentred R2): a column is aliased when this falls
/// below the collinearity tolerance, the convention of R's `lm` (the later of two collinear
/// columns is the aliased one).
struct DesignCrossProducts {
    /// `k`, the number of columns.
    let order: Int
    /// `G^`, column-major, both triangles; entries of an all-zero column are 0.
    let equilibrated: [Double]
    /// `1 / sqrt(G_jj)` (0 for an all-zero column).
    let scale: [Double]

    /// From any positive multiple of `X'FX` (the start pass gives `3/16 X'FX`).
    init(gram: [Double], order: Int) {
        precondition(gram.count == order * order)
        self.order = order
        let scale = (0..<order).map { j -> Double in
            let d = gram[j + j * order]
            return d > 0 ? 1 / d.squareRoot() : 0
        }
        var equilibrated = gram
        for j in 0..<order {
            for i in 0..<order {
                equilibrated[i + j * order] *= scale[i] * scale[j]
            }
        }
        // exact unit diagonal (rounding above can leave 1 - 1ulp)
        for j in 0..<order where scale[j] > 0 { equilibrated[j + j * order] = 1 }
        self.equilibrated = equilibrated
        self.scale = scale
    }

    private func entry(_ i: Int, _ j: Int) -> Double { equilibrated[i + j * order] }

    /// The sub-matrix of `G^` on `indices` x `indices`.
    private func submatrix(_ indices: [Int]) -> Matrix {
        var m = Matrix(rows: indices.count, columns: indices.count)
        for (b, j) in indices.enumerated() {
            for (a, i) in indices.enumerated() { m[a, b] = entry(i, j) }
        }
        return m
    }

    /// The aliased columns in design order, each with its combination of earlier kept columns;
    /// empty when the design has full column rank.
    ///
    /// - Complexity: one Cholesky factorization of `G^` when the design has full rank; up to `k`
    ///   factorizations of growing sub-matrices (O(k^4)) when it does not.
    func aliasedColumns(names: [String], tolerance: Double) -> [Aliasing] {
        precondition(names.count == order)
        if !scale.contains(0), let factor = try? CholeskyFactorization(submatrix(Array(0..<order))) {
            let pivots = factor.upper.diagonal
            if pivots.allSatisfy({ $0 * $0 >= tolerance }) { return [] }
        }
        var aliased: [Aliasing] = []
        var kept: [Int] = []
        var factor: CholeskyFactorization? = nil
        for j in 0..<order {
            if scale[j] == 0 {
                aliased.append(Aliasing(column: names[j], combination: []))
                continue
            }
            guard let current = factor else {
                kept = [j]
                factor = try? CholeskyFactorization(submatrix(kept))
                continue
            }
            let b = kept.map { entry($0, j) }
            let c = current.solve(b)
            let unexplained = 1 - zip(b, c).reduce(0) { $0 + $1.0 * $1.1 }
            if unexplained < tolerance {
                // x_j^ = sum_a c_a x_kept[a]^  with  x^ = x * scale, so x_j = sum_a c_a s_a / s_j x_a
                let largest = c.map(abs).max() ?? 0
                let terms = zip(kept, c).compactMap { column, coefficient -> Aliasing.Term? in
                    guard abs(coefficient) > 1e-7 * largest else { return nil }
                    return Aliasing.Term(
                        column: names[column], coefficient: coefficient * scale[column] / scale[j])
                }
                aliased.append(Aliasing(column: names[j], combination: terms))
            } else if let extended = try? CholeskyFactorization(submatrix(kept + [j])) {
                kept.append(j)
                factor = extended
            } else {
                aliased.append(Aliasing(column: names[j], combination: []))
            }
        }
        return aliased
    }

    /// Variance inflation factors of every column but `intercept`, in design order.
    ///
    /// With an intercept column `c`, `VIF_j = [G^-1]_jj * S_jj`, `S_jj` the centred sum of squares
    /// of column `j`; `(G^-1)` restricted to the features is the inverse of the centred
    /// cross-products (block inversion), so this is `1 / (1 - R2_j)` with the centred `R2_j` of
    /// column `j` on all other columns. In equilibrated terms
    /// ```
    /// VIF_j = [G^^-1]_jj * (1 - G^_cj^2)
    /// ```
    /// Without an intercept the uncentred `VIF_j = [G^^-1]_jj`.
    ///
    /// - Precondition: the design has full column rank (checked by `aliasedColumns` first).
    func varianceInflation(names: [String], intercept: Int?) throws(LinearAlgebraError) -> [VarianceInflation] {
        let inverse = try CholeskyFactorization(submatrix(Array(0..<order))).inverse()
        return (0..<order).compactMap { j in
            if j == intercept { return nil }
            let centring = intercept.map { 1 - entry($0, j) * entry($0, j) } ?? 1
            return VarianceInflation(column: names[j], factor: inverse[j, j] * centring)
        }
    }
}
