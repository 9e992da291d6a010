import CLAPACKE

/// QR factorization with column pivoting, `A P = Q R` (LAPACK `dgeqp3`), to find the numerical
/// rank of a design and the columns that are linear combinations of others (aliased columns).
///
/// At each step the remaining column of largest norm is moved forward, so `|R[0,0]| >= |R[1,1]|
/// >= ...` and a rank deficiency shows as a tail of negligible diagonal entries (Businger & Golub,
/// "Linear least squares solutions by Householder transformations", *Numerische Mathematik* 7,
/// 1965; Quintana-Orti, Sun & Bischof, *SIAM J. Sci. Comput.* 19, 1998, for `dgeqp3`).
///
/// The tolerances compare with `|R[0,0]|`, the largest column norm, so they depend on how the
/// columns are scaled: a column a million times smaller than the others looks a million times
/// closer to dependent. Standardize columns of very different scales first.
///
/// Only `R` (`min(rows, columns)` x `columns`) and the permutation are kept, not `Q`. An empty
/// matrix has rank 0; a matrix with columns but no rows has every column dependent.
/// - Complexity: O(4 rows columns^2 / 3) time, a copy of `A` while factoring.
public struct PivotedQR: Sendable {
    /// `R`, upper triangular (entries below the diagonal are 0), `min(rows, columns)` x `columns`.
    public let upperTriangularFactor: Matrix
    /// The original (0-based) index of the column moved to position `k`, for each `k`; i.e. the
    /// order in which the columns were chosen.
    public let columnPermutation: [Int]

    /// Factors `A P = Q R`.
    ///
    /// - Throws: `.nonFiniteEntry` if `A` holds NaN or infinity.
    public init(_ A: Matrix) throws(LinearAlgebraError) {
        try A.checkFinite()
        let m = A.rows
        let n = A.columns
        let k = Swift.min(m, n)
        var pivots = [Int32](repeating: 0, count: n)  // 0: every column is free to move
        var r = Matrix(rows: k, columns: n)
        if k > 0 {
            var factors = A.storage
            var tau = [Double](repeating: 0, count: k)
            let info = LAPACKE_dgeqp3(
                LAPACK_COL_MAJOR, blasInt(m), blasInt(n), &factors, leadingDimension(m), &pivots,
                &tau)
            try throwIfIllegal(info, routine: "dgeqp3")
            for j in 0..<n {
                for i in 0...Swift.min(j, k - 1) {
                    r.storage[i + j * k] = factors[i + j * m]
                }
            }
            self.columnPermutation = pivots.map { Int($0) - 1 }
        } else {
            self.columnPermutation = Array(0..<n)
        }
        self.upperTriangularFactor = r
    }

    /// The number of columns of `A`.
    public var columns: Int { upperTriangularFactor.columns }

    /// The diagonal of `R`, non-increasing in absolute value.
    public var diagonalOfR: [Double] { upperTriangularFactor.diagonal }

    /// The numerical rank: the number of leading diagonal entries with
    /// `|R[k,k]| > relativeTolerance * |R[0,0]|`. 0 when `R[0,0] == 0` or the matrix is empty.
    ///
    /// - Precondition: `relativeTolerance >= 0`.
    public func rank(relativeTolerance: Double = 1e-10) -> Int {
        precondition(
            relativeTolerance >= 0, "PivotedQR.rank: negative tolerance \(relativeTolerance)")
        let d = diagonalOfR
        guard let first = d.first, first != 0 else { return 0 }
        let threshold = relativeTolerance * abs(first)
        return d.prefix { abs($0) > threshold }.count
    }

    /// The columns (0-based, original indices, ascending) that are linear combinations of
    /// earlier columns: the aliased columns a regression must drop, chosen as R's `lm` chooses
    /// them (the later of two collinear columns), not in pivoting order.
    ///
    /// With `r = rank(relativeTolerance:)`, the columns are taken in their original order and
    /// kept while their distance from the span of the columns kept before them, measured in the
    /// rank-`r` approximation `A_r = Q[:, 0..<r] R[0..<r, :] P'`, exceeds
    /// `relativeTolerance * |R[0,0]|`; at most `r` columns are kept. In exact arithmetic exactly
    /// `columns - r` columns are returned; in borderline, badly conditioned cases a few more may be.
    ///
    /// - Precondition: `relativeTolerance >= 0`.
    /// - Complexity: O(columns^2 r), independent of the number of rows.
    public func dependentColumns(relativeTolerance: Double = 1e-10) -> [Int] {
        let r = rank(relativeTolerance: relativeTolerance)
        let n = columns
        if r == n { return [] }
        if r == 0 { return Array(0..<n) }
        let k = upperTriangularFactor.rows
        let threshold = relativeTolerance * abs(upperTriangularFactor.storage[0])
        // Column j of A_r, expressed in the basis Q[:, 0..<r]: R[0..<r, position of j].
        var position = [Int](repeating: 0, count: n)
        for (p, original) in columnPermutation.enumerated() {
            position[original] = p
        }
        var basis: [[Double]] = []  // orthonormal, r-vectors
        var dependent: [Int] = []
        for j in 0..<n {
            if basis.count == r {
                dependent.append(j)
                continue
            }
            let p = position[j]
            var v = (0..<r).map { i in upperTriangularFactor.storage[i + p * k] }
            // Classical Gram-Schmidt, applied twice ("twice is enough": Giraud, Langou & Rozloznik,
            // Computers & Mathematics with Applications 50, 2005).
            for _ in 0..<2 {
                for q in basis {
                    var projection = 0.0
                    for i in 0..<r { projection += q[i] * v[i] }
                    for i in 0..<r { v[i] -= projection * q[i] }
                }
            }
            var squaredNorm = 0.0
            for value in v { squaredNorm += value * value }
            let distance = squaredNorm.squareRoot()
            if distance > threshold {
                basis.append(v.map { $0 / distance })
            } else {
                dependent.append(j)
            }
        }
        return dependent
    }
}
