import Testing

@testable import LinearAlgebra

// References are exact sums of products rounded once (Fractions in make_linear_algebra.py).
// Tolerance: relative 1e-12, plus an absolute 1e-12 x the largest entry, because an entry that
// cancels to nearly zero carries an error relative to its summands (at most n eps sum|a_k b_k|,
// Higham, Accuracy and Stability of Numerical Algorithms, 2002, section 3.1), not to itself.
@Suite struct MatrixProductsTests {
    let f = Fixture["products"]

    @Test func matrixVector() {
        let a = f["A"].matrix
        expectAccurate(a.multiplied(by: f["v"].doubles), f["A_v"].doubles, "A v")
        expectAccurate(a.transposeMultiplied(by: f["u"].doubles), f["At_u"].doubles, "A'u")
    }

    @Test func matrixMatrix() {
        let a = f["A"].matrix
        let ab = a.multiplied(by: f["B"].matrix)
        #expect(ab.rows == 7 && ab.columns == 3)
        expectAccurate(ab.storage, f["A_B"].matrix.storage, "A B")
        let atc = a.transposeMultiplied(by: f["C"].matrix)
        #expect(atc.rows == 5 && atc.columns == 3)
        expectAccurate(atc.storage, f["At_C"].matrix.storage, "A'C")
    }

    @Test func transposeProductEqualsProductOfTranspose() {
        let a = f["A"].matrix
        let c = f["C"].matrix
        expectAccurate(
            a.transposeMultiplied(by: c).storage, a.transposed().multiplied(by: c).storage, "A'C")
    }

    @Test func emptyDimensionsGiveEmptyOrZeroResults() {
        let noColumns = Matrix(rows: 3, columns: 0)
        #expect(noColumns.multiplied(by: []) == [0, 0, 0])
        #expect(noColumns.transposeMultiplied(by: [1, 2, 3]) == [])
        let noRows = Matrix(rows: 0, columns: 2)
        #expect(noRows.multiplied(by: [1, 2]) == [])
        #expect(noRows.transposeMultiplied(by: []) == [0, 0])
        // Inner dimension 0: a 3 x 2 matrix of zeros.
        #expect(
            noColumns.multiplied(by: Matrix(rows: 0, columns: 2)) == Matrix(rows: 3, columns: 2))
        #expect(
            noRows.transposeMultiplied(by: Matrix(rows: 0, columns: 4))
                == Matrix(rows: 2, columns: 4))
        #expect(
            Matrix(rows: 0, columns: 3).multiplied(by: Matrix(rows: 3, columns: 2)).storage.isEmpty)
    }

    @Test func oneByOne() {
        let a = Matrix(rowMajor: [[3]])
        #expect(a.multiplied(by: [-2]) == [-6])
        #expect(a.transposeMultiplied(by: [4]) == [12])
        #expect(a.multiplied(by: Matrix(rowMajor: [[5]])) == Matrix(rowMajor: [[15]]))
    }

    @Test func nanPropagatesThroughZeroCoefficients() {
        // OpenBLAS does not skip zero entries of v, so a NaN in column 0 reaches every row.
        let a = Matrix(rowMajor: [[.nan, 1], [2, 3]])
        let av = a.multiplied(by: [0, 1])
        #expect(av[0].isNaN && av[1] == 3)  // row 1 has no NaN; 2 * 0 + 3 * 1
        let atv = a.transposeMultiplied(by: [1, 0])
        #expect(atv[0].isNaN && atv[1] == 1)
        let ab = a.multiplied(by: Matrix.identity(2))
        #expect(ab[0, 0].isNaN && ab[0, 1].isNaN && ab[1, 0] == 2 && ab[1, 1] == 3)
    }

    @Test func infinity() {
        let a = Matrix(rowMajor: [[.infinity, 1]])
        #expect(a.multiplied(by: [2, 1]) == [.infinity])
        #expect(a.multiplied(by: [-1, 1]) == [-.infinity])
    }

    @Test func shapeMismatchIsAProgrammerError() async {
        await #expect(processExitsWith: .failure) {
            _ = Matrix(rows: 2, columns: 3).multiplied(by: Matrix(rows: 2, columns: 3))
        }
        await #expect(processExitsWith: .failure) {
            _ = Matrix(rows: 2, columns: 3).multiplied(by: [1, 2])
        }
    }
}
