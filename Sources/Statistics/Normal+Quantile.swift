import Foundation

extension Normal {
    /// The quantile function `Φ⁻¹(p)`: the `x` with `Φ(x) = p`.
    ///
    /// Wichura's AS 241 (PPND16): for `|p - ½| <= 0.425` a rational function of degree 7/7 in
    /// `0.180625 - (p - ½)²`; otherwise, with `r = √(-log min(p, 1 - p))`, rational functions of
    /// degree 7/7 in `r - 1.6` (`r <= 5`, i.e. down to `min(p, 1-p) ≈ 1.39e-11`) and in `r - 5`
    /// (beyond). The region boundaries are `p = 0.075`, `0.925`, `exp(-25)` and `1 - exp(-25)`.
    /// Relative accuracy is about `1e-16` in the approximations; `1 - p` is exact for `p >= ½`, so the
    /// upper tail is limited only by the spacing of doubles near 1 (use `survivalQuantile` there).
    /// Below `p = exp(-27²) ≈ 2.5e-317` (subnormal `p`) one Newton step on `log Φ` refines the result.
    ///
    /// - Parameter p: a probability.
    /// - Returns: `x` with `Φ(x) = p`; `-inf` at 0, `+inf` at 1; NaN for NaN or `p` outside `[0, 1]`.
    ///
    /// Reference: M. J. Wichura (1988), "Algorithm AS 241: the percentage points of the normal
    /// distribution", *Applied Statistics* 37(3), 477-484.
    public static func quantile(_ p: Double) -> Double {
        guard p >= 0, p <= 1 else { return .nan }  // also NaN
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }
        let q = p - 0.5
        if abs(q) <= 0.425 {
            return q * centralQuantileRatio(0.180625 - q * q)
        }
        let tail = q < 0 ? p : 1 - p  // 1 - p is exact for p >= 0.5
        let x = tailQuantile(tail)
        return q < 0 ? -x : x
    }

    /// The `x` with `1 - Φ(x) = q`, accurate for tiny `q`: `-Φ⁻¹(q)` by symmetry, so it never forms
    /// `1 - q`.
    ///
    /// - Parameter q: an upper-tail probability.
    /// - Returns: `x` with `Φ(-x) = q`; `+inf` at 0, `-inf` at 1; NaN for NaN or `q` outside `[0, 1]`.
    public static func survivalQuantile(_ q: Double) -> Double {
        -quantile(q)
    }

    /// `Φ⁻¹(1 - tail)` for `0 < tail < 0.075`, as a positive number.
    private static func tailQuantile(_ tail: Double) -> Double {
        let r = (-log(tail)).squareRoot()
        if r <= 5 {
            return nearTailRatio(r - 1.6)
        }
        let x = farTailRatio(r - 5)
        guard r > 27 else { return x }
        // Wichura's far-tail fit is for r <= 27; refine with one Newton step on log Φ(-x) = log(tail),
        // whose derivative is -φ(x)/Φ(-x), the reciprocal of the Mills ratio.
        let logResidual = logTail(x) - log(tail)
        let millsRatio = scaledTail(x) / inverseSqrtTwoPi  // Φ(-x)/φ(x)
        return x + logResidual * millsRatio
    }

    private static func centralQuantileRatio(_ r: Double) -> Double {
        let numerator = (((((((r * 2509.0809287301226727 + 33430.575583588128105) * r
            + 67265.770927008700853) * r + 45921.953931549871457) * r + 13731.693765509461125) * r
            + 1971.5909503065514427) * r + 133.14166789178437745) * r + 3.387132872796366608)
        let denominator = (((((((r * 5226.495278852854561 + 28729.085735721942674) * r
            + 39307.89580009271061) * r + 21213.794301586595867) * r + 5394.1960214247511077) * r
            + 687.1870074920579083) * r + 42.313330701600911252) * r + 1)
        return numerator / denominator
    }

    private static func nearTailRatio(_ r: Double) -> Double {
        let numerator = (((((((r * 7.7454501427834140764e-4 + 0.0227238449892691845833) * r
            + 0.24178072517745061177) * r + 1.27045825245236838258) * r + 3.64784832476320460504) * r
            + 5.7694972214606914055) * r + 4.6303378461565452959) * r + 1.42343711074968357734)
        let denominator = (((((((r * 1.05075007164441684324e-9 + 5.475938084995344946e-4) * r
            + 0.0151986665636164571966) * r + 0.14810397642748007459) * r + 0.68976733498510000455) * r
            + 1.6763848301838038494) * r + 2.05319162663775882187) * r + 1)
        return numerator / denominator
    }

    private static func farTailRatio(_ r: Double) -> Double {
        let numerator = (((((((r * 2.01033439929228813265e-7 + 2.71155556874348757815e-5) * r
            + 0.0012426609473880784386) * r + 0.026532189526576123093) * r + 0.29656057182850489123) * r
            + 1.7848265399172913358) * r + 5.4637849111641143699) * r + 6.6579046435011037772)
        let denominator = (((((((r * 2.04426310338993978564e-15 + 1.4215117583164458887e-7) * r
            + 1.8463183175100546818e-5) * r + 7.868691311456132591e-4) * r + 0.0148753612908506148525) * r
            + 0.13692988092273580531) * r + 0.59983220655588793769) * r + 1)
        return numerator / denominator
    }
}
