import Foundation

/// The `x` with `P(a, x) = p` (equivalently `Q(a, x) = q`), given both `p` and `q = 1 - p` so that
/// whichever is smaller is used at full relative precision.
///
/// Starts from the Wilson-Hilferty approximation `x ≈ a (1 - 1/(9a) + z/(3√a))³` (`z` the normal
/// quantile) or, in the tails of small shapes, from `x ≈ (p Γ(a+1))^(1/a)` or
/// `x ≈ -log(q Γ(a))`, then refines by safeguarded Halley steps on `P - p` (or `q - Q`) with
/// `P' = x^(a-1) e^(-x) / Γ(a)` and `P''/P' = (a - 1)/x - 1`, to a relative tolerance of `4 eps`.
///
/// Reference: Didonato & Morris (1986), §5 (initial approximations); E. B. Wilson and M. M. Hilferty
/// (1931), "The distribution of chi-square", *PNAS* 17, 684-688.
func inverseRegularizedGamma(_ a: Double, p: Double, q: Double) -> Double {
    if p <= 0 { return 0 }
    if q <= 0 { return .infinity }
    let useLower = p <= q
    let z = useLower ? Normal.quantile(p) : Normal.survivalQuantile(q)
    var guess = Double.nan
    if a >= 1 {
        let t = 1 / (9 * a)
        let cube = 1 - t + z * t.squareRoot()
        guess = a * cube * cube * cube
    }
    if a < 1 || !(guess > 0) {
        // Lower tail: P(a, x) ≈ x^a / Γ(a + 1) for small x.
        if useLower {
            let logGuess = (log(p) + logGammaOnePlus(a)) / a
            // The root is below the smallest subnormal number (P(a, 5e-324) > p): 0 is nearest.
            if logGuess < -745.2 { return 0 }
            guess = exp(logGuess)
        }
        // Upper tail: Q(a, x) ≈ x^(a-1) e^(-x) / Γ(a) for large x.
        if !useLower || !(guess < a + 1) {
            let logQGamma = log(q) + logGamma(a)
            var x = max(1, -logQGamma)
            for _ in 0..<3 { x = max(1e-3, -logQGamma + (a - 1) * log(x)) }
            guess = x
        }
    }
    return solveIncreasing(initial: guess, lower: 0, upper: .infinity, residualScale: min(p, q)) { x in
        guard let ratios = incompleteGammaRatios(a, x) else {
            return RootProbe(residual: .nan, derivative: 0, curvature: 0, logResidual: .nan, logDerivative: 0)
        }
        let derivative = a * gammaPowerTerm(a, x) / x  // P'(x) = x^(a-1) e^(-x) / Γ(a)
        let tail = useLower ? ratios.lower : ratios.upper
        return RootProbe(
            residual: useLower ? ratios.lower - p : q - ratios.upper,
            derivative: derivative,
            curvature: (a - 1) / x - 1,
            logResidual: useLower ? log(tail / p) : log(q / tail),
            logDerivative: derivative / tail)
    }
}
