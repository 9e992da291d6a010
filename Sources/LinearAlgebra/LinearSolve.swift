import CLAPACKE

/// The solution `x` of the square system `A x = b` by LU factorization with partial pivoting
/// (LAPACK `dgesv`).
///
/// Only an exactly zero pivot is detected; a nearly singular matrix gives a solution with large
/// errors (check a condition number first where that matters). For symmetric positive definite
/// matrices `CholeskyFactorization` is twice as fast and more informative. NaN or infinity in `b`
/// propagates. The 0 x 0 system has the empty solution.
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

/// The solution `X` of `A X = B` for every column of `B` by LU factorization with partial pivoting
/// (LAPACK `dgesv`); see `solve(_:_:)` for a vector.
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
    let info = LAPACKE_dgesv(
        LAPACK_COL_MAJOR, blasInt(n), blasInt(B.columns), &factors, leadingDimension(n), &pivots,
        &X.storage, leadingDimension(n))
    try throwIfIllegal(info, routine: "dgesv")
    if info > 0 { throw .singular(index: Int(info)) }
    return X
}
