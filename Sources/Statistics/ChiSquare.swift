import Foundation

/// The chi-square distribution with `ν > 0` degrees of freedom (not necessarily an integer).
///
/// ```
/// f(x) = x^(ν/2 - 1) e^(-x/2) / (2^(ν/2) Γ(ν/2)),    F(x) = P(ν/2, x/2)
/// ```
/// A gamma distribution with shape `ν/2` and scale 2 (see `GammaDistribution`): the Hosmer-Lemeshow,
/// likelihood-ratio and Wald tests read their p-values from `survival`.
///
/// Special values: NaN arguments, `ν <= 0`, `ν = +inf`, and probabilities outside `[0, 1]` give NaN;
/// `x <= 0` has `F = 0` and `x = +inf` has `F = 1`.
///
/// Reference: Abramowitz & Stegun (1964) 26.4.19.
public enum ChiSquare {
    /// The density.
    public static func density(_ x: Double, degreesOfFreedom: Double) -> Double {
        GammaDistribution.density(x, shape: 0.5 * degreesOfFreedom, scale: 2)
    }

    /// `F(x) = P(χ² <= x) = P(ν/2, x/2)`.
    public static func cdf(_ x: Double, degreesOfFreedom: Double) -> Double {
        GammaDistribution.cdf(x, shape: 0.5 * degreesOfFreedom, scale: 2)
    }

    /// `1 - F(x) = Q(ν/2, x/2)`, the upper-tail p-value, accurate when tiny.
    public static func survival(_ x: Double, degreesOfFreedom: Double) -> Double {
        GammaDistribution.survival(x, shape: 0.5 * degreesOfFreedom, scale: 2)
    }

    /// The `x` with `F(x) = p`.
    public static func quantile(_ p: Double, degreesOfFreedom: Double) -> Double {
        GammaDistribution.quantile(p, shape: 0.5 * degreesOfFreedom, scale: 2)
    }

    /// The `x` with `1 - F(x) = q` (the critical value at level `q`), accurate for tiny `q`.
    public static func survivalQuantile(_ q: Double, degreesOfFreedom: Double) -> Double {
        GammaDistribution.survivalQuantile(q, shape: 0.5 * degreesOfFreedom, scale: 2)
    }
}
