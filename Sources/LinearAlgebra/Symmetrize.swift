/// Copies the upper triangle of a square column-major matrix onto its lower triangle, so that
/// `A[j, i] = A[i, j]` for every `i < j`.
///
/// BLAS `dsyrk` and LAPACK `dpotri` write only one triangle; call this to get the full symmetric
/// matrix (e.g. after summing per-thread accumulators of `accumulateWeightedGramRows`).
/// - Parameters:
///   - A: `order * order` entries, column-major (`A[i + j * order]` is entry `(i, j)`).
///   - order: the number of rows (= columns).
/// - Precondition: `A.count == order * order`.
/// - Complexity: O(order^2).
public func symmetrizeFromUpper(_ A: inout [Double], order: Int) {
    precondition(order >= 0, "symmetrizeFromUpper: negative order \(order)")
    precondition(
        A.count == order * order,
        "symmetrizeFromUpper: \(A.count) entries for order \(order)")
    A.withUnsafeMutableBufferPointer { a in
        for j in 0..<order {
            for i in 0..<j {
                a[j + i * order] = a[i + j * order]
            }
        }
    }
}

extension Matrix {
    /// Copies the upper triangle onto the lower triangle (see `symmetrizeFromUpper(_:order:)`).
    ///
    /// - Precondition: the matrix is square.
    public mutating func symmetrizeFromUpper() {
        precondition(isSquare, "Matrix.symmetrizeFromUpper: \(rows) x \(columns) is not square")
        LinearAlgebra.symmetrizeFromUpper(&storage, order: rows)
    }
}
