import Dispatch
import Synchronization
import Testing

@testable import LinearAlgebra

// Row-range kernels on the interior rows 9..<30 of the 37 x 11 fixture design, against exact sums
// (Fractions) rounded once. Tolerance as for the products: relative 1e-12 plus 1e-12 x the largest
// entry for entries that cancel to nearly zero (error bound n eps sum|terms|, Higham 2002, 3.1).
@Suite struct MatrixRowKernelsTests {
    let f = Fixture["row_kernels"]
    let x = Fixture["gram"]["X"].matrix
    let w = Fixture["gram"]["w"].doubles
    var range: Range<Int> { f["lower"].int..<f["upper"].int }

    @Test func multiplyRowsOnInteriorRange() {
        var y = [Double](repeating: .nan, count: 50)  // a larger reused buffer is shrunk
        x.multiplyRows(range, by: f["beta"].doubles, into: &y)
        #expect(y.count == range.count)
        expectAccurate(y, f["y"].doubles, "X[9..<30] beta")
    }

    @Test func accumulateTransposeMultiplyRowsAddsToG() {
        var g = f["g0"].doubles
        x.accumulateTransposeMultiplyRows(range, by: f["v"].doubles, into: &g)
        expectAccurate(g, f["g"].doubles, "g0 + X[9..<30]' v")
    }

