import Foundation

/// `log(1 + e^x)` (the softplus function) without overflow or loss of precision.
///
/// ```
/// log(1 + e^x) = e^x                  x <= -37
///              = log1p(e^x)           -37 < x <= 18
///              = x + e^(-x)           18 < x <= 33.3
///              = x                    x > 33.3
/// ```
/// The cut-offs are where the next term falls below half an ulp (Mächler 2012).
/// - Returns: `log(1 + e^x)`; 0 at `-inf`, `+inf` at `+inf`, NaN for NaN.
///
/// Reference: M. Mächler (2012), "Accurately computing log(1 - exp(-|a|))", CRAN Rmpfr vignette, §3.
public func log1pExp(_ x: Double) -> Double {
    if x <= -37 { return exp(x) }
    if x <= 18 { return log1p(exp(x)) }
    if x <= 33.3 { return x + exp(-x) }
    return x  // also NaN
}

/// The logistic (sigmoid) function `1 / (1 + e^(-x))`, without overflow.
///
/// For `x >= 0` it is `1 / (1 + e^(-x))`; for `x < 0`, `e^x / (1 + e^x)`, so `e^|x|` is never formed
/// and the small tail keeps its relative accuracy.
/// - Returns: a probability in `[0, 1]`; 0 at `-inf`, 1 at `+inf`, NaN for NaN.
public func logistic(_ x: Double) -> Double {
    if x >= 0 { return 1 / (1 + exp(-x)) }
    let e = exp(x)
    return e / (1 + e)  // also NaN
}

/// The logit (log-odds) `log(p / (1 - p))`, the inverse of `logistic`.
///
/// `2 atanh(2p - 1)` for `1/4 <= p <= 3/4` (where `2p - 1` is exact and the result is small),
/// `log p - log1p(-p)` below and `log1p(-q) - log q` with `q = 1 - p` (exact) above.
/// - Returns: the log-odds; `-inf` at 0, `+inf` at 1; NaN for NaN and `p` outside `[0, 1]`.
public func logit(_ p: Double) -> Double {
    guard p >= 0, p <= 1 else { return .nan }
    if p < 0.25 { return log(p) - log1p(-p) }
    if p <= 0.75 { return 2 * atanh(2 * p - 1) }
    let q = 1 - p
    return log1p(-q) - log(q)
}
