import CBLAS
import CLAPACKE

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The Cholesky factorization `A = U'U` of a symmetric positive definite matrix, `U` upper
/// triangular with a positive diagonal (LAPACK `dpotrf`, `uplo = "U"`).
///
/// The workhorse of IRLS: factor `X'WX` once per iteration, then solve for the step and, at the
/// end, invert for the covariance of the estimates. A matrix that is not positive definite (a
/// collinear or constant column in `X`, a weight vector of zeros) is reported with the order of
/// the first leading minor that fails, which names the offending column.
///
/// Only the upper triangle of `A` is read; the matrix is taken to be symmetric. The 0 x 0 matrix
/// factors to itself, solves to empty vectors and has log-determinant 0.
///
/// Reference: Golub & Van Loan, *Matrix Computations*, 4th ed., 2013, section 4.2.
public struct CholeskyFactorization: Sendable {
    /// The factor `U` (upper triangular; the entries below the diagonal are 0).
    public let upper: Matrix
    /// The 1-norm of `A`, kept for the condition estimate.
    let oneNormOfA: Double

    /// Factors `A = U'U`.
    ///
    /// - Throws: `.nonFiniteEntry` if the upper triangle holds NaN or infinity;
    ///   `.notPositiveDefinite(order: k)` if the leading minor of order `k` (1-based) is not
    ///   positive.
    /// - Precondition: `A` is square.
    /// - Complexity: O(n^3 / 3).
    public init(_ A: Matrix) throws(LinearAlgebraError) {
        precondition(A.isSquare, "CholeskyFactorization: \(A.rows) x \(A.columns) is not square")
        try A.checkFiniteUpperTriangle()
        let n = A.rows
        var factor = A
        var norm = 0.0
        if n > 0 {
            norm = LAPACKE_dlansy(
                LAPACK_COL_MAJOR, LAPACKOption.oneNorm, LAPACKOption.upper, blasInt(n), A.storage,
                leadingDimension(n))
            let info = LAPACKE_dpotrf(
                LAPACK_COL_MAJOR, LAPACKOption.upper, blasInt(n), &factor.storage,
                leadingDimension(n))
            try throwIfIllegal(info, routine: "dpotrf")
            if info > 0 { throw .notPositiveDefinite(order: Int(info)) }
            for j in 0..<n {
                for i in (j + 1)..<n {
                    factor.storage[i + j * n] = 0
                }
            }
        }
        self.upper = factor
        self.oneNormOfA = norm
    }

    /// The number of rows (= columns) of `A`.
    public var order: Int { upper.rows }

    /// The solution `x` of `A x = b`: `U' y = b`, then `U x = y` (two BLAS `dtrsv`, the steps of
    /// LAPACK `dpotrs`). NaN or infinity in `b` propagates by IEEE arithmetic (LAPACKE's `dpotrs`
    /// would reject a NaN as an illegal argument instead).
    ///
    /// - Precondition: `b.count == order`.
    /// - Complexity: O(2 n^2).
    public func solve(_ b: [Double]) -> [Double] {
        precondition(
            b.count == order, "CholeskyFactorization.solve: \(b.count)-vector for order \(order)")
        var x = b
        if order == 0 { return x }
        let n = blasInt(order)
        cblas_dtrsv(CblasColMajor, CblasUpper, CblasTrans, CblasNonUnit, n, upper.storage, n, &x, 1)
        cblas_dtrsv(
            CblasColMajor, CblasUpper, CblasNoTrans, CblasNonUnit, n, upper.storage, n, &x, 1)
        return x
    }

    /// The solution `X` of `A X = B` for every column of `B` (two BLAS `dtrsm`, as LAPACK
    /// `dpotrs`). NaN or infinity in `B` propagates.
    ///
    /// - Precondition: `B.rows == order`.
    /// - Complexity: O(2 n^2 * B.columns).
    public func solve(_ B: Matrix) -> Matrix {
        precondition(
            B.rows == order,
            "CholeskyFactorization.solve: \(B.rows) x \(B.columns) right-hand side for order \(order)"
        )
        var X = B
        if order == 0 || B.columns == 0 { return X }
        let n = blasInt(order)
        let columns = blasInt(B.columns)
        cblas_dtrsm(
            CblasColMajor, CblasLeft, CblasUpper, CblasTrans, CblasNonUnit, n, columns, 1,
            upper.storage, n, &X.storage, n)
        cblas_dtrsm(
            CblasColMajor, CblasLeft, CblasUpper, CblasNoTrans, CblasNonUnit, n, columns, 1,
            upper.storage, n, &X.storage, n)
        return X
    }

    /// The inverse `A^-1 = U^-1 U^-T` (LAPACK `dpotri`), a full symmetric matrix; e.g. the
    /// covariance of GLM estimates from the Fisher information.
    ///
    /// - Complexity: O(2 n^3 / 3).
    public func inverse() -> Matrix {
        var result = upper
        if order == 0 { return result }
        let info = LAPACKE_dpotri(
            LAPACK_COL_MAJOR, LAPACKOption.upper, blasInt(order), &result.storage,
            leadingDimension(order))
        // dpotri's info > 0 means a zero diagonal entry of U, which dpotrf never leaves.
        precondition(info == 0, "LAPACK dpotri: info \(info)")
        result.symmetrizeFromUpper()
        return result
    }

    /// `log det A = 2 sum_i log U[i, i]`, computed without forming the determinant (which
    /// overflows or underflows easily).
    public var logDeterminant: Double {
        var sum = 0.0
        for i in 0..<order {
            sum += log(upper.storage[i + i * order])
        }
        return 2 * sum
    }

    /// An estimate of the reciprocal condition number `1 / (||A||_1 ||A^-1||_1)` (LAPACK `dpocon`):
    /// near 1 for a well-conditioned matrix, near machine epsilon (2.2e-16) when `A` is singular to
    /// working precision. The 0 x 0 matrix gives 1.
    public var reciprocalConditionNumber: Double {
        if order == 0 { return 1 }
        var rcond = 0.0
        let info = LAPACKE_dpocon(
            LAPACK_COL_MAJOR, LAPACKOption.upper, blasInt(order), upper.storage,
            leadingDimension(order), oneNormOfA, &rcond)
        precondition(info == 0, "LAPACK dpocon: info \(info)")
        return rcond
    }
}
