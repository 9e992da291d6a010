import Testing

@testable import LinearAlgebra

@Suite struct LinearSolveTests {
    let f = Fixture["solve"]

    @Test func againstNumpy() throws {
        // cond(A) ~ 5: the LU solution is accurate to a few eps. Relative 1e-12, with an absolute
        // part of 1e-12 x the largest component for components near zero.
        let x = try solve(f["A"].matrix, f["b"].doubles)
        let expected = f["x"].doubles
        expectClose(
            x, expected, relativeTolerance: 1e-12,
            absoluteTolerance: 1e-12 * largestMagnitude(expected), "x")
        let xs = try solve(f["A"].matrix, f["B"].matrix)
        let expectedX = f["X"].matrix.storage
        expectClose(
            xs.storage, expectedX, relativeTolerance: 1e-12,
            absoluteTolerance: 1e-12 * largestMagnitude(expectedX), "X")
    }

    @Test func exactlySingularMatricesNameThePivot() {
        // Rows (1, 2) and (2, 4): after pivoting on row 2 the second pivot is exactly 0.
        #expect(throws: LinearAlgebraError.singular(index: 2)) {
            try solve(Matrix(rowMajor: [[1, 2], [2, 4]]), [1, 1])
        }
        #expect(throws: LinearAlgebraError.singular(index: 2)) {
            try solve(Matrix(rowMajor: [[1, 0, 3], [2, 0, 1], [5, 0, 2]]), [1, 1, 1])
        }
        #expect(throws: LinearAlgebraError.singular(index: 1)) {
            try solve(Matrix(rowMajor: [[0]]), [1])
        }
    }

    @Test func nonFiniteMatrixIsRejectedAndRightHandSidePropagates() throws {
        #expect(throws: LinearAlgebraError.nonFiniteEntry(row: 1, column: 0)) {
            try solve(Matrix(rowMajor: [[1, 2], [.nan, 4]]), [1, 1])
        }
        // Not thrown: the NaN flows through the triangular solves (0 * NaN is NaN, so it reaches
        // even components that do not depend on it mathematically).
        let x = try solve(Matrix(rowMajor: [[2, 0], [0, 4]]), [.nan, 8])
        #expect(x.allSatisfy { $0.isNaN })
    }

    @Test func emptyAndOneByOne() throws {
        #expect(try solve(Matrix(rows: 0, columns: 0), []) == [])
        #expect(try solve(Matrix(rowMajor: [[2]]), [3]) == [1.5])
        #expect(
            try solve(Matrix.identity(2), Matrix(rows: 2, columns: 0))
                == Matrix(rows: 2, columns: 0))
    }

    @Test func shapeMismatchIsAProgrammerError() async {
        await #expect(processExitsWith: .failure) {
            _ = try? solve(Matrix(rows: 2, columns: 3), [1, 2])
        }
        await #expect(processExitsWith: .failure) {
            _ = try? solve(Matrix.identity(2), [1, 2, 3])
        }
    }
}
