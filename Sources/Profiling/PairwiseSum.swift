/// The sum of `f(x_i)` by numpy's pairwise summation, which it uses for `sum`, `mean`, `var` and
/// `std` of contiguous float arrays; the same order of operations gives the same bits.
///
/// ```
/// n < 8:     ((f(x_0) + f(x_1)) + ...) + f(x_{n-1}), from 0
/// n <= 128:  eight running sums r_j over x_{j}, x_{j+8}, ...;
///            ((r_0 + r_1) + (r_2 + r_3)) + ((r_4 + r_5) + (r_6 + r_7)), then the last n mod 8 terms
/// n > 128:   sum(first m) + sum(rest),  m = ⌊n/2⌋ rounded down to a multiple of 8
/// ```
/// The rounding error grows like O(ε log n) instead of the O(ε n) of a running sum.
///
/// References: N. J. Higham (1993), "The accuracy of floating point summation", *SIAM J. Sci.
/// Comput.* 14(4), 783-799; numpy `pairwise_sum` (numpy/_core/src/umath/loops_utils.h.src).
@inline(__always)
func pairwiseSum(_ x: UnsafeBufferPointer<Double>, _ f: (Double) -> Double) -> Double {
    guard let base = x.baseAddress else { return 0 }
    return pairwiseSum(base, x.count, f)
}

private func pairwiseSum(_ a: UnsafePointer<Double>, _ n: Int, _ f: (Double) -> Double) -> Double {
    if n < 8 {
        var sum = 0.0
        for i in 0..<n { sum += f(a[i]) }
        return sum
    }
    if n <= 128 {
        var r0 = f(a[0]), r1 = f(a[1]), r2 = f(a[2]), r3 = f(a[3])
        var r4 = f(a[4]), r5 = f(a[5]), r6 = f(a[6]), r7 = f(a[7])
        let blocks = n - n % 8
        var i = 8
        while i < blocks {
            r0 += f(a[i])
            r1 += f(a[i + 1])
            r2 += f(a[i + 2])
            r3 += f(a[i + 3])
            r4 += f(a[i + 4])
            r5 += f(a[i + 5])
            r6 += f(a[i + 6])
            r7 += f(a[i + 7])
            i += 8
        }
        var sum = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
        while i < n {
            sum += f(a[i])
            i += 1
        }
        return sum
    }
    var half = n / 2
    half -= half % 8
    return pairwiseSum(a, half, f) + pairwiseSum(a + half, n - half, f)
}
