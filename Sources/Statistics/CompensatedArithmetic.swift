// Error-free transformations used where a statistic is ill-conditioned in one difference.

/// The rounding error of `a + b`: `(a + b) - fl(a + b)`, exactly (Knuth's TwoSum).
///
/// Reference: D. E. Knuth, *The Art of Computer Programming* vol. 2, 4.2.2, theorem B.
@inline(__always)
func roundingErrorOfSum(_ a: Double, _ b: Double, sum s: Double) -> Double {
    let bVirtual = s - a
    let aVirtual = s - bVirtual
    return (a - aVirtual) + (b - bVirtual)
}

/// `a - (a + b) x`, the signed distance of `a` from the mean count `(a + b) x`, computed with the
/// rounding errors of the sum and of the product compensated (TwoSum and a fused multiply-add).
///
/// The beta and binomial densities depend on this gap through a term of size `gap^2 / n`; an
/// uncompensated `a - (a + b) * x` would carry an absolute error of about `eps (a + b) x`, which
/// for `a + b = 1e6` costs 9 of the 16 digits in the far tails. Compensated, the gap is accurate to
/// a few units in its own last place (the subtraction `a - p` is exact when `a` and `p` are within a
/// factor of two, by Sterbenz's lemma, and otherwise the gap is large and its relative error small).
///
/// Reference: T. J. Dekker (1971), "A floating-point technique for extending the available precision",
/// *Numerische Mathematik* 18, 224-242.
func compensatedGap(_ a: Double, _ b: Double, _ x: Double) -> Double {
    let n = a + b
    let nError = roundingErrorOfSum(a, b, sum: n)
    let product = n * x
    let productError = (-product).addingProduct(n, x)  // fma(n, x, -product), exact
    return ((a - product) - productError) - nError * x
}
