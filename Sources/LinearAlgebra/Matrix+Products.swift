import CBLAS

// Matrix-vector and matrix-matrix products (BLAS dgemv, dgemm).
//
// NaN and infinity propagate by IEEE arithmetic: OpenBLAS multiplies every entry, so a NaN in
// column j of A reaches every entry of A v, even where v[j] == 0.

extension Matrix {
    /// The product `A v` (BLAS `dgemv`), a vector of `rows` entries.
    ///
    /// A matrix with 0 columns gives `rows` zeros (the empty sum).
    /// - Precondition: `v.count == columns`.
    public func multiplied(by v: [Double]) -> [Double] {
        precondition(
            v.count == columns,
            "Matrix.multiplied(by:): \(v.count)-vector for a \(rows) x \(columns) matrix")
        var result = [Double](repeating: 0, count: rows)
        if rows == 0 || columns == 0 { return result }
        cblas_dgemv(
            CblasColMajor, CblasNoTrans, blasInt(rows), blasInt(columns), 1, storage,
            leadingDimension(rows), v, 1, 0, &result, 1)
        return result
    }

    /// The product `A' v` (BLAS `dgemv`, transposed), a vector of `columns` entries.
    ///
    /// A matrix with 0 rows gives `columns` zeros (the empty sum).
    /// - Precondition: `v.count == rows`.
    public func transposeMultiplied(by v: [Double]) -> [Double] {
        precondition(
            v.count == rows,
            "Matrix.transposeMultiplied(by:): \(v.count)-vector for a \(rows) x \(columns) matrix")
        var result = [Double](repeating: 0, count: columns)
        if rows == 0 || columns == 0 { return result }
        cblas_dgemv(
            CblasColMajor, CblasTrans, blasInt(rows), blasInt(columns), 1, storage,
            leadingDimension(rows), v, 1, 0, &result, 1)
        return result
    }

    /// The product `A B` (BLAS `dgemm`), a `rows` x `B.columns` matrix.
    ///
    /// An inner dimension of 0 gives a matrix of zeros.
    /// - Precondition: `columns == B.rows`.
    public func multiplied(by B: Matrix) -> Matrix {
        precondition(
            columns == B.rows,
            "Matrix.multiplied(by:): \(rows) x \(columns) times \(B.rows) x \(B.columns)")
        var result = Matrix(rows: rows, columns: B.columns)
        if result.storage.isEmpty || columns == 0 { return result }
        cblas_dgemm(
            CblasColMajor, CblasNoTrans, CblasNoTrans, blasInt(rows), blasInt(B.columns),
            blasInt(columns), 1, storage, leadingDimension(rows), B.storage,
            leadingDimension(B.rows), 0, &result.storage, leadingDimension(rows))
        return result
    }

    /// The product `A' B` (BLAS `dgemm`, first factor transposed), a `columns` x `B.columns`
    /// matrix, without forming `A'`.
    ///
    /// 0 rows (an empty inner dimension) give a matrix of zeros.
    /// - Precondition: `rows == B.rows`.
    public func transposeMultiplied(by B: Matrix) -> Matrix {
        precondition(
            rows == B.rows,
            "Matrix.transposeMultiplied(by:): (\(rows) x \(columns))' times \(B.rows) x \(B.columns)"
        )
        var result = Matrix(rows: columns, columns: B.columns)
        if result.storage.isEmpty || rows == 0 { return result }
        cblas_dgemm(
            CblasColMajor, CblasTrans, CblasNoTrans, blasInt(columns), blasInt(B.columns),
            blasInt(rows), 1, storage, leadingDimension(rows), B.storage,
            leadingDimension(B.rows), 0, &result.storage, leadingDimension(columns))
        return result
    }
}
