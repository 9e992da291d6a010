/// The polynomial `c_0 + c_1 x + ... + c_n x^n` with `coefficients = [c_0, ..., c_n]`, by Horner's
/// rule from the highest coefficient down:
/// ```
/// p = c_n;   p = p x + c_k   for k = n - 1, ..., 0
/// ```
/// `n` multiplications and `n` additions; the rounding error is at most about `2n eps sum |c_k x^k|`
/// (Higham, Accuracy and Stability of Numerical Algorithms, 2nd ed., 2002, section 5.1).
/// - Precondition: at least one coefficient.
@inline(__always)
func polynomial(_ coefficients: [Double], at x: Double) -> Double {
    precondition(!coefficients.isEmpty, "a polynomial needs at least one coefficient")
    var sum = coefficients[coefficients.count - 1]
    var k = coefficients.count - 2
    while k >= 0 {
        sum = sum * x + coefficients[k]
        k -= 1
    }
    return sum
}
