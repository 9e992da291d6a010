import CBLAS
import CLAPACKE

/// The solution `x` of the square system `A x = b` by LU factorization with partial pivoting,
/// `P A = L U` (LAPACK `dgetrf`, then the row interchanges and two BLAS triangular solves, the
/// steps of `dgetrs`).
///
/// Only an exactly zero pivot is detected; a nearly singular matrix gives a solution with large
/// errors (check a condition number first where that matters). For symmetric positive definite
/// matrices `CholeskyFactorization` is twice as fast and more informative. NaN or infinity in `b`
/// is not checked and propagates by IEEE arithmetic (a NaN generally reaches every component, as
/// `0 * NaN` is NaN). The 0 x 0 system has the empty solution.
///
/// Reference: Golub & Van Loan, *Matrix Computations*, 4th ed., 2013, section 3.4.
/// - Throws: `.nonFiniteEntry` if `A` holds NaN or infinity; `.singular(index: i)` if the pivot
///   `U[i, i]` (1-based) of the factorization is exactly zero.
/// - Precondition: `A` is square and `b.count == A.rows`.
/// - Complexity: O(2 n^3 / 3).
public func solve(_ A: Matrix, _ b: [Double]) throws(LinearAlgebraError) -> [Double] {
    precondition(
        b.count == A.rows,
        "solve: \(b.count)-vector for a \(A.rows) x \(A.columns) matrix")
    return try solve(A, Matrix(rows: b.count, columns: 1, columnMajor: b)).storage
}

/// The solution `X` of `A X = B` for every column of `B`; see `solve(_:_:)` for a vector.
///
/// - Throws: `.nonFiniteEntry` if `A` holds NaN or infinity; `.singular(index: i)` if the pivot
///   `U[i, i]` (1-based) is exactly zero.
/// - Precondition: `A` is square and `B.rows == A.rows`.
public func solve(_ A: Matrix, _ B: Matrix) throws(LinearAlgebraError) -> Matrix {
    precondition(A.isSquare, "solve: \(A.rows) x \(A.columns) is not square")
    precondition(
        B.rows == A.rows,
        "solve: \(B.rows) x \(B.columns) right-hand side for a \(A.rows) x \(A.columns) matrix")
    try A.checkFinite()
    let n = A.rows
    var X = B
    if n == 0 || B.columns == 0 { return X }
    var factors = A.storage
    var pivots = [Int32](repeating: 0, count: n)
    let info = LAPACKE_dgetrf(
        LAPACK_COL_MAJOR, blasInt(n), blasInt(n), &factors, leadingDimension(n), &pivots)
    try throwIfIllegal(info, routine: "dgetrf")
    if info > 0 { throw .singular(index: Int(info)) }
    // P B: row i was interchanged with row pivots[i] (1-based), in order.
    X.storage.withUnsafeMutableBufferPointer { x in
        for j in 0..<B.columns {
            for i in 0..<n {
                let other = Int(pivots[i]) - 1
                if other != i { x.swapAt(i + j * n, other + j * n) }
            }
        }
    }
    let order = blasInt(n)
    let columns = blasInt(B.columns)
    cblas_dtrsm(
        CblasColMajor, CblasLeft, CblasLower, CblasNoTrans, CblasUnit, order, columns, 1, factors,
        order, &X.storage, order)
    cblas_dtrsm(
        CblasColMajor, CblasLeft, CblasUpper, CblasNoTrans, CblasNonUnit, order, columns, 1,
        factors, order, &X.storage, order)
    return X
}
