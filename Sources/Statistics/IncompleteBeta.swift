import Foundation

/// The regularized incomplete beta function `I_x(a, b)`.
///
/// ```
/// I_x(a, b) = (1 / B(a, b)) ∫_0^x t^(a-1) (1-t)^(b-1) dt
/// ```
/// It is the beta(`a`, `b`) distribution function; the binomial, Student t and F distribution
/// functions are expressed through it.
///
/// Algorithm: Didonato & Morris (1992), TOMS 708 (`bratio`). Each region of `(a, b, x)` gets the
/// method that converges there and computes the *smaller* of `I` and `1 - I` directly:
/// - power series in `x` (`bpser`), with variants for tiny `a` or `b` (`apser`, `fpser`);
/// - the continued fraction of Didonato & Morris (`bfrac`, a rearranged form of A&S 26.5.8) when
///   `a, b > 1` and the series converge slowly;
/// - the asymptotic expansion for large `a` and `b ≤ 1` in terms of the incomplete gamma function
///   (`bgrat`), after shifting `b` by the recurrence `I_x(a, b) - I_x(a + n, b)` (`bup`);
/// - Temme's uniform asymptotic expansion around the mean for `a, b > 100` (`basym`).
/// The common factor `x^a (1-x)^b / B(a, b)` is computed in saddle-point form for large parameters
/// (see `betaPowerTerms`).
///
/// Accuracy: relative error below about `1e-14` for `a, b` in `[1e-3, 1e5]` (see
/// `IncompleteBetaTests`, which compares with mpmath at 50 digits); in the far tails of very large
/// parameters the bound grows like `eps · (1 + log(1/I))`.
///
/// - Parameters:
///   - x: the upper limit, in `[0, 1]`.
///   - a: the first shape, `>= 0`.
///   - b: the second shape, `>= 0`.
/// - Returns: `I_x(a, b)` in `[0, 1]`. Degenerate shapes give the limiting point masses: `a = 0` or
///   `b = +inf` puts all mass at 0 (so `I = 1` for `x > 0`); `b = 0` or `a = +inf` puts it at 1
///   (`I = 0` for `x < 1`). NaN for NaN, `x` outside `[0, 1]`, negative shapes, or both shapes 0 or
///   both `+inf`.
///
/// Reference: A. R. Didonato and A. H. Morris (1992), "Algorithm 708: significant digit computation of
/// the incomplete beta function ratios", *ACM TOMS* 18(3), 360-373.
public func regularizedIncompleteBeta(_ x: Double, a: Double, b: Double) -> Double {
    guard x >= 0, x <= 1 else { return .nan }
    guard let pair = incompleteBetaRatios(a: a, b: b, x: x, y: 1 - x) else { return .nan }
    return pair.lower
}

/// `(I_x(a, b), 1 - I_x(a, b))`, each accurate relative to its own size, or nil outside the domain.
///
/// `x` and `y` must both be accurate and `x + y = 1` to within rounding; callers that know `1 - x`
/// more precisely than `1 - x` rounds (e.g. `t²/(ν + t²)`) pass it.
func incompleteBetaRatios(a: Double, b: Double, x: Double, y: Double) -> (lower: Double, upper: Double)? {
    guard a >= 0, b >= 0, x >= 0, y >= 0 else { return nil }  // rejects NaN too
    if x == 0 { return (0, 1) }
    if y == 0 { return (1, 0) }
    let massAtZero = a == 0 || b == .infinity
    let massAtOne = b == 0 || a == .infinity
    if massAtZero && massAtOne { return nil }
    if massAtZero { return (1, 0) }
    if massAtOne { return (0, 1) }
    return BetaRatioRegions.evaluate(a: a, b: b, x: x, y: y)
}

/// The region selection of Didonato & Morris (1992), §5.
enum BetaRatioRegions {
    /// The paper's `eps`: the target accuracy that defines its region boundaries.
    static let eps = 1e-15

    static func evaluate(a: Double, b: Double, x: Double, y: Double) -> (lower: Double, upper: Double) {
        if max(a, b) < 1e-3 * eps {
            return (b / (a + b), a / (a + b))
        }
        if min(a, b) > 1 {
            return bothAboveOne(a: a, b: b, x: x, y: y)
        }
        return someAtMostOne(a: a, b: b, x: x, y: y)
    }

