import Testing

@testable import LinearAlgebra

@Suite struct LinearAlgebraErrorTests {
    @Test func messages() {
        #expect(
            LinearAlgebraError.notPositiveDefinite(order: 3).description
                == "matrix is not positive definite: the leading minor of order 3 is not positive")
        #expect(
            LinearAlgebraError.singular(index: 2).description
                == "matrix is singular or rank-deficient at pivot/column 2 (1-based)")
        #expect(
            LinearAlgebraError.illegalArgument(routine: "dgesv", position: 4).description
                == "LAPACK dgesv: argument 4 had an illegal value")
        #expect(
            LinearAlgebraError.didNotConverge(routine: "dsyevd", info: 7).description
                == "LAPACK dsyevd did not converge (info 7)")
        #expect(
            LinearAlgebraError.outOfMemory(routine: "dgels").description
                == "LAPACK dgels: could not allocate workspace")
        #expect(
            LinearAlgebraError.nonFiniteEntry(row: 1, column: 0).description
                == "matrix entry at row 1, column 0 (0-based) is NaN or infinite")
    }

    @Test func equality() {
        #expect(LinearAlgebraError.singular(index: 1) == .singular(index: 1))
        #expect(LinearAlgebraError.singular(index: 1) != .notPositiveDefinite(order: 1))
    }
}
