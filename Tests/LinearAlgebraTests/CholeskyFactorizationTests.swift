import Testing

@testable import LinearAlgebra

@Suite struct CholeskyFactorizationTests {
    let f = Fixture["cholesky"]

    // The 6 x 6 fixture matrix has condition number ~10, so factor, solutions and inverse are
    // accurate to a few eps: relative 1e-12, with an absolute part of 1e-12 x the largest entry
    // for entries that are nearly zero.
    @Test func factorSolveInverseAgainstScipyAndNumpy() throws {
        let cholesky = try CholeskyFactorization(f["A"].matrix)
        #expect(cholesky.order == 6)
        expectAccurate(
            cholesky.upper.storage, f["U"].matrix.storage, "U vs scipy.linalg.cholesky")
        expectAccurate(cholesky.solve(f["b"].doubles), f["x"].doubles, "solve vs numpy")
        let x = cholesky.solve(f["B"].matrix)
        #expect(x.rows == 6 && x.columns == 2)
        expectAccurate(x.storage, f["X"].matrix.storage, "solve(B) vs numpy")
        let inverse = cholesky.inverse()
        expectAccurate(
            inverse.storage, f["inverse"].matrix.storage, "inverse vs numpy.linalg.inv")
        #expect(inverse == inverse.transposed(), "inverse is not exactly symmetric")
        #expect(
            cholesky.logDeterminant.isApproximatelyEqual(
                to: f["log_determinant"].double, relativeTolerance: 1e-12))
    }

    @Test func reciprocalConditionEstimate() throws {
        // dpocon estimates ||A^-1||_1 from below, so its reciprocal condition number is an upper
        // bound of the true one (1 / numpy.linalg.cond(A, 1)); Higham's estimator is rarely off by
        // more than a factor 3 (Higham, Accuracy and Stability, 2002, section 15.3).
        let estimate = try CholeskyFactorization(f["A"].matrix).reciprocalConditionNumber
        let truth = f["reciprocal_condition_1norm"].double
        #expect(estimate >= truth * (1 - 1e-12))
        #expect(estimate <= 3 * truth)
    }

    @Test func illConditionedHilbertMatrix() throws {
        // H_8 has condition number 1.5e10; its exact inverse (integers, scipy.linalg.invhilbert)
        // is matched only to about cond(H) eps = 3.4e-6 relative, the first-order effect of
        // rounding H itself to doubles and of the backward-stable factorization (observed: 4e-8).
        // Tolerance cond eps, normwise (absolute, scaled by the largest entry of the inverse).
        let condition = f["hilbert8_condition"].double
        let cholesky = try CholeskyFactorization(f["hilbert8"].matrix)
        let exact = f["hilbert8_inverse"].matrix.storage
        expectClose(
            cholesky.inverse().storage, exact, relativeTolerance: 0,
            absoluteTolerance: condition * epsilon * largestMagnitude(exact), "inv(H8)")
        // log det moves by at most about cond eps in absolute terms (observed: 3.5e-8).
        #expect(
            cholesky.logDeterminant.isApproximatelyEqual(
                to: f["hilbert8_log_determinant"].double, relativeTolerance: 0,
                absoluteTolerance: condition * epsilon))
        let rcond = cholesky.reciprocalConditionNumber
        #expect(rcond > 0 && rcond < 1e-9)
    }

    @Test func notPositiveDefiniteReportsTheFailingMinor() {
        // Orders from numpy: the first leading minor whose smallest eigenvalue is <= 0.
        #expect(f["not_pd_order"].int == 3)
        #expect(throws: LinearAlgebraError.notPositiveDefinite(order: 3)) {
            try CholeskyFactorization(f["not_pd"].matrix)
        }
        #expect(f["not_pd_last_order"].int == 5)
        #expect(throws: LinearAlgebraError.notPositiveDefinite(order: 5)) {
            try CholeskyFactorization(f["not_pd_last"].matrix)
        }
        #expect(throws: LinearAlgebraError.notPositiveDefinite(order: 1)) {
            try CholeskyFactorization(Matrix(rowMajor: [[0]]))
        }
        #expect(throws: LinearAlgebraError.notPositiveDefinite(order: 2)) {
            try CholeskyFactorization(Matrix(rowMajor: [[1, 1], [1, 1]]))  // singular, exactly
        }
    }

    @Test func onlyTheUpperTriangleIsRead() throws {
        let full = try CholeskyFactorization(Matrix(rowMajor: [[4, 2], [2, 5]]))
        let upperOnly = try CholeskyFactorization(Matrix(rowMajor: [[4, 2], [.nan, 5]]))
        #expect(full.upper == upperOnly.upper)
        #expect(full.upper == Matrix(rowMajor: [[2, 1], [0, 2]]))
    }

    @Test func nonFiniteEntriesAreRejected() {
        #expect(throws: LinearAlgebraError.nonFiniteEntry(row: 0, column: 1)) {
            try CholeskyFactorization(Matrix(rowMajor: [[4, .nan], [2, 5]]))
        }
        #expect(throws: LinearAlgebraError.nonFiniteEntry(row: 1, column: 1)) {
            try CholeskyFactorization(Matrix(rowMajor: [[4, 2], [2, .infinity]]))
        }
    }

    @Test func nanInTheRightHandSidePropagates() throws {
        let cholesky = try CholeskyFactorization(Matrix(rowMajor: [[4, 2], [2, 5]]))
        #expect(cholesky.solve([.nan, 1]).allSatisfy { $0.isNaN })
    }

    @Test func emptyAndOneByOne() throws {
        let empty = try CholeskyFactorization(Matrix(rows: 0, columns: 0))
        #expect(empty.order == 0)
        #expect(empty.solve([]) == [])
        #expect(empty.solve(Matrix(rows: 0, columns: 2)) == Matrix(rows: 0, columns: 2))
        #expect(empty.inverse() == Matrix(rows: 0, columns: 0))
        #expect(empty.logDeterminant == 0)
        #expect(empty.reciprocalConditionNumber == 1)

        let one = try CholeskyFactorization(Matrix(rowMajor: [[4]]))
        #expect(one.upper == Matrix(rowMajor: [[2]]))
        #expect(one.solve([8]) == [2])
        #expect(one.inverse() == Matrix(rowMajor: [[0.25]]))
        #expect(
            one.logDeterminant.isApproximatelyEqual(
                to: 1.3862943611198906, relativeTolerance: 1e-15))
        #expect(one.reciprocalConditionNumber == 1)
    }

    @Test func nonSquareIsAProgrammerError() async {
        await #expect(processExitsWith: .failure) {
            _ = try? CholeskyFactorization(Matrix(rows: 2, columns: 3))
        }
    }
}
