import Foundation

/// `log(1 + x) - x`, accurate for small `|x|` where the two terms cancel.
///
/// ```
/// log(1 + x) - x = -u x + 2 (u^3/3 + u^5/5 + ...),   u = x / (2 + x)
/// ```
/// For `|x| <= 0.5` the series in `u` (from `log(1 + x) = 2 atanh(u)`) has only terms of one sign
/// beyond the first, so it loses nothing to cancellation; elsewhere the direct difference is safe
/// because `|log(1 + x) - x| > 0.09 |x|`.
///
/// - Parameter x: a value `> -1`; `-1` gives `-inf`, below `-1` NaN.
/// - Returns: `log(1 + x) - x` to a relative error of a few ulps.
///
/// Reference: Abramowitz & Stegun (1964) 4.1.29; the same quantity is `-rlog1` in Didonato & Morris
/// (1992), TOMS 708.
func log1pMinusX(_ x: Double) -> Double {
    guard abs(x) <= 0.5 else { return log1p(x) - x }
    let u = x / (2 + x)
    let u2 = u * u
    // sum_{k>=1} u^(2k) / (2k + 1), Horner from k = 20 down (u^2 <= 1/9, so 1/9^20 < 1e-19).
    var series = 0.0
    var k = 20
    while k >= 1 {
        series = u2 * (1 / Double(2 * k + 1) + series)
        k -= 1
    }
    return -u * x + 2 * u * series
}

/// The saddle-point deviance `count * log(count / mean) + mean - count`, given the relative gap
/// `g = (mean - count) / count`, which the caller computes accurately.
///
/// ```
/// D = count * (g - log(1 + g)),   g = (mean - count) / count
/// ```
/// `D >= 0`, with `D ~ (mean - count)^2 / (2 count)` near the mean. For `|g| <= 1/2` it is
/// `-count * log1pMinusX(g)`, which keeps its relative accuracy where the textbook form cancels;
/// further out `log(1 + g)` is taken as `log(mean / count)`, because `1 + g` itself would lose the
/// digits of `mean` when `mean << count`. The binomial, Poisson, gamma and beta densities are
/// `exp(-D)` times simple factors.
///
/// Reference: C. Loader (2000), "Fast and accurate computation of binomial probabilities"
/// (the function `bd0`); Didonato & Morris (1992), TOMS 708 (`rlog1`).
func saddlePointDeviance(count: Double, mean: Double, relativeGap g: Double) -> Double {
    if abs(g) <= 0.5 { return -count * log1pMinusX(g) }
    return count * (g - log(mean / count))
}
