import CBLAS

/// The number of threads OpenBLAS uses inside one BLAS/LAPACK call.
///
/// The setting is process-wide (`openblas_set_num_threads`). When work is split across your own
/// threads (each calling the row-range kernels on its own rows), set it to 1 first: OpenBLAS's own
/// threads would only compete with yours (see PERFORMANCE.md: `dsyrk` on 51 columns gains nothing
/// from a second OpenBLAS thread). Set it before starting those threads, not while they run.
public enum BLASThreads {
    /// Sets the number of OpenBLAS threads for the whole process.
    ///
    /// - Precondition: `n >= 1`.
    public static func set(_ n: Int) {
        precondition(n >= 1, "BLASThreads.set: \(n) threads")
        openblas_set_num_threads(blasInt(n, "thread count"))
    }

    /// The number of threads OpenBLAS currently uses per call.
    public static var current: Int {
        Int(openblas_get_num_threads())
    }

    /// The number of processors OpenBLAS detected.
    public static var processors: Int {
        Int(openblas_get_num_procs())
    }
}
