import CLAPACKE
import Testing

@testable import LinearAlgebra

@Suite struct LAPACKSupportTests {
    @Test func blasIntegers() {
        #expect(blasInt(0) == 0)
        #expect(blasInt(Int(Int32.max)) == Int32.max)
        #expect(leadingDimension(0) == 1)
        #expect(leadingDimension(37) == 37)
    }

    @Test func dimensionBeyondInt32IsAProgrammerError() async {
        await #expect(processExitsWith: .failure) {
            _ = blasInt(Int(Int32.max) + 1)
        }
    }

    @Test func negativeInfoBecomesATypedError() {
        #expect(throws: LinearAlgebraError.illegalArgument(routine: "dpotrf", position: 4)) {
            try throwIfIllegal(-4, routine: "dpotrf")
        }
        #expect(throws: LinearAlgebraError.outOfMemory(routine: "dgeqp3")) {
            try throwIfIllegal(LAPACK_WORK_MEMORY_ERROR, routine: "dgeqp3")
        }
        #expect(throws: Never.self) { try throwIfIllegal(0, routine: "dpotrf") }
        #expect(throws: Never.self) { try throwIfIllegal(2, routine: "dpotrf") }
    }

    @Test func realLAPACKCallReportsIllegalArgument() {
        // lda = 1 < n = 2 is illegal: LAPACKE reports argument 5 of LAPACKE_dpotrf (LAPACK's
        // xerbla also prints "parameter number 4", its own Fortran numbering, on stderr).
        var a: [Double] = [4, 2, 2, 3]
        let info = LAPACKE_dpotrf(LAPACK_COL_MAJOR, LAPACKOption.upper, 2, &a, 1)
        #expect(throws: LinearAlgebraError.illegalArgument(routine: "dpotrf", position: 5)) {
            try throwIfIllegal(info, routine: "dpotrf")
        }
    }

    @Test func finiteChecksNameTheFirstBadEntry() {
        let m = Matrix(rowMajor: [[1, 2, 3], [4, .infinity, .nan]])
        #expect(throws: LinearAlgebraError.nonFiniteEntry(row: 1, column: 1)) {
            try m.checkFinite()
        }
        #expect(throws: Never.self) { try Matrix(rows: 0, columns: 3).checkFinite() }
        #expect(throws: Never.self) { try Matrix.identity(3).checkFinite() }
    }

    @Test func upperTriangleCheckIgnoresTheLowerTriangle() {
        let lowerBad = Matrix(rowMajor: [[1, 2], [.nan, 3]])
        #expect(throws: Never.self) { try lowerBad.checkFiniteUpperTriangle() }
        let upperBad = Matrix(rowMajor: [[1, -.infinity], [0, 3]])
        #expect(throws: LinearAlgebraError.nonFiniteEntry(row: 0, column: 1)) {
            try upperBad.checkFiniteUpperTriangle()
        }
    }
}
