/// A dense matrix of `Double`s stored column by column in one contiguous array.
///
/// Entry `(i, j)` (row `i`, column `j`, both 0-based) lives at `storage[i + j * rows]`, which is the
/// layout BLAS and LAPACK call column-major with leading dimension `rows`. A column is therefore a
/// contiguous run of `storage`, and a run of rows of every column is a sub-matrix BLAS can work on
/// in place (see the row-range kernels in `Matrix+RowKernels.swift`).
///
/// `Matrix` is a value type with copy-on-write storage: reading it from several threads at once is
/// safe and never copies `storage`; mutating a copy copies it once.
///
/// Empty matrices (0 rows and/or 0 columns) are valid everywhere; each operation documents what it
/// returns for them. Equality compares the shape and every entry with IEEE `==`, so a matrix
/// holding a NaN is not equal to itself.
public struct Matrix: Equatable, Sendable {
    /// Number of rows (>= 0).
    public let rows: Int
    /// Number of columns (>= 0).
    public let columns: Int
    /// The entries in column-major order; `storage.count == rows * columns`.
    public internal(set) var storage: [Double]

    /// A `rows` x `columns` matrix with every entry equal to `repeating`.
    public init(rows: Int, columns: Int, repeating value: Double = 0) {
        let count = Matrix.checkedCount(rows: rows, columns: columns)
        self.rows = rows
        self.columns = columns
        self.storage = Array(repeating: value, count: count)
    }

    /// A matrix over existing column-major entries (`columnMajor[i + j * rows]` is entry `(i, j)`).
    ///
    /// - Precondition: `columnMajor.count == rows * columns`.
    public init(rows: Int, columns: Int, columnMajor: [Double]) {
        let count = Matrix.checkedCount(rows: rows, columns: columns)
        precondition(
            columnMajor.count == count,
            "Matrix: \(columnMajor.count) entries given for a \(rows) x \(columns) matrix")
        self.rows = rows
        self.columns = columns
        self.storage = columnMajor
    }

    /// A matrix from its rows, written as they would be on paper. Meant for tests and small data.
    ///
    /// `Matrix(rowMajor: [])` is the 0 x 0 matrix.
    /// - Precondition: every row has the same length.
    public init(rowMajor rowArrays: [[Double]]) {
        let rowCount = rowArrays.count
        let columnCount = rowArrays.first?.count ?? 0
        for (i, row) in rowArrays.enumerated() {
            precondition(
                row.count == columnCount,
                "Matrix(rowMajor:): row \(i) has \(row.count) entries, row 0 has \(columnCount)")
        }
        self.init(rows: rowCount, columns: columnCount)
        for (i, row) in rowArrays.enumerated() {
            for (j, value) in row.enumerated() {
                storage[i + j * rowCount] = value
            }
        }
    }

    /// A matrix from its columns: each inner array is one column.
    ///
    /// `Matrix(columns: [])` is the 0 x 0 matrix.
    /// - Precondition: every column has the same length.
    public init(columns columnArrays: [[Double]]) {
        let rowCount = columnArrays.first?.count ?? 0
        var entries: [Double] = []
        entries.reserveCapacity(rowCount * columnArrays.count)
        for (j, column) in columnArrays.enumerated() {
            precondition(
                column.count == rowCount,
                "Matrix(columns:): column \(j) has \(column.count) entries, column 0 has \(rowCount)"
            )
            entries.append(contentsOf: column)
        }
        self.init(rows: rowCount, columns: columnArrays.count, columnMajor: entries)
    }

    /// The `n` x `n` identity matrix.
    public static func identity(_ n: Int) -> Matrix {
        var result = Matrix(rows: n, columns: n)
        for i in 0..<n {
            result.storage[i + i * n] = 1
        }
        return result
    }

    /// Entry `(row, column)`, both 0-based.
    ///
    /// - Precondition: `0 <= row < rows` and `0 <= column < columns`.
    public subscript(row: Int, column: Int) -> Double {
        get {
            checkIndex(row: row, column: column)
            return storage[row + column * rows]
        }
        set {
            checkIndex(row: row, column: column)
            storage[row + column * rows] = newValue
        }
    }

    /// Whether the matrix has as many rows as columns.
    public var isSquare: Bool { rows == columns }

    /// The main diagonal, `min(rows, columns)` entries.
    public var diagonal: [Double] {
        (0..<Swift.min(rows, columns)).map { storage[$0 + $0 * rows] }
    }

    /// The transpose, a `columns` x `rows` matrix with entry `(j, i)` equal to entry `(i, j)` here.
    ///
    /// - Complexity: O(rows * columns), one pass in cache-sized tiles.
    public func transposed() -> Matrix {
        var result = Matrix(rows: columns, columns: rows)
        let tile = 32
        let m = rows
        let n = columns
        storage.withUnsafeBufferPointer { source in
            result.storage.withUnsafeMutableBufferPointer { target in
                for rowStart in stride(from: 0, to: m, by: tile) {
                    let rowEnd = Swift.min(rowStart + tile, m)
                    for columnStart in stride(from: 0, to: n, by: tile) {
                        let columnEnd = Swift.min(columnStart + tile, n)
                        for i in rowStart..<rowEnd {
                            for j in columnStart..<columnEnd {
                                // (i, j) here becomes (j, i) in a matrix with `n` rows.
                                target[j + i * n] = source[i + j * m]
                            }
                        }
                    }
                }
            }
        }
        return result
    }

    /// Whether both have the same shape and equal entries, compared one by one with IEEE `==`
    /// (so a matrix holding a NaN is unequal even to itself, and 0 == -0).
    public static func == (lhs: Matrix, rhs: Matrix) -> Bool {
        lhs.rows == rhs.rows && lhs.columns == rhs.columns
            && lhs.storage.elementsEqual(rhs.storage)
    }

    @inline(__always)
    func checkIndex(row: Int, column: Int) {
        precondition(
            row >= 0 && row < rows && column >= 0 && column < columns,
            "Matrix: index (\(row), \(column)) out of range for a \(rows) x \(columns) matrix")
    }

    static func checkedCount(rows: Int, columns: Int) -> Int {
        precondition(rows >= 0 && columns >= 0, "Matrix: negative dimension \(rows) x \(columns)")
        let (count, overflow) = rows.multipliedReportingOverflow(by: columns)
        precondition(!overflow, "Matrix: \(rows) x \(columns) entries overflow Int")
        return count
    }
}
