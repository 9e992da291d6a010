import Foundation

/// The continued fraction and asymptotic expansions for the incomplete beta function
/// (Didonato & Morris 1992, `bfrac`, `basym`, `bgrat`).
enum BetaExpansions {
    /// `I_x(a, b)` by the continued fraction of Didonato & Morris (1992, eq. 2.6), for `a, b > 1` and
    /// `x` below the mean (`λ = a - (a + b) x >= 0`), evaluated by the forward three-term recurrence
    /// with rescaling. Tolerance `15 eps`.
    static func continuedFraction(a: Double, b: Double, x: Double, y: Double, lambda: Double) -> Double {
        let prefactor = betaPowerTerms(a, b, x, y)
        if prefactor == 0 { return 0 }
        let c = 1 + lambda
        let c0 = b / a
        let c1 = 1 + 1 / a
        let yPlusOne = y + 1
        var n = 0.0
        var p = 1.0
        var s = a + 1
        var previousNumerator = 0.0
        var previousDenominator = 1.0
        var numerator = 1.0
        var denominator = c / c1
        var ratio = c1 / c
        let tolerance = 15 * Double.ulpOfOne
        while n < 1e6 {
            n += 1
            let t = n / a
            let w = n * (b - n) * x
            var e = a / s
            let alpha = (p * (p + c0) * e * e) * (w * x)
            e = (1 + t) / (c1 + t + t)
            let beta = n + w / s + e * (c + n * yPlusOne)
            p = 1 + t
            s += 2
            let nextNumerator = alpha * previousNumerator + beta * numerator
            let nextDenominator = alpha * previousDenominator + beta * denominator
            previousNumerator = numerator / nextDenominator
            previousDenominator = denominator / nextDenominator
            numerator = nextNumerator / nextDenominator
            denominator = 1
            let previousRatio = ratio
            ratio = numerator
            if abs(ratio - previousRatio) <= tolerance * ratio { break }
        }
        return prefactor * ratio
    }

    /// `I_x(a, b)` by the asymptotic expansion of Didonato & Morris (1992, §4, after Temme) for
    /// `a, b > 100` and `x` near the mean (`0 <= λ <= 0.03 min(a, b)`):
    /// ```
    /// I_x(a, b) = (2/√π) e^(-f) e^(-δ(a)-δ(b)+δ(a+b)) Σ_n d_n w0^n J_n,
    /// f = a φ(-λ/a) + b φ(λ/b),  φ(t) = t - log(1 + t)
    /// ```
    /// with `J_0 = (√π/4) erfcx(√f)` and the `J_n`, `d_n` from recurrences.
    static func uniformAsymptotic(a: Double, b: Double, lambda: Double) -> Double {
        let e0 = 1.128_379_167_095_512_573_9  // 2/√π
        let e1 = 0.353_553_390_593_273_762_2  // 2^(-3/2)
        let maxTerms = 20
        var a0 = [Double](repeating: 0, count: maxTerms + 2)
        var b0 = [Double](repeating: 0, count: maxTerms + 2)
        var c = [Double](repeating: 0, count: maxTerms + 2)
        var d = [Double](repeating: 0, count: maxTerms + 2)

        let h: Double
        let r0: Double
        let r1: Double
        let w0: Double
        if a > b {
            h = b / a
            r0 = 1 / (1 + h)
            r1 = (b - a) / a
            w0 = 1 / (b * (1 + h)).squareRoot()
        } else {
            h = a / b
            r0 = 1 / (1 + h)
            r1 = (b - a) / b
            w0 = 1 / (a * (1 + h)).squareRoot()
        }
        // λ <= 0.03 min(a, b) here, so the relative gaps are small and the means are not needed.
        let f = saddlePointDeviance(count: a, mean: a - lambda, relativeGap: -lambda / a)
            + saddlePointDeviance(count: b, mean: b + lambda, relativeGap: lambda / b)
        let t = exp(-f)
        if t == 0 { return 0 }
        let z0 = f.squareRoot()
        let z = 0.5 * (z0 / e1)
        let z2 = f + f

        a0[1] = (2.0 / 3.0) * r1
        c[1] = -0.5 * a0[1]
        d[1] = -c[1]
        var j0 = (0.5 / e0) * 2 * Normal.scaledTail(z0 * 2.0.squareRoot())  // (0.5/e0) erfcx(z0)
        var j1 = e1
        var sum = j0 + d[1] * w0 * j1

        var s = 1.0
        let h2 = h * h
        var hn = 1.0
        var w = w0
        var znm1 = z
        var zn = z2
        var n = 2
        while n <= maxTerms {
            hn *= h2
            a0[n] = 2 * r0 * (1 + h * hn) / (Double(n) + 2)
            s += hn
            a0[n + 1] = 2 * r1 * s / (Double(n) + 3)
            for i in n...(n + 1) {
                let r = -0.5 * (Double(i) + 1)
                b0[1] = r * a0[1]
                for m in 2...i {
                    var bSum = 0.0
                    for j in 1..<m {
                        bSum += (Double(j) * r - Double(m - j)) * a0[j] * b0[m - j]
                    }
                    b0[m] = r * a0[m] + bSum / Double(m)
                }
                c[i] = b0[i] / (Double(i) + 1)
                var dSum = 0.0
                for j in 1..<i {
                    dSum += d[i - j] * c[j]
                }
                d[i] = -(dSum + c[i])
            }
            j0 = e1 * znm1 + Double(n - 1) * j0
            j1 = e1 * zn + Double(n) * j1
            znm1 *= z2
            zn *= z2
            w *= w0
            let t0 = d[n] * w * j0
            w *= w0
            let t1 = d[n + 1] * w * j1
            sum += t0 + t1
            if abs(t0) + abs(t1) <= 2 * Double.ulpOfOne * sum { break }
            n += 2
        }
        let correction = exp(-(stirlingCorrection(a) + stirlingCorrection(b) - stirlingCorrection(a + b)))
        return e0 * t * correction * sum
    }

