import CBLAS
import CLAPACKE

/// The least-squares solution `x = argmin ||A x - b||_2` of a tall system with full column rank, by
/// Householder QR (LAPACK `dgeqrf`; then `Q'b` by applying the reflectors, as LAPACK `dormqr`
/// does, and `R x = Q'b` by BLAS `dtrsv`).
///
/// ```
/// A = Q R,   x = R^-1 (Q' b)[0..<columns]
/// ```
/// Column rank is checked in column order: in the unpivoted factorization `|R[k, k]|` is the
/// distance of column `k` from the span of the columns before it, so column `k` counts as a linear
/// combination of the earlier ones when `|R[k, k]| <= relativeTolerance * ||a_k||` (a zero column
/// always does). The first such column is reported; a system with fewer rows than columns cannot
/// have full column rank and reports the first column past the point where the rows run out.
///
/// The backward error is of order machine epsilon, so the solution's relative error is of order
/// `epsilon * cond(A)` (plus `epsilon * cond(A)^2 * residual` for inconsistent systems; Golub & Van
/// Loan, *Matrix Computations*, 4th ed., 2013, section 5.3). NaN or infinity in `b` propagates.
/// A matrix with 0 columns gives the empty solution.
/// - Parameters:
///   - A: `rows` x `columns`, the design.
///   - b: `rows` observations.
///   - relativeTolerance: the rank threshold described above (default 1e-10).
/// - Throws: `.nonFiniteEntry` if `A` holds NaN or infinity; `.singular(index: k)` for the first
///   (1-based) column `k` that depends on earlier ones, or `k = rows + 1` when the rows run out.
/// - Precondition: `b.count == A.rows`, `relativeTolerance >= 0`.
/// - Complexity: O(2 rows columns^2); copies `A` once.
public func leastSquares(
    _ A: Matrix, _ b: [Double], relativeTolerance: Double = 1e-10
) throws(LinearAlgebraError) -> [Double] {
    precondition(
        b.count == A.rows,
        "leastSquares: \(b.count) observations for a \(A.rows) x \(A.columns) matrix")
    precondition(relativeTolerance >= 0, "leastSquares: negative tolerance \(relativeTolerance)")
    try A.checkFinite()
    let m = A.rows
    let n = A.columns
    if n == 0 { return [] }
    if m == 0 { throw .singular(index: 1) }

    let columnNorms = (0..<n).map { j in
        A.storage.withUnsafeBufferPointer { a in
            cblas_dnrm2(blasInt(m), a.baseAddress! + j * m, 1)
        }
    }
    var factors = A.storage
    let k = Swift.min(m, n)
    var tau = [Double](repeating: 0, count: k)
    let info = LAPACKE_dgeqrf(
        LAPACK_COL_MAJOR, blasInt(m), blasInt(n), &factors, leadingDimension(m), &tau)
    try throwIfIllegal(info, routine: "dgeqrf")
    for j in 0..<k where !(abs(factors[j + j * m]) > relativeTolerance * columnNorms[j]) {
        throw .singular(index: j + 1)
    }
    if m < n { throw .singular(index: m + 1) }

    // Q' b = H_{n-1} ... H_0 b with H_k = I - tau_k v_k v_k', v_k = (0, ..., 0, 1, A[k+1..<m, k]).
    // Done here rather than by LAPACKE_dormqr, whose NaN check would turn a NaN in b into an
    // "illegal argument" instead of letting it propagate.
    var qtb = b
    factors.withUnsafeBufferPointer { a in
        qtb.withUnsafeMutableBufferPointer { y in
            for j in 0..<n where tau[j] != 0 {
                let tail = m - j - 1
                let v = a.baseAddress! + (j + 1 + j * m)
                var projection = y[j]
                if tail > 0 {
                    projection += cblas_ddot(blasInt(tail), v, 1, y.baseAddress! + j + 1, 1)
                }
                let step = tau[j] * projection
                y[j] -= step
                if tail > 0 { cblas_daxpy(blasInt(tail), -step, v, 1, y.baseAddress! + j + 1, 1) }
            }
        }
    }
    let order = blasInt(n)
    cblas_dtrsv(
        CblasColMajor, CblasUpper, CblasNoTrans, CblasNonUnit, order, factors, leadingDimension(m),
        &qtb, 1)
    return Array(qtb[0..<n])
}
