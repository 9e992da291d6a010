import Foundation

/// `x^a y^b / B(a, b)` with `y = 1 - x`: the factor in front of every series and continued fraction
/// for the incomplete beta function (Didonato & Morris 1992, `brcomp`).
///
/// For `min(a, b) >= 8` it is evaluated in Stirling-saddle-point form
/// ```
/// x^a y^b / B(a, b) = √(ab / (2π(a+b))) · exp(-bd0(a, (a+b)x) - bd0(b, (a+b)y) - δ(a) - δ(b) + δ(a+b))
/// ```
/// with the deviances `bd0` computed from the compensated gap `λ = a - (a+b)x`, so the relative error
/// stays near `eps · (1 + exponent)` even for `a, b ~ 1e6` (the textbook `exp(a log x + b log y - log B)`
/// loses `eps · (a + b)`). Otherwise it is `x^a · y^b · (1/B(a, b))`, the powers taken by `pow` of
/// whichever of `x` and `y` is exact (as `exp(b log1p(-x))` for the other) and `1/B` from
/// `reciprocalATimesBeta`; logarithms are summed instead only when a factor would leave the normal
/// range.
///
/// - Parameters: `x` and `y` must both be accurate (`y = 1 - x` as exact as the caller can make it).
func betaPowerTerms(_ a: Double, _ b: Double, _ x: Double, _ y: Double) -> Double {
    let split = logBetaPowerTerms(a, b, x, y, preferProduct: true)
    return exp(split.value) * split.factor
}

/// The logarithm of `x^a y^b / B(a, b)`.
func logBetaPowerTerms(_ a: Double, _ b: Double, _ x: Double, _ y: Double) -> Double {
    let split = logBetaPowerTerms(a, b, x, y, preferProduct: false)
    return split.value + log(split.factor)
}

/// The value as `exp(value) * factor`, with `factor` a moderate number computed without logarithms
/// where that is more accurate.
private func logBetaPowerTerms(
    _ a: Double, _ b: Double, _ x: Double, _ y: Double, preferProduct: Bool
) -> (value: Double, factor: Double) {
    if x == 0 || y == 0 { return (-.infinity, 1) }
    if min(a, b) >= 8 {
        let lambda = x <= y ? compensatedGap(a, b, x) : -compensatedGap(b, a, y)
        // The mean counts are (a + b) x = a - λ and (a + b) y = b + λ; the deviances take the gap
        // from λ and, far from the mean, the ratio count/mean from the products.
        let n = a + b
        let u = saddlePointDeviance(count: a, mean: n * x, relativeGap: -lambda / a)
        let v = saddlePointDeviance(count: b, mean: n * y, relativeGap: lambda / b)
        let correction = stirlingCorrection(a) + stirlingCorrection(b) - stirlingCorrection(a + b)
        let scale = (b * (a / (a + b))).squareRoot() * inverseSqrtTwoPi
        return (-(u + v) - correction, scale)
    }
    // x^a and y^b as powers of the accurate one of x and y: pow is correctly rounded to within an
    // ulp, while exp(a log x) would carry the rounding of a log x (|a log x| ulps).
    let powerX: Double
    let powerY: Double
    let logX: Double
    let logY: Double
    if x <= 0.375 {
        logX = log(x)
        logY = log1p(-x)
        powerX = pow(x, a)
        powerY = exp(b * logY)
    } else if y <= 0.375 {
        logX = log1p(-y)
        logY = log(y)
        powerX = exp(a * logX)
        powerY = pow(y, b)
    } else {
        logX = log(x)
        logY = log(y)
        powerX = pow(x, a)
        powerY = pow(y, b)
    }
    let reciprocalBeta = a * reciprocalATimesBeta(a, b)
    let product = powerX * powerY
    if preferProduct && product > 1e-290 && reciprocalBeta.isNormal && reciprocalBeta < 1e290 {
        return (0, product * reciprocalBeta)
    }
    return (a * logX + b * logY + log(reciprocalBeta), 1)
}
