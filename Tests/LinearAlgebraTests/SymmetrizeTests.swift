import Testing

@testable import LinearAlgebra

@Suite struct SymmetrizeTests {
    @Test func copiesUpperOntoLower() {
        // Upper triangle 1 2 3 / 5 6 / 9; the lower triangle holds garbage to be overwritten.
        var a: [Double] = [1, -1, -1, 2, 5, -1, 3, 6, 9]
        symmetrizeFromUpper(&a, order: 3)
        #expect(
            Matrix(rows: 3, columns: 3, columnMajor: a)
                == Matrix(rowMajor: [[1, 2, 3], [2, 5, 6], [3, 6, 9]]))
    }

    @Test func matrixMethod() {
        var m = Matrix(rowMajor: [[1, 2], [0, 4]])
        m.symmetrizeFromUpper()
        #expect(m == Matrix(rowMajor: [[1, 2], [2, 4]]))
    }

    @Test func emptyAndOne() {
        var empty: [Double] = []
        symmetrizeFromUpper(&empty, order: 0)
        #expect(empty.isEmpty)
        var one: [Double] = [.nan]
        symmetrizeFromUpper(&one, order: 1)
        #expect(one[0].isNaN)
    }

    @Test func nonSquareIsAProgrammerError() async {
        await #expect(processExitsWith: .failure) {
            var m = Matrix(rows: 2, columns: 3)
            m.symmetrizeFromUpper()
        }
    }
}
