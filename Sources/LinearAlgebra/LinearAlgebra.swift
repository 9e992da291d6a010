import CBLAS
import CLAPACKE

// Placeholder: the LinearAlgebra module.
func _probe() -> Double {
    var a: [Double] = [4, 2, 2, 3]
    let info = LAPACKE_dpotrf(LAPACK_COL_MAJOR, CChar(UInt8(ascii: "U")), 2, &a, 2)
    openblas_set_num_threads(1)
    return cblas_ddot(2, a, 1, a, 1) + Double(info)
}
