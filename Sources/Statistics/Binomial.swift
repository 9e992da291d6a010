import Foundation

/// The binomial distribution: the number of events in `n` independent trials with event
/// probability `p`.
///
/// ```
/// P(X = k) = C(n, k) p^k (1-p)^(n-k)
/// P(X <= k) = 1 - I_p(k + 1, n - k),    P(X >= k) = I_p(k, n - k + 1)
/// ```
/// (Abramowitz & Stegun 26.5.24). The calibration test of a rating grade with `N` obligors, `D`
/// defaults and forecast `PD` is `survival(atLeast: D, trials: N, probability: PD)`.
///
/// Conventions: `trials >= 0` is a precondition (a programmer error otherwise); a probability that
/// is NaN or outside `[0, 1]` gives NaN; `k` outside `0...n` gives the obvious 0 or 1.
///
/// References: C. Loader (2000), "Fast and accurate computation of binomial probabilities";
/// Didonato & Morris (1992), *ACM TOMS* 18, 360-373.
public enum Binomial {
    /// `P(X = k)` by Loader's saddle-point formula
    /// ```
    /// P(X = k) = √(n / (2π k (n-k))) exp(δ(n) - δ(k) - δ(n-k) - bd0(k, np) - bd0(n-k, nq))
    /// ```
    /// with the Stirling remainders `δ` and the deviances `bd0` taken from the compensated gap
    /// `k - np`, so the relative error stays at a few ulps times `1 + log(1/P)` even for `n = 1e9`.
    public static func pmf(_ k: Int, trials n: Int, probability p: Double) -> Double {
        precondition(n >= 0, "the number of trials must be non-negative")
        guard p >= 0, p <= 1 else { return .nan }
        if k < 0 || k > n { return 0 }
        if p == 0 { return k == 0 ? 1 : 0 }
        if p == 1 { return k == n ? 1 : 0 }
        let trials = Double(n)
        if k == 0 { return exp(trials * log1p(-p)) }
        if k == n { return exp(trials * log(p)) }
        let events = Double(k)
        let nonEvents = trials - events
        let product = trials * p
        let gap = (events - product) - (-product).addingProduct(trials, p)  // k - np, compensated
        let deviance = saddlePointDeviance(count: events, mean: product, relativeGap: -gap / events)
            + saddlePointDeviance(count: nonEvents, mean: trials * (1 - p), relativeGap: gap / nonEvents)
        let correction = stirlingCorrection(trials) - stirlingCorrection(events) - stirlingCorrection(nonEvents)
        let scale = (trials / (2 * Double.pi * events * nonEvents)).squareRoot()
        return scale * exp(correction - deviance)
    }

    /// `P(X <= k) = 1 - I_p(k + 1, n - k)`, the upper ratio computed directly.
    public static func cdf(_ k: Int, trials n: Int, probability p: Double) -> Double {
        precondition(n >= 0, "the number of trials must be non-negative")
        guard p >= 0, p <= 1 else { return .nan }
        if k < 0 { return 0 }
        if k >= n { return 1 }
        if p == 0 { return 1 }
        if p == 1 { return 0 }
        return incompleteBetaRatios(a: Double(k) + 1, b: Double(n - k), x: p, y: 1 - p)?.upper ?? .nan
    }

    /// `P(X >= k) = I_p(k, n - k + 1)`, accurate when tiny (the one-sided binomial test).
    public static func survival(atLeast k: Int, trials n: Int, probability p: Double) -> Double {
        precondition(n >= 0, "the number of trials must be non-negative")
        guard p >= 0, p <= 1 else { return .nan }
        if k <= 0 { return 1 }
        if k > n { return 0 }
        if p == 0 { return 0 }
        if p == 1 { return 1 }
        return incompleteBetaRatios(a: Double(k), b: Double(n - k) + 1, x: p, y: 1 - p)?.lower ?? .nan
    }
}
