import Foundation

/// The digamma function `ψ(x) = d/dx log Γ(x)`, for `x > 0`.
///
/// Algorithm:
/// - `1.5 <= x <= 2.5`: the series `ψ(2 + z) = 1 - γ + Σ_{n>=2} (-1)^n (ζ(n) - 1) z^(n-1)`, `|z| <= ½`
///   (the derivative of Abramowitz & Stegun 6.1.41);
/// - `x < 1.5`: `ψ(x) = ψ(x + 1) - 1/x` (A&S 6.3.5), upward into that interval;
/// - `2.5 < x < 10`: `ψ(x) = ψ(x - 1) + 1/(x - 1)`, downward (every term positive);
/// - `x >= 10`: `ψ(x) = log x - 1/(2x) - Σ_{k=1}^{8} B_{2k} / (2k x^(2k))` (A&S 6.3.18).
///
/// Accuracy: relative error below `2e-15` away from the positive zero `x0 = 1.4616321449683623`; near
/// it the error is absolute, below `5e-16` (no fixed-precision method does better there without
/// splitting `x0`).
///
/// - Returns: `ψ(x)`; `+inf` at `+inf`; NaN for NaN and `x <= 0`.
public func digamma(_ x: Double) -> Double {
    if x.isNaN || x <= 0 { return .nan }
    if x == .infinity { return .infinity }
    if x >= 10 {
        let r2 = 1 / (x * x)
        return log(x) - 0.5 / x - polynomial(digammaAsymptotic, at: r2) * r2
    }
    var y = x
    var shift = 0.0
    while y < 1.5 {
        shift -= 1 / y
        y += 1
    }
    while y > 2.5 {
        y -= 1
        shift += 1 / y
    }
    let z = y - 2
    var sum = 0.0
    var n = 41
    while n >= 2 {
        sum = sum * -z + zetaMinusOne[n - 2]
        n -= 1
    }
    return (1 - eulerGamma) + z * sum + shift
}

/// The trigamma function `ψ'(x) = d²/dx² log Γ(x)`, for `x > 0`.
///
/// Algorithm: `ψ'(x) = ψ'(x + 1) + 1/x²` (A&S 6.4.6) upward to `x >= 20`, then the asymptotic series
/// `ψ'(x) = 1/x + 1/(2x²) + Σ_{k=1}^{8} B_{2k} / x^(2k+1)` (A&S 6.4.12), whose truncation error there
/// is below `1e-22`. Every term is positive below 20, so the relative error stays below `1e-15`.
///
/// - Returns: `ψ'(x)`; `0` at `+inf`; NaN for NaN and `x <= 0`.
public func trigamma(_ x: Double) -> Double {
    if x.isNaN || x <= 0 { return .nan }
    if x == .infinity { return 0 }
    var y = x
    var shift = 0.0
    while y < 20 {
        shift += 1 / (y * y)
        y += 1
    }
    let r = 1 / y
    let r2 = r * r
    return shift + r + 0.5 * r2 + polynomial(trigammaAsymptotic, at: r2) * r2 * r
}

/// `B_{2k} / (2k)` for `k = 1 ... 8`.
private let digammaAsymptotic: [Double] = [
    1.0 / 12.0, -1.0 / 120.0, 1.0 / 252.0, -1.0 / 240.0, 1.0 / 132.0, -691.0 / 32760.0, 1.0 / 12.0,
    -3617.0 / 8160.0,
]

/// `B_{2k}` for `k = 1 ... 8`.
private let trigammaAsymptotic: [Double] = [
    1.0 / 6.0, -1.0 / 30.0, 1.0 / 42.0, -1.0 / 30.0, 5.0 / 66.0, -691.0 / 2730.0, 7.0 / 6.0,
    -3617.0 / 510.0,
]
