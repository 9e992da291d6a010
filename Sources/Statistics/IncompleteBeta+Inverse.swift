import Foundation

/// The `(x, 1 - x)` with `I_x(a, b) = p` (equivalently `1 - I_x(a, b) = q`), given both `p` and
/// `q = 1 - p`; the smaller of `x` and `1 - x` is the one solved for, so it keeps full relative
/// precision.
///
/// Initial value: the approximations of AS 109 (Cran, Martin & Thomas 1977, after Carter 1947) with
/// the normal deviate from AS 241; refinement: safeguarded Halley steps on `I_x - p` (or `q - (1 - I_x)`)
/// with `I' = x^(a-1) (1-x)^(b-1) / B(a, b)` and `I''/I' = (a-1)/x - (b-1)/(1-x)`, to a relative
/// tolerance of `4 eps` in the solved variable.
///
/// Reference: G. W. Cran, K. J. Martin and G. E. Thomas (1977), "Remark AS R19 and Algorithm AS 109",
/// *Applied Statistics* 26(1), 111-114.
func inverseIncompleteBeta(a: Double, b: Double, p: Double, q: Double) -> (x: Double, y: Double) {
    if p <= 0 { return (0, 1) }
    if q <= 0 { return (1, 0) }
    // Solve for the variable expected to be the smaller of x and 1 - x.
    let guess = incompleteBetaInitialGuess(a: a, b: b, p: p, q: q)
    if guess.x == 0 { return (0, 1) }  // the root underflows
    if guess.y == 0 { return (1, 0) }
    if guess.x <= guess.y {
        let x = solveBetaVariable(a: a, b: b, p: p, q: q, initial: guess.x)
        return (x, 1 - x)
    }
    let y = solveBetaVariable(a: b, b: a, p: q, q: p, initial: guess.y)
    return (1 - y, y)
}

private func solveBetaVariable(a: Double, b: Double, p: Double, q: Double, initial: Double) -> Double {
    let useLower = p <= q
    let start = initial > 0 && initial < 1 ? initial : 0.5
    return solveIncreasing(initial: start, lower: 0, upper: 1, residualScale: min(p, q)) { x in
        let y = 1 - x
        guard let ratios = incompleteBetaRatios(a: a, b: b, x: x, y: y) else {
            return RootProbe(residual: .nan, derivative: 0, curvature: 0, logResidual: .nan, logDerivative: 0)
        }
        let derivative = betaPowerTerms(a, b, x, y) / (x * y)  // x^(a-1) y^(b-1) / B(a, b)
        let tail = useLower ? ratios.lower : ratios.upper
        return RootProbe(
            residual: useLower ? ratios.lower - p : q - ratios.upper,
            derivative: derivative,
            curvature: (a - 1) / x - (b - 1) / y,
            logResidual: useLower ? log(tail / p) : log(q / tail),
            logDerivative: derivative / tail)
    }
}

/// AS 109's starting value for `I_x(a, b) = p`, as `(x, 1 - x)` with the smaller one accurate.
private func incompleteBetaInitialGuess(a: Double, b: Double, p: Double, q: Double) -> (x: Double, y: Double) {
    // Work in the lower tail: tail probability `t <= 1/2` for shapes (pp, qq), variable (u, 1 - u).
    let swap = p > q
    let (pp, qq, t) = swap ? (b, a, q) : (a, b, p)
    let deviate = Normal.survivalQuantile(t)  // >= 0
    let logB = logBeta(pp, qq)
    var u: Double
    var complement: Double
    if pp > 1 && qq > 1 {
        let r = (deviate * deviate - 3) / 6
        let s = 1 / (2 * pp - 1)
        let v = 1 / (2 * qq - 1)
        let h = 2 / (s + v)
        let w = deviate * (h + r).squareRoot() / h - (v - s) * (r + 5.0 / 6.0 - 2 / (3 * h))
        let e = qq * exp(w + w)
        (u, complement) = (pp / (pp + e), e / (pp + e))
    } else {
        let r = 2 * qq
        var c = 1 / (9 * qq)
        c = r * pow(1 - c + deviate * c.squareRoot(), 3)
        if c <= 0 {
            complement = exp((log1p(-t) + log(qq) + logB) / qq)
            u = 1 - complement
        } else {
            c = (4 * pp + r - 2) / c
            if c <= 1 {
                // I_u ≈ u^pp / (pp B): u = (t pp B)^(1/pp). Far below the smallest subnormal number
                // the root is returned as 0 (exactly what the nearest double is).
                let logU = (log(t * pp) + logB) / pp
                u = logU < -750 ? 0 : max(exp(logU), .leastNonzeroMagnitude)
                complement = 1 - u
            } else {
                complement = 2 / (c + 1)
                u = 1 - complement
            }
        }
    }
    // One of the two may round to 1 while the other is a meaningful tiny number (or an exact 0).
    if !(u >= 0 && u <= 1 && complement > 0 && complement <= 1) { (u, complement) = (0.5, 0.5) }
    return swap ? (complement, u) : (u, complement)
}
