import Foundation

/// The beta distribution with shapes `α > 0` and `β > 0` on `[0, 1]`.
///
/// ```
/// f(x) = x^(α-1) (1-x)^(β-1) / B(α, β),    F(x) = I_x(α, β)
/// ```
/// The Jeffreys test of a rating grade with `N` obligors and `D` defaults uses
/// `cdf(PD; D + 1/2, N - D + 1/2)` and its intervals use `quantile`.
///
/// Special values: NaN arguments, shapes that are not finite positive numbers, and probabilities
/// outside `[0, 1]` give NaN; `x <= 0` has `F = 0` and `x >= 1` has `F = 1`.
///
/// References: Abramowitz & Stegun (1964) 26.5; Didonato & Morris (1992), *ACM TOMS* 18, 360-373;
/// Cran, Martin & Thomas (1977), AS 109.
public enum BetaDistribution {
    /// The density `x^(α-1) (1-x)^(β-1) / B(α, β)`, computed as `x^α (1-x)^β / B / (x(1-x))` with
    /// the saddle-point form of the power terms for large shapes.
    /// - Returns: the density; at `x = 0` (`x = 1`) it is `+inf`, `β` (`α`) or 0 as `α` (`β`) is below,
    ///   equal to or above 1.
    public static func density(_ x: Double, alpha: Double, beta: Double) -> Double {
        guard valid(alpha, beta), !x.isNaN else { return .nan }
        if x < 0 || x > 1 { return 0 }
        if x == 0 { return alpha < 1 ? .infinity : (alpha == 1 ? beta : 0) }
        if x == 1 { return beta < 1 ? .infinity : (beta == 1 ? alpha : 0) }
        let y = 1 - x
        return betaPowerTerms(alpha, beta, x, y) / (x * y)
    }

    /// `F(x) = I_x(α, β)`.
    public static func cdf(_ x: Double, alpha: Double, beta: Double) -> Double {
        guard valid(alpha, beta), !x.isNaN else { return .nan }
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        return incompleteBetaRatios(a: alpha, b: beta, x: x, y: 1 - x)?.lower ?? .nan
    }

    /// `1 - F(x)`, computed directly (accurate when tiny).
    public static func survival(_ x: Double, alpha: Double, beta: Double) -> Double {
        guard valid(alpha, beta), !x.isNaN else { return .nan }
        if x <= 0 { return 1 }
        if x >= 1 { return 0 }
        return incompleteBetaRatios(a: alpha, b: beta, x: x, y: 1 - x)?.upper ?? .nan
    }

    /// The `x` with `F(x) = p`; 0 at `p = 0`, 1 at `p = 1`.
    public static func quantile(_ p: Double, alpha: Double, beta: Double) -> Double {
        guard valid(alpha, beta), p >= 0, p <= 1 else { return .nan }
        return inverseIncompleteBeta(a: alpha, b: beta, p: p, q: 1 - p).x
    }

    /// The `x` with `1 - F(x) = q`, accurate for tiny `q`; 1 at `q = 0`, 0 at `q = 1`.
    public static func survivalQuantile(_ q: Double, alpha: Double, beta: Double) -> Double {
        guard valid(alpha, beta), q >= 0, q <= 1 else { return .nan }
        return inverseIncompleteBeta(a: alpha, b: beta, p: 1 - q, q: q).x
    }

    private static func valid(_ alpha: Double, _ beta: Double) -> Bool {
        alpha > 0 && alpha < .infinity && beta > 0 && beta < .infinity
    }
}
