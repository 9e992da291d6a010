import Foundation

/// `log Γ(x)`, the logarithm of the gamma function, for `x > 0`.
///
/// ```
/// Γ(x) = ∫_0^∞ t^(x-1) e^(-t) dt
/// ```
/// Algorithm, by range (every branch keeps its relative accuracy; none subtracts nearly equal
/// logarithms):
/// - `0 < x < 0.5`: `-log x + log Γ(1 + x)`;
/// - `0.5 <= x <= 2.5`: `log Γ(1 + z)` with `z = x - 1`, from the series of Abramowitz & Stegun
///   6.1.41 around 1 or 2 (`|z| <= 0.5`), so the zeros at `x = 1` and `x = 2` keep full relative
///   accuracy;
/// - `2.5 < x < 10`: the recurrence `Γ(x) = (x - 1) Γ(x - 1)` down to `(1.5, 2.5]`;
/// - `x >= 10`: Stirling's series `(x - 1/2) log x - x + log √(2π) + δ(x)` with ten Bernoulli terms
///   (Abramowitz & Stegun 6.1.40), whose truncation error is below `1e-18`.
///
/// Accuracy: relative error below `1e-15` over `(1e-300, 1e300)` when checked against mpmath
/// (see `LogGammaTests`); absolute error below `3e-16` near the zeros at 1 and 2.
///
/// - Parameter x: the argument.
/// - Returns: `log Γ(x)`; `+inf` at `0` and `+inf`, overflowing to `+inf` above about `2.5e305`;
///   NaN for NaN and for `x < 0` (`Γ` changes sign there; this library needs only `x >= 0`).
public func logGamma(_ x: Double) -> Double {
    if x.isNaN || x < 0 { return .nan }
    if x == 0 || x == .infinity { return .infinity }
    if x < 0.5 { return -log(x) + logGammaOnePlus(x) }
    if x <= 2.5 { return logGammaOnePlus(x - 1) }
    if x < 10 {
        var y = x
        var product = 1.0
        while y > 2.5 {
            y -= 1
            product *= y
        }
        return log(product) + logGammaOnePlus(y - 1)
    }
    return (x - 0.5) * log(x) - x + logSqrtTwoPi + stirlingCorrection(x)
}

/// `log √(2π)`.
let logSqrtTwoPi = 0.918_938_533_204_672_741_78

/// Euler's constant γ.
let eulerGamma = 0.577_215_664_901_532_860_61

/// `ζ(n) - 1` for `n = 2 ... 41` (computed with mpmath at 40 digits). They are the coefficients of
/// the series of `log Γ(1 + z)` and of the digamma function around 1 (Abramowitz & Stegun 6.1.41,
/// 6.3.15).
let zetaMinusOne: [Double] = [
    6.4493406684822644e-1, 2.0205690315959429e-1, 8.2323233711138192e-2, 3.6927755143369926e-2,
    1.734306198444914e-2, 8.3492773819228268e-3, 4.0773561979443394e-3, 2.0083928260822144e-3,
    9.9457512781808534e-4, 4.9418860411946456e-4, 2.460865533080483e-4, 1.2271334757848915e-4,
    6.1248135058704829e-5, 3.0588236307020494e-5, 1.5282259408651872e-5, 7.6371976378997623e-6,
    3.8172932649998399e-6, 1.9082127165539389e-6, 9.5396203387279611e-7, 4.7693298678780646e-7,
    2.3845050272773299e-7, 1.1921992596531107e-7, 5.960818905125948e-8, 2.980350351465228e-8,
    1.4901554828365041e-8, 7.4507117898354295e-9, 3.7253340247884571e-9, 1.862659723513049e-9,
    9.3132743241966818e-10, 4.6566290650337841e-10, 2.3283118336765055e-10, 1.164155017270052e-10,
    5.8207720879027009e-11, 2.9103850444970997e-11, 1.4551921891041984e-11, 7.275959835057481e-12,
    3.6379795473786512e-12, 1.8189896503070659e-12, 9.0949478402638893e-13, 4.547473783042154e-13,
]

/// `log Γ(1 + z)` for `z >= -0.5`, accurate relative to its value also near its zeros `z = 0` and
/// `z = 1`.
///
/// ```
/// log Γ(1 + z) = -log(1 + z) + z (1 - γ) + Σ_{n>=2} (-1)^n (ζ(n) - 1) z^n / n,   |z| < 2
/// ```
/// (Abramowitz & Stegun 6.1.41), used for `|z| <= 0.5`; for `0.5 < z <= 1.5`,
/// `log Γ(1 + z) = log z + log Γ(1 + (z - 1))`; beyond, `logGamma(1 + z)`.
func logGammaOnePlus(_ z: Double) -> Double {
    if z > 1.5 { return logGamma(1 + z) }
    if z > 0.5 {
        let w = z - 1  // exact for z in (0.5, 2]
        return log1p(w) + logGammaSeries(w)
    }
    return logGammaSeries(z)
}

/// The series of A&S 6.1.41 for `|z| <= 0.5`: 40 terms leave a truncation error below `4^-41`.
private func logGammaSeries(_ z: Double) -> Double {
    // Σ_{n=2}^{41} (-1)^n (ζ(n)-1) z^n / n = z^2 Σ_{n} c_n (-z)^(n-2), Horner from the top.
    var sum = 0.0
    var n = 41
    while n >= 2 {
        sum = sum * -z + zetaMinusOne[n - 2] / Double(n)
        n -= 1
    }
    // -log(1+z) + z = -(log1p(z) - z), kept accurate for small z.
    return -log1pMinusX(z) - eulerGamma * z + z * z * sum
}

/// `1/Γ(1 + a) - 1` for `-0.5 <= a <= 1.5`, accurate relative to its value (it vanishes at 0 and 1).
///
/// Computed as `expm1(-log Γ(1 + a))`; Didonato & Morris call it `gam1`.
func reciprocalGammaOnePlusMinusOne(_ a: Double) -> Double {
    expm1(-logGammaOnePlus(a))
}
