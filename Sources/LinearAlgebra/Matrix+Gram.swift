import CBLAS

extension Matrix {
    /// The Gram matrix `X'X` (BLAS `dsyrk` on the whole matrix in place, then the lower triangle
    /// filled in), a full symmetric `columns` x `columns` matrix.
    ///
    /// ```
    /// G[i, j] = sum_k X[k, i] * X[k, j]
    /// ```
    /// 0 rows give a matrix of zeros. A NaN in column j makes row and column j of the result NaN.
    /// - Complexity: O(rows * columns^2).
    public func gram() -> Matrix {
        var result = Matrix(rows: columns, columns: columns)
        if rows == 0 || columns == 0 { return result }
        cblas_dsyrk(
            CblasColMajor, CblasUpper, CblasTrans, blasInt(columns), blasInt(rows), 1, storage,
            leadingDimension(rows), 0, &result.storage, leadingDimension(columns))
        result.symmetrizeFromUpper()
        return result
    }

    /// The weighted Gram matrix `X'WX`, `W = diag(weights)`, a full symmetric `columns` x `columns`
    /// matrix: the Fisher information of a GLM with working weights `w` (McCullagh & Nelder,
    /// *Generalized Linear Models*, 2nd ed., 1989, section 2.5).
    ///
    /// ```
    /// G[i, j] = sum_k w[k] * X[k, i] * X[k, j]
    /// ```
    /// The rows are processed in chunks of `chunkRows`: each chunk's `sqrt(w_k) * x_k` are copied
    /// into one small scratch buffer (`chunkRows * (columns + 1)` entries) and added to the upper
    /// triangle by BLAS `dsyrk`; the whole matrix is never copied. Single-threaded apart from
    /// OpenBLAS's own threads; for a multi-threaded pass split the rows yourself with
    /// `accumulateWeightedGramRows` (see `Matrix+RowKernels.swift`).
    ///
    /// 0 rows give a matrix of zeros. NaN weights or entries propagate; a zero weight does not
    /// mask a NaN entry.
    /// - Parameters:
    ///   - weights: `rows` non-negative weights.
    ///   - chunkRows: rows per chunk (>= 1); 1k-4k keep the scratch in cache.
    /// - Complexity: O(rows * columns^2).
    public func weightedGram(weights: [Double], chunkRows: Int = 4096) -> Matrix {
        precondition(
            weights.count == rows,
            "Matrix.weightedGram: \(weights.count) weights for \(rows) rows")
        precondition(chunkRows >= 1, "Matrix.weightedGram: chunkRows \(chunkRows) < 1")
        var result = Matrix(rows: columns, columns: columns)
        if rows == 0 || columns == 0 { return result }
        let chunk = Swift.min(chunkRows, rows)
        var scratch = [Double](repeating: 0, count: chunk * (columns + 1))
        storage.withUnsafeBufferPointer { x in
            weights.withUnsafeBufferPointer { w in
                result.storage.withUnsafeMutableBufferPointer { a in
                    scratch.withUnsafeMutableBufferPointer { s in
                        for start in stride(from: 0, to: rows, by: chunk) {
                            accumulateWeightedGram(
                                x: x.baseAddress!, firstRow: start,
                                count: Swift.min(chunk, rows - start),
                                weights: w.baseAddress! + start, into: a.baseAddress!,
                                scratch: s.baseAddress!)
                        }
                    }
                }
            }
        }
        result.symmetrizeFromUpper()
        return result
    }
}
