import CLAPACKE

/// Eigenvalues (and optionally eigenvectors) of a real symmetric matrix, `A = V diag(values) V'`,
/// by divide and conquer (LAPACK `dsyevd`).
///
/// Used for condition numbers and collinearity diagnostics of `X'X`. Each eigenvalue is accurate
/// to about `epsilon * max|lambda|` in absolute terms (Golub & Van Loan, *Matrix Computations*,
/// 4th ed., 2013, section 8.1), so small eigenvalues of an ill-conditioned matrix carry a large
/// relative error.
///
/// Only the upper triangle of `A` is read; the matrix is taken to be symmetric. The 0 x 0 matrix
/// has no eigenvalues (and condition number 1).
public struct SymmetricEigen: Sendable {
    /// The eigenvalues in ascending order.
    public let values: [Double]
    /// The orthonormal eigenvectors as columns (column `k` belongs to `values[k]`), when asked for.
    /// Each is determined up to its sign.
    public let vectors: Matrix?

    /// Computes the eigen-decomposition of the symmetric matrix `A`.
    ///
    /// - Throws: `.nonFiniteEntry` if the upper triangle holds NaN or infinity;
    ///   `.didNotConverge(routine: "dsyevd", info:)` if the iteration fails.
    /// - Precondition: `A` is square.
    /// - Complexity: O(n^3).
    public init(_ A: Matrix, computeVectors: Bool = false) throws(LinearAlgebraError) {
        precondition(A.isSquare, "SymmetricEigen: \(A.rows) x \(A.columns) is not square")
        try A.checkFiniteUpperTriangle()
        let n = A.rows
        var work = A
        var eigenvalues = [Double](repeating: 0, count: n)
        if n > 0 {
            let info = LAPACKE_dsyevd(
                LAPACK_COL_MAJOR,
                computeVectors ? LAPACKOption.eigenvaluesAndVectors : LAPACKOption.eigenvaluesOnly,
                LAPACKOption.upper, blasInt(n), &work.storage, leadingDimension(n), &eigenvalues)
            try throwIfIllegal(info, routine: "dsyevd")
            if info > 0 { throw .didNotConverge(routine: "dsyevd", info: Int(info)) }
        }
        self.values = eigenvalues
        self.vectors = computeVectors ? work : nil
    }

    /// The spectral condition number `max|lambda| / min|lambda|`: infinity when an eigenvalue is
    /// exactly 0, 1 for the 0 x 0 matrix. For a symmetric matrix it equals the 2-norm condition
    /// number `||A||_2 ||A^-1||_2`.
    public var conditionNumber: Double {
        guard !values.isEmpty else { return 1 }
        let magnitudes = values.map { abs($0) }
        let smallest = magnitudes.min()!
        if smallest == 0 { return .infinity }
        return magnitudes.max()! / smallest
    }
}
