import Foundation

/// The power series for the incomplete beta function (Didonato & Morris 1992, `bpser`, `bup`,
/// `apser`, `fpser`).
enum BetaSeries {
    /// `I_x(a, b)` by the power series, for `b <= 1` or `b x <= 0.7`:
    /// ```
    /// I_x(a, b) = x^a / (a B(a, b)) · [1 + a Σ_{n>=1} (1-b)(2-b)⋯(n-b) x^n / (n! (a + n))]
    /// ```
    /// (A&S 26.5.4 rearranged). The prefactor `1/(a B)` keeps its accuracy for small `a` or `b`.
    static func power(a: Double, b: Double, x: Double) -> Double {
        if x == 0 { return 0 }
        let power = pow(x, a)  // rounded once; exp(a log x) would carry the rounding of a log x
        let reciprocal = reciprocalATimesBeta(a, b)
        let prefactor = power > 1e-290 && reciprocal < 1e290
            ? power * reciprocal
            : exp(a * log(x) + log(reciprocal))
        if prefactor == 0 || a <= 0.1 * BetaRatioRegions.eps { return prefactor }
        let tolerance = 1e-17 / a
        var sum = 0.0
        var c = 1.0
        var n = 0.0
        var term: Double
        repeat {
            n += 1
            c *= (1 - b / n) * x
            term = c / (a + n)
            sum += term
        } while abs(term) > tolerance && n < 100_000
        return prefactor * (1 + a * sum)
    }

    /// `I_x(a, b) - I_x(a + n, b)` for a positive integer `n` (A&S 26.5.16):
    /// ```
    /// I_x(a, b) - I_x(a + n, b) = x^a y^b / (a B(a, b)) · Σ_{i=0}^{n-1} Π_{k=1}^{i} x (a + b + k - 1) / (a + k)
    /// ```
    /// The sum is formed in doubles (its terms grow at most like `(a+b)^i`); when the prefactor is
    /// below `1e-280` the two are joined through logarithms, so a tiny prefactor cannot underflow
    /// before it meets a large sum.
    static func upwardDifference(a: Double, b: Double, x: Double, y: Double, terms n: Int) -> Double {
        if n <= 0 { return 0 }
        let peak = b <= 1 ? 0 : (b - 1) * x / y - a  // terms grow until about this index
        var d = 1.0
        var sum = 1.0
        if n > 1 {
            for i in 1..<n {
                let k = Double(i)
                d *= x * (a + b + k - 1) / (a + k)
                sum += d
                if k > peak && d <= 1e-17 * sum { break }
            }
        }
        let prefactor = betaPowerTerms(a, b, x, y)
        if prefactor > 1e-280 { return prefactor / a * sum }
        return exp(logBetaPowerTerms(a, b, x, y) - log(a) + log(sum))
    }

    /// `1 - I_x(a, b)` for tiny `a` (`a <= eps min(1, b)`, `b x <= 1`, `x <= 1/2`):
    /// ```
    /// 1 - I_x(a, b) ≈ -a [log x + ψ(b) + γ + Σ_{j>=1} (x - bx/j)⋯ / j]
    /// ```
    /// (Didonato & Morris 1992, `apser`).
    static func tinyA(a: Double, b: Double, x: Double) -> Double {
        let bx = b * x
        var t = x - bx
        let c = b * BetaRatioRegions.eps > 0.02
            ? log(bx) + eulerGamma + t
            : log(x) + digamma(b) + eulerGamma + t
        let tolerance = 5 * BetaRatioRegions.eps * abs(c)
        var j = 1.0
        var sum = 0.0
        var term: Double
        repeat {
            j += 1
            t *= x - bx / j
            term = t / j
            sum += term
        } while abs(term) > tolerance && j < 100_000
        return -a * (c + sum)
    }

    /// `I_x(a, b)` for tiny `b` (`b < eps min(1, a)`, `x <= 1/2`):
    /// ```
    /// I_x(a, b) ≈ (b / a) x^a [1 + a Σ_{j>=1} x^j / (a + j)]
    /// ```
    /// (Didonato & Morris 1992, `fpser`).
    static func tinyB(a: Double, b: Double, x: Double) -> Double {
        var result = 1.0
        if a > 1e-3 * BetaRatioRegions.eps {
            result = pow(x, a)
            if result == 0 { return 0 }
        }
        result *= b / a
        let tolerance = BetaRatioRegions.eps / a
        var power = x
        var an = a + 1
        var sum = 0.0
        var term: Double
        repeat {
            term = power / an
            sum += term
            power *= x
            an += 1
        } while abs(term) > tolerance && an < 100_000
        return result * (1 + a * sum)
    }
}
