import Foundation

/// The standard normal distribution N(0, 1).
///
/// ```
/// φ(x) = exp(-x²/2) / √(2π),     Φ(x) = ∫_{-∞}^x φ(t) dt
/// ```
/// All functions are accurate in both tails: the cumulative functions use W. J. Cody's rational
/// Chebyshev approximations (Cody 1969; ALGORITHM 715, 1993), which are accurate to about 18 digits,
/// together with an exact splitting of `x²` so that `exp(-x²/2)` loses nothing to the rounding of
/// `x²`. Relative accuracy is about `1e-15` down to `Φ(-37.5) ≈ 4.6e-308`; below that the results
/// are subnormal numbers (correct to their reduced precision) and then 0. The quantile uses
/// Wichura's AS 241 (PPND16), accurate to about 1 part in `10^16`.
///
/// Special values: NaN in gives NaN out; `±inf` give the limits. Probabilities outside `[0, 1]` give
/// NaN in the quantile functions.
///
/// References: W. J. Cody (1969), "Rational Chebyshev approximations for the error function",
/// *Math. Comp.* 23, 631-637; W. J. Cody (1993), "Algorithm 715: SPECFUN", *ACM TOMS* 19, 22-32;
/// M. J. Wichura (1988), "Algorithm AS 241: the percentage points of the normal distribution",
/// *Applied Statistics* 37, 477-484.
public enum Normal {
    /// The density `φ(x) = exp(-x²/2) / √(2π)`.
    ///
    /// `x²/2` is split as `h²/2 + (x - h)(x + h)/2` with `h = ⌊16|x|⌋/16`, so the first part is
    /// exact and the relative error stays at a few ulps even at `|x| = 38`.
    /// - Returns: `φ(x)`; 0 at `±inf`; NaN for NaN.
    public static func density(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        let y = abs(x)
        if y < 1 { return inverseSqrtTwoPi * exp(-0.5 * x * x) }
        if y > 40 { return 0 }  // below the smallest subnormal; also +-inf
        return gaussianFactor(y, times: inverseSqrtTwoPi)
    }

    /// The cumulative distribution function `Φ(x) = P(Z <= x)`.
    ///
    /// Cody's approximations in three ranges of `|x|` (`<= 0.66291`, `<= √32`, beyond), the last two
    /// as `exp(-x²/2)` times a rational function of `|x|` or `1/x²`. `Φ(-x) = 1 - Φ(x)` is computed
    /// from the same small tail, so both tails are accurate.
    /// - Returns: `Φ(x)` in `[0, 1]`; 0 at `-inf`, 1 at `+inf`; NaN for NaN.
    public static func cdf(_ x: Double) -> Double {
        tails(x).lower
    }

    /// The survival function `1 - Φ(x) = Φ(-x) = P(Z > x)`, accurate for large `x`.
    /// - Returns: `Φ(-x)`; 1 at `-inf`, 0 at `+inf`; NaN for NaN.
    public static func survival(_ x: Double) -> Double {
        tails(x).upper
    }

    /// `log Φ(x)`, accurate also far in the lower tail where `Φ(x)` underflows.
    ///
    /// For `x < -0.66291` it is `-x²/2 + log R(|x|)` with Cody's rational factor `R` (so it stays
    /// finite and accurate to `x ≈ -1e154`, and is `-x²/2 - log(-x) - log √(2π)` beyond); for
    /// `x > 0` it is `log1p(-Φ(-x))`.
    /// - Returns: `log Φ(x)`, in `[-inf, 0]`; NaN for NaN.
    public static func logCDF(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        if x < -codyCentralLimit { return logTail(-x) }
        if x <= 0 { return log(tails(x).lower) }
        return log1p(-tails(x).upper)
    }

    /// `log(1 - Φ(x)) = log Φ(-x)`, accurate also far in the upper tail.
    /// - Returns: `log Φ(-x)`; NaN for NaN.
    public static func logSurvival(_ x: Double) -> Double {
        logCDF(-x)
    }
}

/// `1 / √(2π)`.
let inverseSqrtTwoPi = 0.398_942_280_401_432_677_94

/// Below this `|x|` Cody's central approximation for `Φ(x) - 1/2` is used.
let codyCentralLimit = 0.66291

extension Normal {
    /// `(Φ(x), 1 - Φ(x))`, each computed from the smaller tail so both are accurate.
    static func tails(_ x: Double) -> (lower: Double, upper: Double) {
        if x.isNaN { return (.nan, .nan) }
        let y = abs(x)
        if y <= codyCentralLimit {
            let half = x * centralRatio(y)
            return (0.5 + half, 0.5 - half)
        }
        let tail = y < 40 ? gaussianFactor(y, times: scaledTail(y)) : 0
        return x > 0 ? (1 - tail, tail) : (tail, 1 - tail)
    }

