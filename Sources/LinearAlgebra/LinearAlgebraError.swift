/// Why a factorization or solve failed on the data it was given.
///
/// Shape mismatches (a 3-vector for a 4 x 4 system, a non-square matrix given to Cholesky) are
/// programmer errors and stop the program with a `precondition` message instead; this enum is for
/// what the numbers themselves cause, so callers can report it (e.g. name a collinear feature).
public enum LinearAlgebraError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The leading principal minor of order `order` (1-based) is not positive, so the matrix is not
    /// positive definite (LAPACK `dpotrf` info > 0). Minors of lower order are positive.
    case notPositiveDefinite(order: Int)
    /// The matrix is singular or, for least squares, rank-deficient: the pivot or column `index`
    /// (1-based) is exactly zero (LAPACK info > 0) or, where a tolerance applies, negligible.
    case singular(index: Int)
    /// LAPACK rejected argument `position` (1-based, as numbered in the LAPACKE routine) of
    /// `routine` (LAPACK info < 0). Points to a bug in this module, not to the data.
    case illegalArgument(routine: String, position: Int)
    /// An iterative LAPACK routine (e.g. the eigenvalue solver) did not converge; `info` is its
    /// LAPACK info value.
    case didNotConverge(routine: String, info: Int)
    /// LAPACKE could not allocate its workspace for `routine`.
    case outOfMemory(routine: String)
    /// Entry `(row, column)` (0-based, as `Matrix`'s subscript) of a matrix to be factorized is NaN
    /// or infinite. Factorizations check their matrix before calling LAPACK; right-hand sides and
    /// the BLAS kernels are not checked (NaN propagates there).
    case nonFiniteEntry(row: Int, column: Int)

    /// A lower-case message for people.
    public var description: String {
        switch self {
        case .notPositiveDefinite(let order):
            return
                "matrix is not positive definite: the leading minor of order \(order) is not positive"
        case .singular(let index):
            return "matrix is singular or rank-deficient at pivot/column \(index) (1-based)"
        case .illegalArgument(let routine, let position):
            return "LAPACK \(routine): argument \(position) had an illegal value"
        case .didNotConverge(let routine, let info):
            return "LAPACK \(routine) did not converge (info \(info))"
        case .outOfMemory(let routine):
            return "LAPACK \(routine): could not allocate workspace"
        case .nonFiniteEntry(let row, let column):
            return "matrix entry at row \(row), column \(column) (0-based) is NaN or infinite"
        }
    }
}
