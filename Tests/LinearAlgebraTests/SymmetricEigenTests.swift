import Testing

@testable import LinearAlgebra

@Suite struct SymmetricEigenTests {
    let f = Fixture["eigen"]

    // dsyevd is backward stable: each eigenvalue is within about n eps ||A||_2 of the exact one
    // (Golub & Van Loan, Matrix Computations, 4th ed., 2013, section 8.1). The tolerances are
    // therefore absolute, 1e-13 ||A||_2 (= 1e-13 max|lambda|), besides relative 1e-12.
    func expectEigenvalues(
        _ actual: [Double], _ expected: [Double], _ label: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        expectClose(
            actual, expected, relativeTolerance: 1e-12,
            absoluteTolerance: 1e-13 * largestMagnitude(expected), label,
            sourceLocation: sourceLocation)
    }

    @Test func eigenvaluesAgainstNumpy() throws {
        let eigen = try SymmetricEigen(f["A"].matrix)
        expectEigenvalues(eigen.values, f["values"].doubles, "9 x 9 indefinite")
        #expect(eigen.vectors == nil)
        #expect(eigen.values == eigen.values.sorted())
        // max|lambda| / min|lambda| equals numpy.linalg.cond (the 2-norm, via the SVD);
        // min|lambda| carries a relative error of about cond eps (6e-15).
        #expect(
            eigen.conditionNumber.isApproximatelyEqual(
                to: f["condition"].double, relativeTolerance: 1e-12))
        expectEigenvalues(
            try SymmetricEigen(f["spd"].matrix).values, f["spd_values"].doubles, "6 x 6 SPD")
    }

    @Test func illConditionedHilbertEigenvalues() throws {
        // The smallest eigenvalue of H_8 is ~1e-10, so it is known only to ~1e-13 ||H|| absolute.
        let eigen = try SymmetricEigen(Fixture["cholesky"]["hilbert8"].matrix)
        expectEigenvalues(eigen.values, f["hilbert8_values"].doubles, "H8")
        #expect(eigen.conditionNumber > 1e10)
    }

    @Test func eigenvectorsDiagonalize() throws {
        // Eigenvectors are defined up to sign, so check A V = V diag(lambda) and V'V = I
        // (to 1e-13 ||A||, the backward error of the decomposition).
        let a = f["A"].matrix
        let eigen = try SymmetricEigen(a, computeVectors: true)
        let v = try #require(eigen.vectors)
        let scale = largestMagnitude(eigen.values)
        let av = a.multiplied(by: v)
        for k in 0..<a.rows {
            for i in 0..<a.rows {
                #expect(abs(av[i, k] - eigen.values[k] * v[i, k]) <= 1e-13 * scale)
            }
        }
        let vtv = v.transposeMultiplied(by: v)
        for i in 0..<a.rows {
            for j in 0..<a.rows {
                #expect(abs(vtv[i, j] - (i == j ? 1 : 0)) <= 1e-13)
            }
        }
        // Values are the same with or without vectors.
        expectEigenvalues(eigen.values, f["values"].doubles, "with vectors")
    }

    @Test func specialCases() throws {
        let empty = try SymmetricEigen(Matrix(rows: 0, columns: 0), computeVectors: true)
        #expect(empty.values == [] && empty.vectors == Matrix(rows: 0, columns: 0))
        #expect(empty.conditionNumber == 1)

        let one = try SymmetricEigen(Matrix(rowMajor: [[-3]]), computeVectors: true)
        #expect(one.values == [-3] && one.conditionNumber == 1)
        #expect(try abs(#require(one.vectors)[0, 0]) == 1)

        let singular = try SymmetricEigen(Matrix(rowMajor: [[0, 0], [0, 2]]))
        #expect(singular.values == [0, 2])
        #expect(singular.conditionNumber == .infinity)
        #expect(try SymmetricEigen(Matrix(rows: 3, columns: 3)).conditionNumber == .infinity)

        // Only the upper triangle is read.
        let upperOnly = try SymmetricEigen(Matrix(rowMajor: [[2, 1], [.nan, 2]]))
        expectEigenvalues(upperOnly.values, [1, 3], "upper triangle")
    }

    @Test func nonFiniteEntriesAreRejected() {
        #expect(throws: LinearAlgebraError.nonFiniteEntry(row: 0, column: 1)) {
            try SymmetricEigen(Matrix(rowMajor: [[1, .infinity], [0, 1]]))
        }
    }

    @Test func nonSquareIsAProgrammerError() async {
        await #expect(processExitsWith: .failure) {
            _ = try? SymmetricEigen(Matrix(rows: 2, columns: 1))
        }
    }
}
