import CLAPACKE

// Internal glue shared by the BLAS and LAPACK wrappers. Nothing here is public: no C type leaves
// this module.

/// `n` as a BLAS/LAPACK integer (32-bit `blasint`/`lapack_int`).
///
/// - Precondition: `0 <= n <= Int32.max`; larger dimensions do not fit the 32-bit interface.
@inline(__always)
func blasInt(_ n: Int, _ what: @autoclosure () -> String = "dimension") -> Int32 {
    precondition(
        n >= 0 && n <= Int(Int32.max),
        "LinearAlgebra: \(what()) \(n) does not fit BLAS/LAPACK's 32-bit integers")
    return Int32(truncatingIfNeeded: n)
}

/// The leading dimension to pass for a matrix with `rows` rows: LAPACKE requires at least 1.
@inline(__always)
func leadingDimension(_ rows: Int) -> Int32 {
    blasInt(Swift.max(rows, 1), "leading dimension")
}

/// LAPACK's single-character options.
enum LAPACKOption {
    static let upper = CChar(UInt8(ascii: "U"))
    static let eigenvaluesOnly = CChar(UInt8(ascii: "N"))
    static let eigenvaluesAndVectors = CChar(UInt8(ascii: "V"))
    static let oneNorm = CChar(UInt8(ascii: "1"))
}

/// Turns a negative LAPACKE `info` into a typed error; positive values mean something different
/// for each routine and are left to the caller.
@inline(__always)
func throwIfIllegal(_ info: Int32, routine: String) throws(LinearAlgebraError) {
    guard info < 0 else { return }
    if info == LAPACK_WORK_MEMORY_ERROR || info == LAPACK_TRANSPOSE_MEMORY_ERROR {
        throw .outOfMemory(routine: routine)
    }
    throw .illegalArgument(routine: routine, position: Int(-info))
}

extension Matrix {
    /// Throws `.nonFiniteEntry` for the first NaN or infinite entry in column-major order.
    func checkFinite() throws(LinearAlgebraError) {
        let m = rows
        let index: Int? = storage.withUnsafeBufferPointer { buffer in
            // Fast, vectorizable scan first; find the position only when something is wrong.
            var allFinite = true
            for value in buffer where !value.isFinite {
                allFinite = false
                break
            }
            return allFinite ? nil : buffer.firstIndex { !$0.isFinite }
        }
        if let index {
            throw .nonFiniteEntry(row: index % m, column: index / m)
        }
    }

    /// Throws `.nonFiniteEntry` for the first NaN or infinite entry on or above the diagonal of a
    /// square matrix (the triangle LAPACK's symmetric routines read with `uplo = "U"`).
    func checkFiniteUpperTriangle() throws(LinearAlgebraError) {
        let n = columns
        let position: (row: Int, column: Int)? = storage.withUnsafeBufferPointer { a in
            for j in 0..<n {
                for i in 0...j where !a[i + j * n].isFinite {
                    return (i, j)
                }
            }
            return nil
        }
        if let position {
            throw .nonFiniteEntry(row: position.row, column: position.column)
        }
    }
}
