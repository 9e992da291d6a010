extension Matrix {
    /// Column `j` as a slice of `storage` (indices `j * rows ..< (j + 1) * rows`), without copying.
    ///
    /// The slice shares the matrix's buffer: mutating the matrix while the slice is alive makes the
    /// matrix copy its storage once (copy-on-write). Use `Array(column(j))` for an independent copy.
    /// - Precondition: `0 <= j < columns`.
    public func column(_ j: Int) -> ArraySlice<Double> {
        checkColumn(j)
        return storage[(j * rows)..<((j + 1) * rows)]
    }

    /// Calls `body` with mutable access to column `j` in place: entry `k` of the span is entry
    /// `(k, j)` of the matrix.
    ///
    /// No entries are copied (an `inout ArraySlice` of `storage` would copy the column twice).
    /// ```swift
    /// design.withMutableColumn(0) { intercept in
    ///     for k in intercept.indices { intercept[k] = 1 }
    /// }
    /// ```
    /// - Precondition: `0 <= j < columns`.
    /// - Complexity: O(1) besides `body`.
    public mutating func withMutableColumn<R>(
        _ j: Int, _ body: (inout MutableSpan<Double>) throws -> R
    ) rethrows -> R {
        checkColumn(j)
        let range = (j * rows)..<((j + 1) * rows)
        return try storage.withUnsafeMutableBufferPointer { buffer in
            let columnBuffer = UnsafeMutableBufferPointer(rebasing: buffer[range])
            var span = columnBuffer.mutableSpan
            return try body(&span)
        }
    }

    /// Replaces column `j` with `values`.
    ///
    /// - Precondition: `0 <= j < columns` and `values.count == rows`.
    public mutating func setColumn(_ j: Int, to values: [Double]) {
        checkColumn(j)
        precondition(
            values.count == rows,
            "Matrix.setColumn: \(values.count) values for a column of \(rows) rows")
        let start = j * rows
        storage.withUnsafeMutableBufferPointer { buffer in
            for (k, value) in values.enumerated() {
                buffer[start + k] = value
            }
        }
    }

    @inline(__always)
    func checkColumn(_ j: Int) {
        precondition(j >= 0 && j < columns, "Matrix: column \(j) out of range 0..<\(columns)")
    }
}