    @Test func accumulateWeightedGramRowsAddsToTheUpperTriangleOnly() {
        var a = f["A0"].matrix.storage
        var scratch: [Double] = []
        x.accumulateWeightedGramRows(range, weights: Array(w[range]), into: &a, scratch: &scratch)
        let expected = f["A_upper_after"].matrix
        // Reference upper triangle = A0 + X'WX; the lower triangle must be A0 untouched.
        let p = x.columns
        for j in 0..<p {
            for i in 0...j {
                #expect(
                    a[i + j * p].isApproximatelyEqual(
                        to: expected[i, j], relativeTolerance: 1e-12,
                        absoluteTolerance: 1e-12 * largestMagnitude(expected.storage)),
                    "A[\(i), \(j)]")
            }
            for i in (j + 1)..<p {
                #expect(a[i + j * p] == f["A0"].matrix[i, j], "lower A[\(i), \(j)] changed")
            }
        }
        #expect(scratch.count >= range.count * (p + 1))
    }

    @Test func chunkedAccumulationEqualsWeightedGram() {
        // Summing chunks of 4 rows over the whole matrix, then symmetrizing, is weightedGram.
        let p = x.columns
        var a = [Double](repeating: 0, count: p * p)
        var scratch: [Double] = []
        for start in stride(from: 0, to: x.rows, by: 4) {
            let chunk = start..<min(start + 4, x.rows)
            x.accumulateWeightedGramRows(
                chunk, weights: Array(w[chunk]), into: &a, scratch: &scratch)
        }
        symmetrizeFromUpper(&a, order: p)
        expectAccurate(a, Fixture["gram"]["XtWX"].matrix.storage, "sum of chunks")
    }

    @Test func quadraticFormsSymmetricAndGeneral() {
        var out: [Double] = []
        var scratch: [Double] = []
        x.rowQuadraticForms(
            range, symmetric: f["M_symmetric"].matrix, into: &out, scratch: &scratch)
        expectAccurate(out, f["quadratic_symmetric"].doubles, "x' M x, M symmetric")
        x.rowQuadraticForms(range, symmetric: f["M_general"].matrix, into: &out, scratch: &scratch)
        expectAccurate(out, f["quadratic_general"].doubles, "x' M x, M general")
    }

    @Test func quadraticFormsAcrossSeveralInternalBlocks() {
        // 9000 rows span three 4096-row blocks; compare with a plain double loop per row.
        let rows = 9000
        let p = 3
        let big = Matrix(
            rows: rows, columns: p,
            columnMajor: (0..<(rows * p)).map { Double(($0 * 7919) % 1013) / 101 - 5 })
        let m = Matrix(rowMajor: [[2, 0.5, -1], [0.5, 3, 0.25], [-1, 0.25, 1.5]])
        var out: [Double] = []
        var scratch: [Double] = []
        big.rowQuadraticForms(3..<rows, symmetric: m, into: &out, scratch: &scratch)
        #expect(out.count == rows - 3)
        #expect(scratch.count <= 4096 * p)
        for k in [0, 4092, 4093, 4094, 8000, rows - 4] {
            let r = k + 3
            var expected = 0.0
            for i in 0..<p {
                for j in 0..<p { expected += big[r, i] * m[i, j] * big[r, j] }
            }
            #expect(
                out[k].isApproximatelyEqual(
                    to: expected, relativeTolerance: 1e-12, absoluteTolerance: 1e-12))
        }
    }

    @Test func emptyRangeChangesNothing() {
        let p = x.columns
        var y: [Double] = [1, 2]
        x.multiplyRows(5..<5, by: f["beta"].doubles, into: &y)
        #expect(y.isEmpty)
        var g = f["g0"].doubles
        x.accumulateTransposeMultiplyRows(5..<5, by: [], into: &g)
        #expect(g == f["g0"].doubles)
        var a = [Double](repeating: 1, count: p * p)
        var scratch: [Double] = []
        x.accumulateWeightedGramRows(37..<37, weights: [], into: &a, scratch: &scratch)
        #expect(a == [Double](repeating: 1, count: p * p))
        var out: [Double] = [3]
        x.rowQuadraticForms(0..<0, symmetric: Matrix.identity(p), into: &out, scratch: &scratch)
        #expect(out.isEmpty)
    }

    @Test func zeroColumns() {
        let empty = Matrix(rows: 3, columns: 0)
        var y: [Double] = []
        empty.multiplyRows(0..<3, by: [], into: &y)
        #expect(y == [0, 0, 0])
        var out: [Double] = []
        var scratch: [Double] = []
        empty.rowQuadraticForms(
            1..<3, symmetric: Matrix(rows: 0, columns: 0), into: &out, scratch: &scratch)
        #expect(out == [0, 0])
    }

    @Test func oneRow() {
        let m = Matrix(rowMajor: [[1, 2], [3, 4], [5, 6]])
        var y: [Double] = []
        m.multiplyRows(1..<2, by: [1, -1], into: &y)
        #expect(y == [-1])
        var g: [Double] = [10, 20]
        m.accumulateTransposeMultiplyRows(2..<3, by: [2], into: &g)
        #expect(g == [20, 32])
        var a: [Double] = [0, 0, 0, 0]
        var scratch: [Double] = []
        m.accumulateWeightedGramRows(0..<1, weights: [9], into: &a, scratch: &scratch)
        #expect(a == [9, 0, 18, 36])  // upper triangle only; (1, 0) untouched
        var out: [Double] = []
        m.rowQuadraticForms(2..<3, symmetric: Matrix.identity(2), into: &out, scratch: &scratch)
        #expect(out == [61])
    }

    @Test func nanPropagatesFromItsRowOnly() {
        let m = Matrix(rowMajor: [[1, 2], [.nan, 4], [5, 6]])
        var y: [Double] = []
        m.multiplyRows(0..<3, by: [0, 1], into: &y)
        #expect(y[0] == 2 && y[1].isNaN && y[2] == 6)
        var out: [Double] = []
        var scratch: [Double] = []
        m.rowQuadraticForms(0..<3, symmetric: Matrix.identity(2), into: &out, scratch: &scratch)
        #expect(out[0] == 5 && out[1].isNaN && out[2] == 61)
    }

    @Test func concurrentUseGivesIdenticalResults() {
        // Two threads run the same kernels on the same matrix with their own buffers, many times
        // over; every result must equal the single-threaded one bit for bit, and the matrix's
        // storage must never be copied (copy-on-write would move it).
        let p = x.columns
        let beta = f["beta"].doubles
        let weights = w
        let matrix = x
        let address = matrix.storage.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }

        @Sendable func pass() -> [Double] {
            var a = [Double](repeating: 0, count: p * p)
            var g = [Double](repeating: 0, count: p)
            var y: [Double] = []
            var out: [Double] = []
            var scratch: [Double] = []
            for start in stride(from: 0, to: matrix.rows, by: 5) {
                let chunk = start..<min(start + 5, matrix.rows)
                matrix.multiplyRows(chunk, by: beta, into: &y)
                matrix.accumulateTransposeMultiplyRows(chunk, by: y, into: &g)
                matrix.accumulateWeightedGramRows(
                    chunk, weights: Array(weights[chunk]), into: &a, scratch: &scratch)
            }
            matrix.rowQuadraticForms(
                0..<matrix.rows, symmetric: Matrix.identity(p), into: &out, scratch: &scratch)
            return a + g + out
        }

        let reference = pass()
        let results = Mutex<[[Double]]>([])
        DispatchQueue.concurrentPerform(iterations: 2) { _ in
            for _ in 0..<200 {
                let r = pass()
                results.withLock { $0.append(r) }
            }
        }
        let all = results.withLock { $0 }
        #expect(all.count == 400)
        #expect(all.allSatisfy { $0 == reference })
        #expect(
            matrix.storage.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) } == address)
    }

    @Test func rangeOutOfBoundsIsAProgrammerError() async {
        await #expect(processExitsWith: .failure) {
            var y: [Double] = []
            Matrix(rows: 3, columns: 1).multiplyRows(2..<4, by: [1], into: &y)
        }
    }

    @Test func weightCountMismatchIsAProgrammerError() async {
        // Full-length weights for a partial range are rejected, not misread.
        await #expect(processExitsWith: .failure) {
            var a: [Double] = [0]
            var scratch: [Double] = []
            Matrix(rows: 3, columns: 1).accumulateWeightedGramRows(
                1..<3, weights: [1, 1, 1], into: &a, scratch: &scratch)
        }
    }
}
