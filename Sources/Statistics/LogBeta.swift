import Foundation

/// `log B(a, b)`, the logarithm of the beta function, for `a, b > 0`.
///
/// ```
/// B(a, b) = Γ(a) Γ(b) / Γ(a + b) = ∫_0^1 t^(a-1) (1-t)^(b-1) dt
/// ```
/// Algorithm (Didonato & Morris 1992, `betaln`), with `p = min(a, b)`, `q = max(a, b)`:
/// - `p >= 8`: Stirling's formula for all three gamma functions, combined so that no large
///   logarithms cancel:
///   `log B = log √(2π) - ½ log q + (p - ½) log(p / (p + q)) - q log(1 + p/q) + δ(p) + δ(q) - δ(p + q)`;
/// - `p < 8 <= q`: `log Γ(p) + [log Γ(q) - log Γ(p + q)]`, the bracket from the Stirling series;
/// - both `< 8`: `log Γ(a) + log Γ(b) - log Γ(a + b)` (terms below 30 in size).
///
/// Accuracy: absolute error below `1e-15 (1 + |log B|)` (checked against mpmath in `LogBetaTests`).
///
/// - Returns: `log B(a, b)`; `+inf` when either argument is 0, `-inf` when one is `+inf` and the other
///   positive; NaN for NaN or negative arguments.
///
/// Reference: A. R. Didonato and A. H. Morris (1992), "Algorithm 708: significant digit computation of
/// the incomplete beta function ratios", *ACM TOMS* 18(3), 360-373.
public func logBeta(_ a: Double, _ b: Double) -> Double {
    if a.isNaN || b.isNaN || a < 0 || b < 0 { return .nan }
    let p = min(a, b)
    let q = max(a, b)
    if p == 0 { return .infinity }
    if q == .infinity { return -.infinity }
    if p >= 8 {
        let h = p / q
        let correction = stirlingCorrection(p) + stirlingCorrection(q) - stirlingCorrection(p + q)
        let u = -(p - 0.5) * log(h / (1 + h))
        let v = q * log1p(h)
        let w = logSqrtTwoPi - 0.5 * log(q) + correction
        return u <= v ? (w - u) - v : (w - v) - u
    }
    if q >= 8 {
        return logGamma(p) + logGammaRatio(p, q)
    }
    return logGamma(a) + logGamma(b) - logGamma(a + b)
}

/// `1 / (a B(a, b)) = Γ(a + b) / (Γ(1 + a) Γ(b))`, accurate relative to its value also when `a` or
/// `b` is small (where `log a` and `log B` are large and nearly cancel).
///
/// With `p = min(a, b) < 1`, the ratio is built from `1/Γ(1 + t) - 1` values (Didonato & Morris
/// 1992, `bpser`); otherwise it is `exp(-log a - log B(a, b))`.
func reciprocalATimesBeta(_ a: Double, _ b: Double) -> Double {
    let p = min(a, b)
    var q = max(a, b)
    guard p < 1 else { return exp(-log(a) - logBeta(a, b)) }
    // 1/(a B(a,b)) = (p/a) * 1/(p B(p,q)), and 1/(p B(p,q)) = Γ(p+q) / (Γ(1+p) Γ(q)).
    let scale = p / a
    if q >= 8 {
        return scale * exp(-(logGammaOnePlus(p) + logGammaRatio(p, q)))
    }
    if q > 1 {
        // Γ(p+q)/Γ(q) = Π (p + q_k)/q_k ... reduce q to (1, 2] by Γ(p+q)/Γ(q) = (p+q-1)/(q-1) Γ(p+q-1)/Γ(q-1).
        var ratio = 1.0
        while q > 2 {
            q -= 1
            ratio *= (p + q) / q
        }
        // Γ(p + q)/Γ(q) with q in (1, 2]: = Γ(1 + (p+q-1)) / Γ(1 + (q-1)).
        let u = p + q - 1  // in (0, 2)
        let reciprocalGammaU = u <= 1.5
            ? 1 + reciprocalGammaOnePlusMinusOne(u)
            : (1 + reciprocalGammaOnePlusMinusOne(u - 1)) / u
        let gammaRatio = (1 + reciprocalGammaOnePlusMinusOne(q - 1)) / reciprocalGammaU
        return scale * ratio * gammaRatio * (1 + reciprocalGammaOnePlusMinusOne(p))
    }
    // Both below 1: Γ(p+q)/(Γ(1+p)Γ(q)) = q/(p+q) · Γ(1+p+q)/(Γ(1+p)Γ(1+q)).
    let s = p + q
    let reciprocalGammaOnePlusS = s <= 1.5
        ? 1 + reciprocalGammaOnePlusMinusOne(s)
        : (1 + reciprocalGammaOnePlusMinusOne(s - 1)) / s
    let c = (1 + reciprocalGammaOnePlusMinusOne(p)) * (1 + reciprocalGammaOnePlusMinusOne(q))
        / reciprocalGammaOnePlusS
    return scale * c * q / s
}