    /// `log Φ(-y)` for `y > 0.66291`.
    static func logTail(_ y: Double) -> Double {
        if y == .infinity { return -.infinity }
        if y > 1e150 {
            return -0.5 * y * y - log(y) - logSqrtTwoPi
        }
        let h = (y * 16).rounded(.towardZero) / 16
        let delta = (y - h) * (y + h)
        return (-0.5 * h * h - 0.5 * delta) + log(scaledTail(y))
    }

    /// `e^(y²/2) (1 - Φ(y))` for `y >= 0`: the normal tail without its Gaussian factor (a Mills
    /// ratio times `φ(0)`). It is Cody's rational function for `y > 0.66291`.
    static func scaledTail(_ y: Double) -> Double {
        if y <= codyCentralLimit {
            return exp(0.5 * y * y) * (0.5 - y * centralRatio(y))
        }
        if y <= sqrt32 {
            var numerator = codyC[8] * y
            var denominator = y
            for i in 0..<7 {
                numerator = (numerator + codyC[i]) * y
                denominator = (denominator + codyD[i]) * y
            }
            return (numerator + codyC[7]) / (denominator + codyD[7])
        }
        let s = 1 / (y * y)
        var numerator = codyP[5] * s
        var denominator = s
        for i in 0..<4 {
            numerator = (numerator + codyP[i]) * s
            denominator = (denominator + codyQ[i]) * s
        }
        let ratio = s * (numerator + codyP[4]) / (denominator + codyQ[4])
        return (inverseSqrtTwoPi - ratio) / y
    }

    /// `(Φ(x) - 1/2) / x` for `|x| <= 0.66291` (Cody's first approximation).
    private static func centralRatio(_ y: Double) -> Double {
        let s = y > 1.1e-16 ? y * y : 0
        var numerator = codyA[4] * s
        var denominator = s
        for i in 0..<3 {
            numerator = (numerator + codyA[i]) * s
            denominator = (denominator + codyB[i]) * s
        }
        return (numerator + codyA[3]) / (denominator + codyB[3])
    }

    /// `exp(-y²/2) · factor` with `y² = h² + (y - h)(y + h)`, `h = ⌊16 y⌋ / 16`: `h²/2` is exact, so the
    /// large part of the exponent carries no rounding error (Cody's device). When the result would be
    /// subnormal it is rounded into the subnormal range only once.
    static func gaussianFactor(_ y: Double, times factor: Double) -> Double {
        let h = (y * 16).rounded(.towardZero) / 16
        let delta = (y - h) * (y + h)
        if h > 37.5 {
            // exp(-h²/2) would be subnormal: use its exact square root e^(-h²/4) twice, so the result
            // is rounded into the subnormal range only by the last multiplication.
            let root = exp(-0.25 * h * h)
            return (root * (exp(-0.5 * delta) * factor)) * root
        }
        return exp(-0.5 * h * h) * exp(-0.5 * delta) * factor
    }
}

private let sqrt32 = 5.656_854_249_492_380_195_2

// Cody (1993), ANORM: coefficients of the three rational approximations.
private let codyA: [Double] = [
    2.2352520354606839287, 161.02823106855587881, 1067.6894854603709582, 18154.981253343561249,
    0.065682337918207449113,
]
private let codyB: [Double] = [
    47.20258190468824187, 976.09855173777669322, 10260.932208618978205, 45507.789335026729956,
]
private let codyC: [Double] = [
    0.39894151208813466764, 8.8831497943883759412, 93.506656132177855979, 597.27027639480026226,
    2494.5375852903726711, 6848.1904505362823326, 11602.651437647350124, 9842.7148383839780218,
    1.0765576773720192317e-8,
]
private let codyD: [Double] = [
    22.266688044328115691, 235.38790178262499861, 1519.377599407554805, 6485.558298266760755,
    18615.571640885098091, 34900.952721145977266, 38912.003286093271411, 19685.429676859990727,
]
private let codyP: [Double] = [
    0.21589853405795699, 0.1274011611602473639, 0.022235277870649807, 0.001421619193227893466,
    2.9112874951168792e-5, 0.02307344176494017303,
]
private let codyQ: [Double] = [
    1.28426009614491121, 0.468238212480865118, 0.0659881378689285515, 0.00378239633202758244,
    7.29751555083966205e-5,
]
