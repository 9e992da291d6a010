import Foundation

/// The remainder of Stirling's approximation, `δ(x) = log Γ(x) - [(x - 1/2) log x - x + log √(2π)]`.
///
/// ```
/// δ(x) = Σ_{k=1}^{10} B_{2k} / (2k (2k - 1) x^(2k-1))          x >= 10
/// δ(x) = δ(x + 1) + (x + 1/2) log(1 + 1/x) - 1                  x < 10 (recurrence upward)
/// ```
/// The asymptotic series (Abramowitz & Stegun 6.1.40) with ten terms has a truncation error below
/// `2e-20` at `x = 10`. The recurrence adds terms of size `1/(12 x^2)` with an absolute error of a
/// few ulps each. `δ(x) ~ 1/(12 x)` is positive and decreasing.
///
/// It is the piece of `log Γ` that cancels in ratios of gamma functions, so the binomial, Poisson and
/// beta densities evaluate it directly (Loader 2000, `stirlerr`; Didonato & Morris 1992, `bcorr`).
func stirlingCorrection(_ x: Double) -> Double {
    var correction = 0.0
    var y = x
    while y < 10 {
        correction += (y + 0.5) * log1p(1 / y) - 1
        y += 1
    }
    let r = 1 / y
    return polynomial(stirlingCoefficients, at: r * r) * r + correction
}

/// `B_{2k} / (2k (2k - 1))` for `k = 1 ... 10` (exact rationals).
private let stirlingCoefficients: [Double] = [
    1.0 / 12.0, -1.0 / 360.0, 1.0 / 1260.0, -1.0 / 1680.0, 1.0 / 1188.0,
    -691.0 / 360_360.0, 1.0 / 156.0, -3617.0 / 122_400.0, 43867.0 / 244_188.0, -174_611.0 / 125_400.0,
]

/// `log Γ(b) - log Γ(a + b)` for `b >= 8`, without the cancellation of the two large logarithms.
///
/// ```
/// log Γ(b) - log Γ(a + b) = a - (a + b - 1/2) log(1 + a/b) - a log b + δ(b) - δ(a + b)
/// ```
/// (Stirling's formula for both terms; Didonato & Morris 1992 call it `algdiv`.)
func logGammaRatio(_ a: Double, _ b: Double) -> Double {
    let correction = stirlingCorrection(b) - stirlingCorrection(a + b)
    let u = (a + b - 0.5) * log1p(a / b)
    let v = a * (log(b) - 1)
    return u <= v ? (correction - u) - v : (correction - v) - u
}
