import CBLAS

/// The inner product of two vectors (BLAS `ddot`).
///
/// ```
/// dot(x, y) = sum_i x[i] * y[i]
/// ```
/// The empty sum is 0. NaN or infinity in either vector propagates by IEEE arithmetic (OpenBLAS does
/// not skip zero entries, so `0 * NaN` gives NaN).
/// - Precondition: `x.count == y.count`.
public func dot(_ x: [Double], _ y: [Double]) -> Double {
    precondition(x.count == y.count, "dot: vectors of \(x.count) and \(y.count) entries")
    if x.isEmpty { return 0 }
    return cblas_ddot(blasInt(x.count), x, 1, y, 1)
}
