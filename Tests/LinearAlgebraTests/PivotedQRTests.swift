import Testing

@testable import LinearAlgebra

@Suite struct PivotedQRTests {
    let f = Fixture["pivoted_qr"]

    @Test func rankAndAliasedColumnsOfADeficientDesign() throws {
        // 37 x 11 with column 7 = 2 col2 - col4 and column 9 = col7 + col0 / 2: numpy's SVD rank is
        // 9, and in column order 7 and 9 are the columns that add nothing (numpy matrix_rank of
        // every leading block). Pivoting moves 9 and 2 to the end, yet 7 and 9 must be named.
        let qr = try PivotedQR(f["deficient"].matrix)
        #expect(qr.rank() == f["deficient_rank"].int)
        #expect(qr.dependentColumns() == f["deficient_dependent"].ints)
        #expect(qr.dependentColumns() == [7, 9])
        // |R_kk| for the kept part against scipy.linalg.qr(pivoting=True); the two negligible ones
        // (~1e-15) are rounding noise and only need to be negligible.
        let rank = qr.rank()
        let expected = f["deficient_abs_diagonal"].doubles
        expectClose(
            qr.diagonalOfR.prefix(rank).map { abs($0) }, Array(expected.prefix(rank)),
            relativeTolerance: 1e-12, "|diag R|")
        #expect(qr.diagonalOfR.suffix(2).allSatisfy { abs($0) < 1e-12 * expected[0] })
        #expect(
            Array(qr.columnPermutation.prefix(rank))
                == Array(f["deficient_permutation"].ints.prefix(rank)))
    }

    @Test func fullRankDesign() throws {
        let qr = try PivotedQR(f["full"].matrix)
        #expect(qr.rank() == 11 && f["full_rank"].int == 11)
        #expect(qr.dependentColumns() == [])
        expectClose(
            qr.diagonalOfR.map { abs($0) }, f["full_abs_diagonal"].doubles,
            relativeTolerance: 1e-12, "|diag R|")
        #expect(qr.columnPermutation == f["full_permutation"].ints)
        #expect(qr.upperTriangularFactor.rows == 11 && qr.upperTriangularFactor.columns == 11)
    }

    @Test func laterCopyIsTheAliasedOneEvenWhenPivotedFirst() throws {
        // Columns a, b, 10 a: pivoting takes 10 a first (largest norm), but the aliased column is
        // the later copy, index 2, as R's lm would report it.
        let qr = try PivotedQR(f["scaled_copy"].matrix)
        #expect(qr.columnPermutation == f["scaled_copy_permutation"].ints)
        #expect(qr.columnPermutation[0] == 2)
        #expect(qr.rank() == 2)
        #expect(qr.dependentColumns() == f["scaled_copy_dependent"].ints)
        #expect(qr.dependentColumns() == [2])
    }

    @Test func toleranceDecidesNearCollinearity() throws {
        // Column 1 is column 0 plus 1e-8 in one row.
        let a = Matrix(columns: [[1, 2, 3, 4], [1, 2, 3, 4 + 1e-8]])
        let qr = try PivotedQR(a)
        #expect(qr.rank() == 2 && qr.dependentColumns() == [])
        #expect(qr.rank(relativeTolerance: 1e-6) == 1)
        #expect(qr.dependentColumns(relativeTolerance: 1e-6) == [1])
    }

    @Test func wideMatrix() throws {
        // 2 x 4 of rank 2: columns 2 and 3 depend on the independent columns 0 and 1.
        let qr = try PivotedQR(Matrix(rowMajor: [[1, 0, 5, 1], [0, 1, 7, 1]]))
        #expect(qr.rank() == 2)
        #expect(qr.dependentColumns() == [2, 3])
        #expect(qr.upperTriangularFactor.rows == 2 && qr.upperTriangularFactor.columns == 4)
    }

    @Test func emptyZeroAndOneByOne() throws {
        let empty = try PivotedQR(Matrix(rows: 0, columns: 0))
        #expect(
            empty.rank() == 0 && empty.dependentColumns() == [] && empty.columnPermutation == [])
        let noRows = try PivotedQR(Matrix(rows: 0, columns: 3))
        #expect(noRows.rank() == 0 && noRows.dependentColumns() == [0, 1, 2])
        let noColumns = try PivotedQR(Matrix(rows: 3, columns: 0))
        #expect(noColumns.rank() == 0 && noColumns.dependentColumns() == [])
        let zero = try PivotedQR(Matrix(rows: 3, columns: 2))
        #expect(zero.rank() == 0 && zero.dependentColumns() == [0, 1])
        let one = try PivotedQR(Matrix(rowMajor: [[-5]]))
        #expect(one.rank() == 1 && one.dependentColumns() == [] && abs(one.diagonalOfR[0]) == 5)
        let constantAndZero = try PivotedQR(Matrix(columns: [[0, 0, 0], [1, 1, 1]]))
        #expect(constantAndZero.rank() == 1 && constantAndZero.dependentColumns() == [0])
    }

    @Test func nonFiniteEntriesAreRejected() {
        #expect(throws: LinearAlgebraError.nonFiniteEntry(row: 0, column: 1)) {
            try PivotedQR(Matrix(rowMajor: [[1, .nan], [2, 3]]))
        }
    }
}
