import Testing

@testable import LinearAlgebra

@Suite struct MatrixTests {
    @Test func initializersAgreeOnLayout() {
        // [1 2 3]
        // [4 5 6]
        let byRows = Matrix(rowMajor: [[1, 2, 3], [4, 5, 6]])
        let byColumns = Matrix(columns: [[1, 4], [2, 5], [3, 6]])
        let raw = Matrix(rows: 2, columns: 3, columnMajor: [1, 4, 2, 5, 3, 6])
        #expect(byRows == raw)
        #expect(byColumns == raw)
        #expect(raw.rows == 2 && raw.columns == 3)
        #expect(raw[0, 2] == 3 && raw[1, 0] == 4 && raw[1, 2] == 6)
    }

    @Test func repeatingValue() {
        let m = Matrix(rows: 3, columns: 2, repeating: 7.5)
        #expect(m.storage == Array(repeating: 7.5, count: 6))
        #expect(Matrix(rows: 2, columns: 2).storage == [0, 0, 0, 0])
    }

    @Test func subscriptSetsOneEntry() {
        var m = Matrix(rows: 3, columns: 4)
        m[2, 1] = -1.25
        #expect(m.storage[2 + 1 * 3] == -1.25)
        #expect(m.storage.filter { $0 != 0 }.count == 1)
    }

    @Test func identity() {
        let i3 = Matrix.identity(3)
        #expect(i3 == Matrix(rowMajor: [[1, 0, 0], [0, 1, 0], [0, 0, 1]]))
        #expect(Matrix.identity(1) == Matrix(rowMajor: [[1]]))
        #expect(Matrix.identity(0).storage.isEmpty)
    }

    @Test func diagonalOfRectangularMatrices() {
        #expect(Matrix(rowMajor: [[1, 2, 3], [4, 5, 6]]).diagonal == [1, 5])
        #expect(Matrix(rowMajor: [[1, 2], [3, 4], [5, 6]]).diagonal == [1, 4])
        #expect(Matrix(rows: 0, columns: 3).diagonal == [])
    }

    @Test func transposeSwapsIndices() {
        // Larger than one 32 x 32 tile in both directions, with ragged edges.
        let m = Matrix(rows: 37, columns: 70, columnMajor: (0..<(37 * 70)).map { Double($0) })
        let t = m.transposed()
        #expect(t.rows == 70 && t.columns == 37)
        for i in 0..<37 {
            for j in 0..<70 {
                #expect(t[j, i] == m[i, j])
            }
        }
        #expect(t.transposed() == m)
        #expect(Matrix(rowMajor: [[1, 2, 3]]).transposed() == Matrix(columns: [[1, 2, 3]]))
    }

    @Test func emptyShapes() {
        let zeroRows = Matrix(rows: 0, columns: 4)
        #expect(zeroRows.storage.isEmpty && zeroRows.columns == 4)
        #expect(zeroRows.transposed().rows == 4 && zeroRows.transposed().columns == 0)
        #expect(Matrix(rowMajor: []) == Matrix(rows: 0, columns: 0))
        #expect(Matrix(columns: []) == Matrix(rows: 0, columns: 0))
        #expect(Matrix(columns: [[], []]).columns == 2)
    }

    @Test func oneByOne() {
        let m = Matrix(rowMajor: [[-3]])
        #expect(m.transposed() == m && m.diagonal == [-3] && m.isSquare)
    }

    @Test func equalityFollowsIEEE() {
        let withNaN = Matrix(rowMajor: [[.nan]])
        #expect(withNaN != withNaN)
        #expect(Matrix(rowMajor: [[0.0]]) == Matrix(rowMajor: [[-0.0]]))
        #expect(Matrix(rows: 2, columns: 3) != Matrix(rows: 3, columns: 2))
    }

    @Test func wrongEntryCountIsAProgrammerError() async {
        await #expect(processExitsWith: .failure) {
            _ = Matrix(rows: 2, columns: 2, columnMajor: [1, 2, 3])
        }
    }

    @Test func outOfRangeIndexIsAProgrammerError() async {
        await #expect(processExitsWith: .failure) {
            let m = Matrix(rows: 2, columns: 2)
            _ = m[2, 0]
        }
    }
}
