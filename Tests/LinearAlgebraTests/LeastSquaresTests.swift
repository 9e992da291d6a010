import Testing

@testable import LinearAlgebra

@Suite struct LeastSquaresTests {
    let f = Fixture["least_squares"]

    @Test func againstNumpyLstsq() throws {
        // numpy.linalg.lstsq solves by the SVD, an independent algorithm. For an inconsistent
        // system both solutions are accurate to about eps (cond + cond^2 ||r|| / (||A|| ||x||))
        // (Golub & Van Loan, Matrix Computations, 4th ed., 2013, section 5.3); cond ~ 54 here, so
        // 10 cond^2 eps (6e-12), normwise.
        let condition = f["condition"].double
        let x = try leastSquares(f["A"].matrix, f["b"].doubles)
        let expected = f["x"].doubles
        expectClose(
            x, expected, relativeTolerance: 0,
            absoluteTolerance: 10 * condition * condition * epsilon * largestMagnitude(expected),
            "x")
    }

    @Test func illConditionedVandermonde() throws {
        // Degree-10 polynomial on [0, 1]: cond ~ 2e7, nearly consistent (cos is smooth), so the
        // error is about cond eps in both solvers; tolerance cond eps (4.5e-9; observed 1.2e-10),
        // normwise.
        let condition = f["vandermonde_condition"].double
        let x = try leastSquares(f["vandermonde"].matrix, f["vandermonde_b"].doubles)
        let expected = f["vandermonde_x"].doubles
        expectClose(
            x, expected, relativeTolerance: 0,
            absoluteTolerance: condition * epsilon * largestMagnitude(expected), "x")
    }

    @Test func squareSystemEqualsSolve() throws {
        let a = Fixture["solve"]["A"].matrix
        let b = Fixture["solve"]["b"].doubles
        let expected = Fixture["solve"]["x"].doubles
        expectClose(
            try leastSquares(a, b), expected, relativeTolerance: 1e-12,
            absoluteTolerance: 1e-12 * largestMagnitude(expected), "x")
    }

    @Test func rankDeficiencyNamesTheFirstDependentColumn() {
        // Column 5 (1-based) = column 2 + column 3; column 3 of the second design is zero.
        let x = Fixture["least_squares"]["A"].matrix
        var design = Matrix(columns: (0..<6).map { Array(x.column($0)) })
        design.setColumn(4, to: zip(x.column(1), x.column(2)).map { $0 + $1 })
        #expect(throws: LinearAlgebraError.singular(index: 5)) {
            try leastSquares(design, Array(repeating: 1, count: x.rows))
        }
        var zeroColumn = design
        zeroColumn.setColumn(2, to: Array(repeating: 0, count: x.rows))
        #expect(throws: LinearAlgebraError.singular(index: 3)) {
            try leastSquares(zeroColumn, Array(repeating: 1, count: x.rows))
        }
    }

    @Test func toleranceDecidesNearCollinearity() throws {
        // Column 1 differs from column 0 by 1e-8 in one row: a relative distance of ~ 1e-8 from
        // the span of column 0. Kept with the default 1e-10, rejected with 1e-6.
        let a = Matrix(columns: [[1, 2, 3, 4], [1, 2, 3, 4 + 1e-8]])
        let b: [Double] = [1, 0, 1, 0]
        #expect(throws: Never.self) { try leastSquares(a, b) }
        #expect(throws: LinearAlgebraError.singular(index: 2)) {
            try leastSquares(a, b, relativeTolerance: 1e-6)
        }
    }

    @Test func fewerRowsThanColumns() {
        // The first two columns are independent; the third cannot be.
        #expect(throws: LinearAlgebraError.singular(index: 3)) {
            try leastSquares(Matrix(rowMajor: [[1, 0, 1], [0, 1, 1]]), [1, 2])
        }
        #expect(throws: LinearAlgebraError.singular(index: 2)) {
            try leastSquares(Matrix(rowMajor: [[1, 2, 3]]), [1])
        }
        #expect(throws: LinearAlgebraError.singular(index: 1)) {
            try leastSquares(Matrix(rows: 0, columns: 2), [])
        }
    }

    @Test func specialValues() throws {
        #expect(try leastSquares(Matrix(rows: 3, columns: 0), [1, 2, 3]) == [])
        #expect(try leastSquares(Matrix(rowMajor: [[2]]), [4]) == [2])
        // Mean of the observations for a column of ones.
        let mean = try leastSquares(Matrix(columns: [[1, 1, 1, 1]]), [1, 2, 3, 6])
        #expect(mean[0].isApproximatelyEqual(to: 3, relativeTolerance: 1e-15))
        #expect(throws: LinearAlgebraError.nonFiniteEntry(row: 2, column: 0)) {
            try leastSquares(Matrix(columns: [[1, 1, .infinity]]), [1, 2, 3])
        }
        #expect(try leastSquares(Matrix(columns: [[1, 1]]), [.nan, 1])[0].isNaN)
    }
}