    /// `w + I_x(a, b)` by the asymptotic expansion of Didonato & Morris (1992, §3) for large `a`
    /// (`a >= 15`) and `b <= 1`, with `x` near 1:
    /// ```
    /// I_x(a, b) ≈ Γ(a+b) / (Γ(a) ν^b) · e^(-z) z^b / Γ(b) · Σ_n d_n J_n,
    /// ν = a + (b-1)/2,  z = -ν log x,  J_0 = Q(b, z) Γ(b) e^z z^(-b)
    /// ```
    /// where `Q` is the regularized upper incomplete gamma function. `w` is a sum already computed by
    /// the caller, used in the stopping rule (relative to `w + I`).
    static func largeAGammaExpansion(a: Double, b: Double, x: Double, y: Double, adding w: Double) -> Double {
        let bMinusOne = b - 1
        let nu = a + 0.5 * bMinusOne
        let logX = y > 0.375 ? log(x) : log1p(-y)
        let z = -nu * logX
        if b * z == 0 { return w }
        // r = e^(-z) z^b / Γ(b), with 1/Γ(b) = b (1 + g(b)).
        var r = b * (1 + reciprocalGammaOnePlusMinusOne(b)) * pow(z, b)
        r *= exp(a * logX) * exp(0.5 * bMinusOne * logX)
        let u = r * exp(-(logGammaRatio(b, a) + b * log(nu)))
        if u == 0 || r == 0 { return w }
        let q = incompleteGammaRatios(b, z)?.upper ?? 0
        let maxTerms = 30
        var c = [Double](repeating: 0, count: maxTerms + 1)
        var d = [Double](repeating: 0, count: maxTerms + 1)
        let v = 0.25 / (nu * nu)
        let t2 = 0.25 * logX * logX
        let l = w / u
        var j = q / r
        var sum = j
        var t = 1.0
        var cn = 1.0
        var n2 = 0.0
        for n in 1...maxTerms {
            let bp2n = b + n2
            j = (bp2n * (bp2n + 1) * j + (z + bp2n + 1) * t) * v
            n2 += 2
            t *= t2
            cn /= n2 * (n2 + 1)
            c[n] = cn
            var s = 0.0
            if n > 1 {
                var coefficient = b - Double(n)
                for i in 1..<n {
                    s += coefficient * c[i] * d[n - i]
                    coefficient += b
                }
            }
            d[n] = bMinusOne * cn + s / Double(n)
            let dj = d[n] * j
            sum += dj
            if sum <= 0 { return w }
            if abs(dj) <= 15 * Double.ulpOfOne * (sum + l) { break }
        }
        return w + u * sum
    }
}
