import Testing

@testable import LinearAlgebra

@Suite struct MatrixColumnsTests {
    let m = Matrix(rowMajor: [[1, 2, 3], [4, 5, 6]])

    @Test func columnIsAViewWithStorageIndices() {
        let c = m.column(1)
        #expect(Array(c) == [2, 5])
        #expect(c.startIndex == 2 && c.endIndex == 4)
        #expect(Array(m.column(2)) == [3, 6])
    }

    @Test func columnDoesNotCopyStorage() {
        let c = m.column(0)
        let columnAddress = c.withUnsafeBufferPointer { $0.baseAddress }
        let storageAddress = m.storage.withUnsafeBufferPointer { $0.baseAddress }
        #expect(columnAddress == storageAddress)
    }

    @Test func withMutableColumnWritesInPlace() {
        var x = Matrix(rows: 5, columns: 3)
        let before = x.storage.withUnsafeBufferPointer { $0.baseAddress }
        let count = x.withMutableColumn(1) { column -> Int in
            for k in column.indices { column[k] = Double(k + 10) }
            return column.count
        }
        let after = x.storage.withUnsafeBufferPointer { $0.baseAddress }
        #expect(count == 5)
        #expect(before == after)  // no reallocation: the column was written where it lives
        #expect(Array(x.column(1)) == [10, 11, 12, 13, 14])
        #expect(Array(x.column(0)) == [0, 0, 0, 0, 0] && Array(x.column(2)) == [0, 0, 0, 0, 0])
    }

    @Test func withMutableColumnKeepsValueSemantics() {
        var x = m
        let copy = x
        x.withMutableColumn(0) { $0[0] = 100 }
        #expect(x[0, 0] == 100)
        #expect(copy[0, 0] == 1)  // the copy is untouched (copy-on-write happened once)
    }

    @Test func withMutableColumnRethrows() {
        struct Stop: Error {}
        var x = m
        #expect(throws: Stop.self) {
            try x.withMutableColumn(0) { _ in throw Stop() }
        }
    }

    @Test func setColumn() {
        var x = m
        x.setColumn(2, to: [-1, -2])
        #expect(x == Matrix(rowMajor: [[1, 2, -1], [4, 5, -2]]))
    }

    @Test func zeroRowColumnsAreEmpty() {
        var x = Matrix(rows: 0, columns: 2)
        #expect(x.column(1).isEmpty)
        #expect(x.withMutableColumn(0) { $0.count } == 0)
    }

    @Test func columnOutOfRangeIsAProgrammerError() async {
        await #expect(processExitsWith: .failure) {
            _ = Matrix(rows: 2, columns: 2).column(2)
        }
    }
}
