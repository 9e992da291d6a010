import Testing

@testable import LinearAlgebra

@Suite struct MatrixDescriptionTests {
    @Test func smallMatrixShowsEveryEntryAligned() {
        let m = Matrix(rowMajor: [[1, 2, 3], [4, 5, -6.5]])
        #expect(m.description == "2 x 3 matrix\n[1.0  2.0   3.0]\n[4.0  5.0  -6.5]")
    }

    @Test func emptyMatrixShowsItsShape() {
        #expect(Matrix(rows: 0, columns: 3).description == "0 x 3 matrix")
    }

    @Test func specialValues() {
        let m = Matrix(rowMajor: [[.nan, .infinity, -.infinity]])
        #expect(m.description == "1 x 3 matrix\n[nan  inf  -inf]")
    }

    @Test func largeMatrixIsElided() {
        let m = Matrix(rows: 20, columns: 10, columnMajor: (0..<200).map { Double($0) })
        let lines = m.description.split(separator: "\n")
        #expect(lines.count == 1 + 13)  // header, 6 rows, "...", 6 rows
        #expect(lines[0] == "20 x 10 matrix")
        #expect(lines[7].allSatisfy { $0 == "[" || $0 == "]" || $0 == "." || $0 == " " })
        // First row: columns 0-3, "...", columns 6-9; entry (i, j) is i + 20 j, so column 0 is as
        // wide as "19.0".
        #expect(lines[1] == "[ 0.0  20.0  40.0  60.0  ...  120.0  140.0  160.0  180.0]")
    }
}
