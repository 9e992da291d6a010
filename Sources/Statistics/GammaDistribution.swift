import Foundation

/// The gamma distribution with shape `k > 0` and scale `θ > 0`.
///
/// ```
/// f(x) = x^(k-1) e^(-x/θ) / (Γ(k) θ^k),    F(x) = P(k, x/θ)
/// ```
/// The distribution functions are the regularized incomplete gamma functions (`regularizedGammaP`,
/// `regularizedGammaQ`); the quantile inverts them (`inverseRegularizedGamma`).
///
/// Special values: NaN arguments, a shape or scale that is not a finite positive number, and
/// probabilities outside `[0, 1]` give NaN. `x < 0` has `F = 0`, `x = +inf` has `F = 1`.
///
/// References: Abramowitz & Stegun (1964) §6.5; Didonato & Morris (1986), *ACM TOMS* 12, 377-393.
public enum GammaDistribution {
    /// The density `x^(k-1) e^(-x/θ) / (Γ(k) θ^k)`, computed as `k D(k, x/θ) / x` with the accurate
    /// Poisson-type term `D(k, z) = z^k e^(-z) / Γ(k + 1)`.
    /// - Returns: the density; at `x = 0`: `+inf` for `k < 1`, `1/θ` for `k = 1`, 0 for `k > 1`.
    public static func density(_ x: Double, shape: Double, scale: Double) -> Double {
        guard valid(shape, scale), !x.isNaN else { return .nan }
        if x < 0 || x == .infinity { return 0 }
        if x == 0 { return shape < 1 ? .infinity : (shape == 1 ? 1 / scale : 0) }
        let z = x / scale
        let term = gammaPowerTerm(shape, z)  // z^k e^(-z) / Γ(k + 1)
        if term > 1e-290 { return shape * term / z / scale }
        // The density can be representable while z^k e^(-z)/Γ(k+1) underflows (tiny z, k > 1).
        return exp((shape - 1) * log(z) - z - logGamma(shape)) / scale
    }

    /// `F(x) = P(X <= x) = P(k, x/θ)`.
    public static func cdf(_ x: Double, shape: Double, scale: Double) -> Double {
        guard valid(shape, scale), !x.isNaN else { return .nan }
        if x <= 0 { return 0 }
        return incompleteGammaRatios(shape, x / scale)?.lower ?? .nan
    }

    /// `1 - F(x) = Q(k, x/θ)`, accurate when tiny.
    public static func survival(_ x: Double, shape: Double, scale: Double) -> Double {
        guard valid(shape, scale), !x.isNaN else { return .nan }
        if x <= 0 { return 1 }
        return incompleteGammaRatios(shape, x / scale)?.upper ?? .nan
    }

    /// The `x` with `F(x) = p`; 0 at `p = 0`, `+inf` at `p = 1`.
    public static func quantile(_ p: Double, shape: Double, scale: Double) -> Double {
        guard valid(shape, scale), p >= 0, p <= 1 else { return .nan }
        // 1 - p is exact for p >= 1/2; below, p itself is the accurate tail.
        return scale * inverseRegularizedGamma(shape, p: p, q: 1 - p)
    }

    /// The `x` with `1 - F(x) = q`, accurate for tiny `q`; `+inf` at `q = 0`, 0 at `q = 1`.
    public static func survivalQuantile(_ q: Double, shape: Double, scale: Double) -> Double {
        guard valid(shape, scale), q >= 0, q <= 1 else { return .nan }
        return scale * inverseRegularizedGamma(shape, p: 1 - q, q: q)
    }

    private static func valid(_ shape: Double, _ scale: Double) -> Bool {
        shape > 0 && shape < .infinity && scale > 0 && scale < .infinity
    }
}
