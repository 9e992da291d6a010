/// Count, mean, variance, minimum and maximum of a stream of (optionally weighted) observations,
/// accumulated in one pass and mergeable across chunks or threads.
///
/// ```
/// W = Σ w_i,   mean = Σ w_i x_i / W,   M2 = Σ w_i (x_i - mean)²,   variance = M2 / (W - 1)
/// ```
/// Updates use Welford's recurrence in West's weighted form (`mean += (w/W) δ`,
/// `M2 += w δ (x - mean_new)`), which avoids the cancellation of `Σx²  - (Σx)²/W`, applied to the
/// data shifted by the first observation, so a large common offset (amounts near 1e9 with a spread
/// of 1) costs no accuracy either; `merge` uses the pairwise formula of Chan, Golub & LeVeque
/// (`M2 = M2_a + M2_b + δ² W_a W_b / W`), so chunks summed in any grouping give the same result to
/// rounding.
///
/// Weights are frequency weights: an observation with weight 2 counts as two copies, and
/// `variance` is the unbiased `M2 / (W - 1)` (numpy `cov(x, fweights=w)`; `var(x, ddof=1)` for unit
/// weights).
///
/// NaN observations are not added: they are counted in `missingCount`, so a data profile can report
/// them; infinite observations are added and make the mean and variance infinite or NaN.
///
/// References: B. P. Welford (1962), *Technometrics* 4, 419-420; D. H. D. West (1979), *CACM* 22,
/// 532-535; T. F. Chan, G. H. Golub and R. J. LeVeque (1979), "Updating formulae and a pairwise
/// algorithm for computing sample variances", Stanford report STAN-CS-79-773.
public struct RunningMoments: Sendable, Equatable {
    /// The number of observations added with positive weight.
    public private(set) var count: Int = 0
    /// The number of NaN observations offered and skipped.
    public private(set) var missingCount: Int = 0
    /// `W`, the sum of the weights (equal to `count` for unit weights).
    public private(set) var weightSum: Double = 0
    /// The (weighted) mean; NaN when empty.
    public var mean: Double { weightSum > 0 ? shift + shiftedMean : .nan }
    /// `M2`, the (weighted) sum of squared deviations from the mean.
    public private(set) var sumOfSquaredDeviations: Double = 0
    /// The smallest observation; NaN when empty.
    public private(set) var min: Double = .nan
    /// The largest observation; NaN when empty.
    public private(set) var max: Double = .nan

    /// The first observation, subtracted from every observation before it enters the recurrence.
    private var shift: Double = 0
    /// The mean of the shifted observations.
    private var shiftedMean: Double = 0

    /// An empty accumulator.
    public init() {}

    /// An accumulator holding `values` (unit weights).
    public init<S: Sequence>(_ values: S) where S.Element == Double {
        for value in values { add(value) }
    }

    /// The unbiased variance `M2 / (W - 1)`; NaN when `W <= 1`.
    public var variance: Double { weightSum > 1 ? sumOfSquaredDeviations / (weightSum - 1) : .nan }

    /// The population variance `M2 / W`; NaN when empty.
    public var populationVariance: Double { weightSum > 0 ? sumOfSquaredDeviations / weightSum : .nan }

    /// `√variance`.
    public var standardDeviation: Double { variance.squareRoot() }

    /// Adds one observation with a frequency weight.
    /// - Parameters:
    ///   - x: the observation; NaN is counted in `missingCount` and otherwise ignored.
    ///   - weight: a finite weight `>= 0` (precondition); weight 0 is ignored.
    public mutating func add(_ x: Double, weight: Double = 1) {
        precondition(weight >= 0 && weight.isFinite, "weights must be finite and non-negative")
        if x.isNaN {
            missingCount += 1
            return
        }
        if weight == 0 { return }
        if count == 0 { shift = x }
        count += 1
        weightSum += weight
        let shifted = x - shift
        let delta = shifted - shiftedMean
        shiftedMean += delta * (weight / weightSum)
        sumOfSquaredDeviations += weight * delta * (shifted - shiftedMean)
        if count == 1 {
            min = x
            max = x
        } else {
            if x < min { min = x }
            if x > max { max = x }
        }
    }

    /// Adds every observation in `other`, as if they had been added to `self` (Chan et al.).
    public mutating func merge(_ other: RunningMoments) {
        missingCount += other.missingCount
        guard other.count > 0 else { return }
        guard count > 0 else {
            let missing = missingCount
            self = other
            missingCount = missing
            return
        }
        let total = weightSum + other.weightSum
        // other.mean - mean, without forming either mean (the shifts are close to each other).
        let delta = (other.shift - shift) + (other.shiftedMean - shiftedMean)
        shiftedMean += delta * (other.weightSum / total)
        sumOfSquaredDeviations += other.sumOfSquaredDeviations
            + delta * delta * (weightSum * other.weightSum / total)
        weightSum = total
        count += other.count
        if other.min < min { min = other.min }
        if other.max > max { max = other.max }
    }

    /// The accumulator of the observations of `self` and `other` together.
    public func merging(_ other: RunningMoments) -> RunningMoments {
        var copy = self
        copy.merge(other)
        return copy
    }
}
