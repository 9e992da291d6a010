import Foundation

/// Student's t distribution with `ν > 0` degrees of freedom (not necessarily an integer).
///
/// ```
/// f(t) = (1 + t²/ν)^(-(ν+1)/2) / (√ν B(ν/2, 1/2))
/// P(T <= -|t|) = ½ I_{ν/(ν+t²)}(ν/2, 1/2)
/// ```
/// (Abramowitz & Stegun 26.7.1). Both `ν/(ν+t²)` and its complement `t²/(ν+t²)` are formed
/// directly, never as `1 - other`, and passed together to the incomplete beta function, so the
/// distribution function is accurate in both tails and near `t = 0`. `ν = +inf` is the standard
/// normal distribution.
///
/// Special values: NaN arguments, `ν <= 0`, and probabilities outside `[0, 1]` give NaN;
/// `t = ±inf` give the limits.
public enum StudentT {
    /// The density.
    public static func density(_ t: Double, degreesOfFreedom nu: Double) -> Double {
        guard nu > 0, !t.isNaN else { return .nan }
        if nu == .infinity { return Normal.density(t) }
        if t.isInfinite { return 0 }
        let logKernel = -0.5 * (nu + 1) * log1p(t * t / nu)
        return exp(logKernel - logBeta(0.5 * nu, 0.5)) / nu.squareRoot()
    }

    /// `F(t) = P(T <= t)`.
    public static func cdf(_ t: Double, degreesOfFreedom nu: Double) -> Double {
        guard let tails = tails(t, nu) else { return .nan }
        return t < 0 ? tails.far : tails.near
    }

    /// `1 - F(t) = P(T > t)`, accurate for large `t`.
    public static func survival(_ t: Double, degreesOfFreedom nu: Double) -> Double {
        guard let tails = tails(t, nu) else { return .nan }
        return t < 0 ? tails.near : tails.far
    }

    /// The two-sided p-value `P(|T| >= |t|) = I_{ν/(ν+t²)}(ν/2, 1/2)`, computed directly (not as
    /// twice a rounded tail).
    public static func twoSidedPValue(_ t: Double, degreesOfFreedom nu: Double) -> Double {
        guard nu > 0, !t.isNaN else { return .nan }
        if nu == .infinity { return 2 * Normal.survival(abs(t)) }
        if t == 0 { return 1 }
        if t.isInfinite { return 0 }
        let (x, y) = betaArguments(t, nu)
        return incompleteBetaRatios(a: 0.5 * nu, b: 0.5, x: x, y: y)?.lower ?? .nan
    }

    /// The `t` with `F(t) = p`.
    ///
    /// `ν = 1` (Cauchy) and `ν = 2` use their closed forms; otherwise `t = ±√(ν y / x)` with
    /// `(x, y) = (x, 1 - x)` solving `I_x(ν/2, 1/2) = 2 min(p, 1-p)` (see `inverseIncompleteBeta`).
    /// Limitation: when `|t|` would exceed about `1e154` (possible only for `ν < 2`, e.g. `p < 1e-230`
    /// at `ν = 1.5`), `x = ν/(ν + t²)` underflows and the result is `±inf`.
    /// - Returns: `t`; `-inf` at 0, `+inf` at 1, 0 at ½.
    public static func quantile(_ p: Double, degreesOfFreedom nu: Double) -> Double {
        guard nu > 0, p >= 0, p <= 1 else { return .nan }
        if p == 0.5 { return 0 }
        let tail = p < 0.5 ? p : 1 - p  // exact
        let magnitude = upperQuantileMagnitude(tail: tail, nu)
        return p < 0.5 ? -magnitude : magnitude
    }

    /// The `t` with `1 - F(t) = q`, accurate for tiny `q`.
    public static func survivalQuantile(_ q: Double, degreesOfFreedom nu: Double) -> Double {
        guard nu > 0, q >= 0, q <= 1 else { return .nan }
        if q == 0.5 { return 0 }
        let tail = q < 0.5 ? q : 1 - q
        let magnitude = upperQuantileMagnitude(tail: tail, nu)
        return q < 0.5 ? magnitude : -magnitude
    }

    /// `|t|` with `P(T > |t|) = tail`, for `0 <= tail < 1/2`.
    private static func upperQuantileMagnitude(tail: Double, _ nu: Double) -> Double {
        if tail == 0 { return .infinity }
        if nu == .infinity { return Normal.survivalQuantile(tail) }
        // 1 - 2 tail = 2 (1/2 - tail), exact.
        let twoTail = 2 * tail
        let complement = 2 * (0.5 - tail)
        if nu == 1 {
            return tail < 0.25 ? 1 / tan(Double.pi * tail) : tan(Double.pi * (0.5 - tail))
        }
        if nu == 2 {
            return complement / (twoTail * (1 - tail)).squareRoot()
        }
        let (x, y) = inverseIncompleteBeta(a: 0.5 * nu, b: 0.5, p: twoTail, q: complement)
        if x == 0 { return .infinity }
        return (nu * (y / x)).squareRoot()
    }

    /// `(P(T > |t|), P(T <= |t|))`, the far and the near tail.
    private static func tails(_ t: Double, _ nu: Double) -> (far: Double, near: Double)? {
        guard nu > 0, !t.isNaN else { return nil }
        if nu == .infinity {
            let normal = Normal.tails(t)
            return t < 0 ? (normal.lower, normal.upper) : (normal.upper, normal.lower)
        }
        if t == 0 { return (0.5, 0.5) }
        if t.isInfinite { return (0, 1) }
        let (x, y) = betaArguments(t, nu)
        guard let ratios = incompleteBetaRatios(a: 0.5 * nu, b: 0.5, x: x, y: y) else { return nil }
        return (0.5 * ratios.lower, 0.5 + 0.5 * ratios.upper)
    }

    /// `(ν/(ν+t²), t²/(ν+t²))`, each formed directly and without overflow.
    ///
    /// The tails are sensitive to these arguments (`d log F / d log x ≈ ν/2`), so `t²` and `ν + t²`
    /// are carried with their rounding errors (a fused multiply-add and TwoSum) and the quotients
    /// corrected to first order: each result is within about one ulp.
    private static func betaArguments(_ t: Double, _ nu: Double) -> (x: Double, y: Double) {
        let t2 = t * t
        guard t2 < 1e300 else {
            let r = abs(t) / nu.squareRoot()
            let s2 = 1 / (r * r)
            return (s2 / (1 + s2), 1 / (1 + s2))
        }
        if t2 < 1e-280 { return (1, t2 / nu) }  // the tails are ½ to double precision
        let t2Error = (-t2).addingProduct(t, t)  // t·t - t2, exact
        let sum = nu + t2
        let sumError = roundingErrorOfSum(nu, t2, sum: sum) + t2Error
        let x = nu / sum
        let y = t2 / sum
        return (x - x * (sumError / sum), y + y * ((t2Error / t2) - sumError / sum))
    }
}