    /// `a, b > 1`. The arguments are swapped so that `x <= a / (a + b)`, the lower tail.
    private static func bothAboveOne(a: Double, b: Double, x: Double, y: Double) -> (lower: Double, upper: Double) {
        var lambda = x <= y ? compensatedGap(a, b, x) : -compensatedGap(b, a, y)
        var (a0, b0, x0, y0) = (a, b, x, y)
        let swapped = lambda < 0
        if swapped {
            (a0, b0, x0, y0) = (b, a, y, x)
            lambda = -lambda
        }
        let w: Double
        if b0 < 40 {
            if b0 * x0 <= 0.7 {
                w = BetaSeries.power(a: a0, b: b0, x: x0)
            } else {
                // I_x(a, b) = [I_y(b', a) - I_y(b, a)] + I_x(a, b') with b' = b - n in (0, 1].
                var n = Int(b0)
                var fraction = b0 - Double(n)
                if fraction == 0 {
                    n -= 1
                    fraction = 1
                }
                var sum = BetaSeries.upwardDifference(a: fraction, b: a0, x: y0, y: x0, terms: n)
                if x0 <= 0.7 {
                    sum += BetaSeries.power(a: a0, b: fraction, x: x0)
                } else {
                    var shiftedA = a0
                    if a0 <= 15 {
                        sum += BetaSeries.upwardDifference(a: a0, b: fraction, x: x0, y: y0, terms: 20)
                        shiftedA += 20
                    }
                    sum = BetaExpansions.largeAGammaExpansion(
                        a: shiftedA, b: fraction, x: x0, y: y0, adding: sum)
                }
                w = sum
            }
        } else if a0 > b0 {
            w = b0 <= 100 || lambda > 0.03 * b0
                ? BetaExpansions.continuedFraction(a: a0, b: b0, x: x0, y: y0, lambda: lambda)
                : BetaExpansions.uniformAsymptotic(a: a0, b: b0, lambda: lambda)
        } else {
            w = a0 <= 100 || lambda > 0.03 * a0
                ? BetaExpansions.continuedFraction(a: a0, b: b0, x: x0, y: y0, lambda: lambda)
                : BetaExpansions.uniformAsymptotic(a: a0, b: b0, lambda: lambda)
        }
        let w1 = 1 - w
        return swapped ? (w1, w) : (w, w1)
    }

    /// `min(a, b) <= 1`. The arguments are swapped so that `x <= 1/2`.
    private static func someAtMostOne(a: Double, b: Double, x: Double, y: Double) -> (lower: Double, upper: Double) {
        var (a0, b0, x0, y0) = (a, b, x, y)
        let swapped = x > 0.5
        if swapped { (a0, b0, x0, y0) = (b, a, y, x) }

        enum Computed { case lower(Double), upper(Double) }
        let result: Computed
        if b0 < min(eps, eps * a0) {
            result = .lower(BetaSeries.tinyB(a: a0, b: b0, x: x0))
        } else if a0 < min(eps, eps * b0) && b0 * x0 <= 1 {
            result = .upper(BetaSeries.tinyA(a: a0, b: b0, x: x0))
        } else if max(a0, b0) > 1 {
            if b0 <= 1 {
                result = .lower(BetaSeries.power(a: a0, b: b0, x: x0))
            } else if x0 >= 0.29 {
                result = .upper(BetaSeries.power(a: b0, b: a0, x: y0))
            } else if x0 < 0.1 && pow(x0 * b0, a0) <= 0.7 {
                result = .lower(BetaSeries.power(a: a0, b: b0, x: x0))
            } else if b0 > 15 {
                result = .upper(BetaExpansions.largeAGammaExpansion(a: b0, b: a0, x: y0, y: x0, adding: 0))
            } else {
                let head = BetaSeries.upwardDifference(a: b0, b: a0, x: y0, y: x0, terms: 20)
                result = .upper(BetaExpansions.largeAGammaExpansion(
                    a: b0 + 20, b: a0, x: y0, y: x0, adding: head))
            }
        } else if a0 >= min(0.2, b0) || pow(x0, a0) <= 0.9 {
            result = .lower(BetaSeries.power(a: a0, b: b0, x: x0))
        } else if x0 >= 0.3 {
            result = .upper(BetaSeries.power(a: b0, b: a0, x: y0))
        } else {
            let head = BetaSeries.upwardDifference(a: b0, b: a0, x: y0, y: x0, terms: 20)
            result = .upper(BetaExpansions.largeAGammaExpansion(
                a: b0 + 20, b: a0, x: y0, y: x0, adding: head))
        }
        let w: Double
        let w1: Double
        switch result {
        case .lower(let value):
            w = value
            w1 = 1 - value
        case .upper(let value):
            w = 1 - value
            w1 = value
        }
        return swapped ? (w1, w) : (w, w1)
    }
}
