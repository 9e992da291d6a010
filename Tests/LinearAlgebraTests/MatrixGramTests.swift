import Testing

@testable import LinearAlgebra

// References: X'X and X'WX summed exactly (Fractions) and rounded once. The Gram entries obey
// sum_k |w_k x_ki x_kj| <= sqrt(G_ii G_jj) <= max|G| (Cauchy-Schwarz), so an absolute tolerance of
// 1e-12 max|G| bounds the rounding error (at most n eps times that) of every entry, including those
// that cancel to nearly zero; well-sized entries are held to relative 1e-12.
@Suite struct MatrixGramTests {
    let f = Fixture["gram"]

    func expectGram(
        _ actual: Matrix, _ expected: Matrix, _ label: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        expectClose(
            actual, expected, relativeTolerance: 1e-12,
            absoluteTolerance: 1e-12 * largestMagnitude(expected.storage), label,
            sourceLocation: sourceLocation)
        // Symmetric to the bit: the lower triangle is a copy of the upper one.
        #expect(actual == actual.transposed(), "\(label) is not exactly symmetric")
    }

    @Test func gramAgainstExactSums() {
        expectGram(f["X"].matrix.gram(), f["XtX"].matrix, "X'X")
        let products = Fixture["products"]
        expectGram(products["A"].matrix.gram(), products["At_A"].matrix, "A'A (7 x 5)")
    }

    @Test(arguments: [1, 2, 5, 7, 36, 37, 38, 4096])
    func weightedGramForEveryChunkSize(chunkRows: Int) {
        // 37 rows: chunk sizes that divide it (1, 37), do not (2, 5, 7, 36), or exceed it.
        let g = f["X"].matrix.weightedGram(weights: f["w"].doubles, chunkRows: chunkRows)
        expectGram(g, f["XtWX"].matrix, "X'WX, chunks of \(chunkRows)")
    }

    @Test func weightedGramMatchesNumpyExpression() {
        // numpy's X.T @ (X * w[:, None]) rounds differently; both are within the tolerance above.
        let g = f["X"].matrix.weightedGram(weights: f["w"].doubles)
        expectGram(g, f["numpy_XtWX"].matrix, "X'WX vs numpy")
    }

    @Test func unitWeightsGiveTheGram() {
        let x = f["X"].matrix
        expectGram(
            x.weightedGram(weights: Array(repeating: 1, count: x.rows), chunkRows: 8), x.gram(),
            "X'IX")
    }

    @Test func emptyAndOneRow() {
        #expect(Matrix(rows: 0, columns: 3).gram() == Matrix(rows: 3, columns: 3))
        #expect(
            Matrix(rows: 0, columns: 3).weightedGram(weights: []) == Matrix(rows: 3, columns: 3))
        #expect(Matrix(rows: 4, columns: 0).gram() == Matrix(rows: 0, columns: 0))
        #expect(Matrix(rows: 4, columns: 0).weightedGram(weights: [1, 2, 3, 4]).storage.isEmpty)
        let row = Matrix(rowMajor: [[1, -2, 3]])
        #expect(row.gram() == Matrix(rowMajor: [[1, -2, 3], [-2, 4, -6], [3, -6, 9]]))
        #expect(
            row.weightedGram(weights: [4])
                == Matrix(rowMajor: [[4, -8, 12], [-8, 16, -24], [12, -24, 36]]))
        #expect(row.weightedGram(weights: [0]) == Matrix(rows: 3, columns: 3))
    }

    @Test func nanPoisonsOnlyItsRowAndColumn() {
        // A NaN in column 1 makes row and column 1 of X'X NaN; the other entries stay exact.
        let x = Matrix(rowMajor: [[1, 2, 3], [4, .nan, 6], [7, 8, 9]])
        // Columns 0 and 2 are [1, 4, 7] and [3, 6, 9].
        let exact: [Int: [Int: Double]] = [0: [0: 66, 2: 90], 2: [0: 90, 2: 126]]
        for g in [x.gram(), x.weightedGram(weights: [1, 1, 1], chunkRows: 2)] {
            for i in 0..<3 {
                for j in 0..<3 {
                    if let value = exact[i]?[j] {
                        #expect(g[i, j] == value)
                    } else {
                        #expect(g[i, j].isNaN)
                    }
                }
            }
        }
    }

    @Test func zeroWeightDoesNotMaskNaN() {
        let x = Matrix(rowMajor: [[1, 2], [.nan, 1]])
        let g = x.weightedGram(weights: [1, 0])
        #expect(g[0, 0].isNaN && g[0, 1].isNaN && g[1, 1] == 4)
    }

    @Test func nanWeightPropagates() {
        let g = Matrix(rowMajor: [[1, 2], [3, 1]]).weightedGram(weights: [1, .nan])
        #expect(g.storage.allSatisfy { $0.isNaN })
    }

    @Test func negativeWeightIsAProgrammerError() async {
        await #expect(processExitsWith: .failure) {
            _ = Matrix(rowMajor: [[1], [2]]).weightedGram(weights: [1, -0.5])
        }
    }

    @Test func zeroChunkIsAProgrammerError() async {
        await #expect(processExitsWith: .failure) {
            _ = Matrix(rowMajor: [[1], [2]]).weightedGram(weights: [1, 1], chunkRows: 0)
        }
    }
}
